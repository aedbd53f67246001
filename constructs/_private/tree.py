"""``tree.json``: the construct tree written beside the templates."""

from __future__ import annotations

import os
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from .._construct import Construct
from .json_writer import compact_json

CDK_VERSION = "2.275.0"
# Set by the L1 layer: renders an L1 resource's properties as aws-cdk-lib shows them in tree.json.
L1_PROPS_RENDERER: list[Any] = []
CONSTRUCTS_VERSION = "10.8.1"


class Tree(Construct):
    """Marker construct added under the App at synthesis; its presence makes ``tree.json`` part of the assembly."""


_FQN_CACHE: dict[type, dict[str, str]] = {}


def _construct_info(c: Any) -> dict[str, str]:
    """``constructInfo`` of a construct (one shared dict per class; the writer only reads it)."""
    override = getattr(c, "_tree_fqn", None)
    if override is not None:
        return {"fqn": override[0], "version": override[1]}
    return _class_info(type(c))


def _class_info(cls: type) -> dict[str, str]:
    """``constructInfo`` of the constructs of a class (without an instance's override)."""
    info = _FQN_CACHE.get(cls)
    if info is None:
        fqn, version = _fqn(cls)
        info = _FQN_CACHE[cls] = {"fqn": fqn, "version": version}
    return info


def _fqn(c: type) -> tuple[str, str]:
    """The jsii-style type name: the first class in the MRO that pycdk itself defines."""
    cls = next(
        (k for k in c.__mro__ if k.__module__.split(".")[0] in ("constructs", "l1", "l2", "patterns")),
        c,
    )
    mod = cls.__module__
    name = cls.__name__
    if mod.startswith("constructs._construct") or name in ("Construct", "Tree"):
        return ("constructs.Construct", CONSTRUCTS_VERSION)
    if mod.startswith("constructs"):
        return (f"aws-cdk-lib.{name}", CDK_VERSION)
    if mod.startswith(("l1.", "l2.")):
        svc = mod.split(".")[1].rstrip("_")
        return (f"aws-cdk-lib.aws_{svc}.{name}", CDK_VERSION)
    return (f"{mod}.{name}", "0.0.0")


_FLUSH_AT = 4096  # pieces of text held before write_tree writes them out


def _class_entry(cls: type) -> tuple[str, bool, bool]:
    """The ``constructInfo`` text of a class's constructs (not an instance's override: the entry is the class's),
    whether they are L1 resources (their properties are shown) and whether they are CloudFormation elements (the
    constructs that may carry the overrides ``NestedStack`` sets)."""
    from .._cfn_element import CfnElement

    entry = (compact_json(_class_info(cls)), hasattr(cls, "_CFN_PROPS"), issubclass(cls, CfnElement))
    _CLASS_ENTRY[cls] = entry
    return entry


_CLASS_ENTRY: dict[type, tuple[str, bool, bool]] = {}


def _write_node(c: Any, prefix: str, encoded_id: str, resources: dict[int, dict[str, Any]], out: list[str],
                flush: Any) -> None:
    """Append ``prefix`` and the compact JSON of ``c``'s tree node (key order: id, path, constructInfo, children,
    attributes) to ``out``: one piece for a leaf, and for a node with children one before and one after them.

    ``_tree_fqn`` and ``_tree_attributes`` overrides are instance attributes of an element (``NestedStack`` sets
    them on its resource); other constructs' ``__dict__`` is not read (Python would build it for the reading).
    ``flush(out)`` is called between children once ``out`` is long: it writes and empties it.
    """
    n = c._node
    cls = type(c)
    entry = _CLASS_ENTRY.get(cls) or _class_entry(cls)
    if entry[2]:
        own = c.__dict__
        overridden = "_tree_fqn" in own or "_tree_attributes" in own
    else:
        overridden = False
    info = compact_json(_construct_info(c)) if overridden else entry[0]
    head = f'{prefix}{{"id":{encoded_id},"path":{encode_basestring(n._path)},"constructInfo":{info}'
    if n._children:
        out.append(head + ',"children":{')
        sep = ""
        for k in n._children.values() if not n._int_keys else n.children:  # Node._iter_children, without the call
            kid_id = encode_basestring(k._node.id)
            _write_node(k, f"{sep}{kid_id}:", kid_id, resources, out, flush)
            sep = ","
            if len(out) > _FLUSH_AT:
                flush(out)
        head = "}"  # the children's closing brace; the node's own follows
    if overridden:
        attributes = own.get("_tree_attributes")
        if attributes is not None:
            out.append(head + ',"attributes":' + compact_json(attributes()) + "}")
            return
    if entry[1] and L1_PROPS_RENDERER:
        logical_id = c._logical_id_cache or c._resolved_logical_id()  # the id it caches, else its general path
        found = resources.get(id(c._stack))
        body = found.get(logical_id) if found is not None else None
        props = compact_json(L1_PROPS_RENDERER[0](c, body.get("Properties") if body else None))
        out.append(head)  # two pieces: the head is not copied into a longer string
        out.append(
            f',"attributes":{{"aws:cdk:cloudformation:type":{encode_basestring(c.cfn_resource_type)},'
            f'"aws:cdk:cloudformation:logicalId":{encode_basestring(logical_id)},'
            f'"aws:cdk:cloudformation:props":{props}}}}}'
        )
    else:
        out.append(head + "}")


def write_tree(root: Any, directory: str, resources: dict[int, dict[str, Any]] | None = None) -> None:
    """Write ``tree.json`` (compact, as aws-cdk-lib writes it) for the tree below ``root``, in pieces: the whole
    text is never in memory.

    Args:
        resources: the rendered ``Resources`` of each stack, by ``id(stack)`` (an L1 resource's node shows the
            resolved ``Properties`` it has there).
    """
    with open(os.path.join(directory, "tree.json"), "w", encoding="utf-8") as f:

        def flush(out: list[str]) -> None:
            f.write("".join(out))
            out.clear()

        out: list[str] = []
        _write_node(root, '{"version":"tree-0.1","tree":', encode_basestring(root._node.id or "App"),
                    resources or {}, out, flush)
        out.append("}")
        flush(out)
