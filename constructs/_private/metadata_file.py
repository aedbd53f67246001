"""A stack's metadata file (``<artifact id>.metadata.json``): the metadata entries of its constructs by path."""

from __future__ import annotations

from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from .._cfn_element import CfnElement
from .._stack import Stack
from .json_writer import write_json

# manifest_json's text of [{"type": "aws:cdk:logicalId", "data": ...}] one level down, around the data
_LOGICAL_ID_ENTRY_HEAD = '[\n    {\n      "type": "aws:cdk:logicalId",\n      "data": '
_LOGICAL_ID_ENTRY_TAIL = "\n    }\n  ]"


def metadata_json(stack: Stack) -> str:
    """The text of the stack's metadata file: every entry of the stack and everything in it (nested stacks
    included), breadth first as aws-cdk-lib, two-space indented.

    Most entries are an element's logical id and nothing else: their text is formatted directly. The nodes'
    metadata and children are read in place (``Node.metadata`` and ``Node.children`` would copy them).
    """
    out: list[str] = []
    sep = "{\n  "
    level: list[Any] = [stack]
    while level:
        below: list[Any] = []
        for c in level:
            n = c._node
            metadata = n._metadata
            if isinstance(c, CfnElement):
                if not metadata:
                    out.append(f"{sep}{encode_basestring('/' + n._path)}: {_LOGICAL_ID_ENTRY_HEAD}"
                           f"{encode_basestring(c._logical_id_cache or c._resolved_logical_id())}"
                           f"{_LOGICAL_ID_ENTRY_TAIL}")  # the id the element caches, else its general path
                else:
                    out.append(f"{sep}{encode_basestring('/' + n._path)}: ")
                    write_json(_metadata_entries(c, metadata, True), out, level=1, indent=2)
                sep = ",\n  "
            elif isinstance(c, Stack):
                if c is not stack and c.nested_stack_resource is None:
                    continue  # a stack of its own below this one: its own file lists it and what it holds
                entries = _metadata_entries(c, metadata, False)
                out.append(f"{sep}{encode_basestring('/' + n._path)}: ")  # a stack always has its templateFile entry
                write_json(entries, out, level=1, indent=2)
                sep = ",\n  "
            elif metadata:
                entries = _metadata_entries(c, metadata, False)
                out.append(f"{sep}{encode_basestring('/' + n._path)}: ")
                write_json(entries, out, level=1, indent=2)
                sep = ",\n  "
            if n._children:
                below += n._children.values() if not n._int_keys else n.children  # Node._iter_children, without the call
        level = below
    if not out:
        return "{}"
    out.append("\n}")
    return "".join(out)


def _metadata_entries(c: Any, metadata: Any, is_element: bool) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    if is_element:
        entries.append({"type": "aws:cdk:logicalId", "data": c._resolved_logical_id()})
    for m in metadata:
        entry: dict[str, Any] = {"type": m.type, "data": m.data}
        if m.trace:
            entry["trace"] = m.trace
        entries.append(entry)
    if isinstance(c, Stack):
        entries.append({"type": "aws:cdk:templateFile", "data": c.template_file})
        tags = c.tags.tag_values()
        if tags:
            entries.append({"type": "aws:cdk:stack-tags", "data": [{"key": k, "value": v} for k, v in tags.items()]})
    return entries
