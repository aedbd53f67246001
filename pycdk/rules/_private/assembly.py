"""Reading what the rules need from a cloud assembly: each stack's template, the construct path of each logical
id (the ``aws:cdk:logicalId`` metadata) and the acknowledgements (``aws:cdk:acknowledged-rules`` metadata).

A nested stack (``NestedStack``) or a Service Catalog ``ProductStack`` has no artifact of its own: its template is
the file ``<unique id of its path>.nested.template.json`` (``.product.template.json``) beside its parent's, and its
constructs' metadata is in the top-level stack's artifact. Each such template is checked as a stack of its own,
named by its construct path, with the metadata of the constructs below that path (logical ids repeat between a
parent and the stacks inside it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from typing import Any

from .._engine import ACK_METADATA_KEY, StackTemplate


def _read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _artifact_metadata(directory: str, artifact: dict[str, Any]) -> dict[str, Any]:
    metadata = dict(artifact.get("metadata") or {})
    extra = artifact.get("additionalMetadataFile")
    if extra and os.path.exists(os.path.join(directory, extra)):
        for path, entries in _read_json(os.path.join(directory, extra)).items():
            metadata.setdefault(path, []).extend(entries)
    return metadata


def _paths_and_acks(metadata: dict[str, Any]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    paths: dict[str, str] = {}
    acks: list[tuple[str, str, str]] = []
    for path, entries in metadata.items():
        for entry in entries or []:
            kind = entry.get("type")
            if kind == "aws:cdk:logicalId" and isinstance(entry.get("data"), str):
                paths[entry["data"]] = path.lstrip("/")
            elif kind == ACK_METADATA_KEY and isinstance(entry.get("data"), dict):
                acks.extend((path.lstrip("/"), str(k), str(v)) for k, v in entry["data"].items())
    return paths, acks


_NON_ALNUM = re.compile(r"[^A-Za-z0-9]")


def _unique_id(path: str) -> str:
    """aws-cdk-lib's ``Names.uniqueId`` of the construct at ``path`` (which names a nested stack's template):
    ``Default`` components dropped; one component is itself (alphanumerics only); else the human part (a component
    the previous one ends with and ``Resource`` left out) and the first 8 hex digits of the path's MD5."""
    comps = [c for c in path.strip("/").split("/") if c != "Default"]
    if len(comps) == 1 and len(_NON_ALNUM.sub("", comps[0])) <= 255:
        return _NON_ALNUM.sub("", comps[0])
    digest = hashlib.md5("/".join(comps).encode("utf-8")).hexdigest()[:8].upper()
    human: list[str] = []
    last = ""
    for c in comps:
        if last and last.endswith(c):
            continue
        last = c
        if c != "Resource":
            human.append(_NON_ALNUM.sub("", c))
    return "".join(human)[:240] + digest


_CHILD_SUFFIXES = (".nested.template.json", ".product.template.json")


def _split_nested(directory: str, metadata: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str, dict[str, Any]]]]:
    """The metadata of a stack artifact split between the stack and the stacks inside it whose templates are
    files of ``directory`` (nested stacks, Service Catalog product stacks): the stack's own part, and
    ``(construct path, template file, its part)`` for each of them."""
    try:
        files = {f for f in os.listdir(directory) if f.endswith(_CHILD_SUFFIXES)}
    except OSError:
        files = set()
    if not files:
        return metadata, []
    candidates: set[str] = set()
    for key in metadata:
        parts = key.strip("/").split("/")
        candidates.update("/" + "/".join(parts[:i]) for i in range(2, len(parts) + 1))
    found: list[tuple[str, str]] = []
    for path in candidates:
        uid = _unique_id(path)
        found.extend((path, os.path.join(directory, uid + suffix)) for suffix in _CHILD_SUFFIXES
                     if uid + suffix in files)
    if not found:
        return metadata, []
    found.sort(key=lambda pf: len(pf[0]), reverse=True)  # the deepest first
    own: dict[str, Any] = {}
    parts_of: dict[str, dict[str, Any]] = {p: {} for p, _ in found}
    for key, entries in metadata.items():
        owner = next((p for p, _ in found if key.startswith(p + "/")), None)
        (parts_of[owner] if owner is not None else own)[key] = entries
    return own, [(p.lstrip("/"), f, parts_of[p]) for p, f in sorted(found)]


def _stack_templates(directory: str, metadata: dict[str, Any], stack_path: str,
                     template_path: str) -> list[StackTemplate]:
    """The stack whose template is ``template_path`` and its nested stacks."""
    own, nested = _split_nested(directory, metadata)
    paths, acks = _paths_and_acks(own)
    out = [StackTemplate(stack_path, _read_json(template_path), template_path=template_path,
                         construct_paths=paths, acknowledgements=acks)]
    for path, file, part in nested:
        paths, acks = _paths_and_acks(part)
        out.append(StackTemplate(path, _read_json(file), template_path=file, construct_paths=paths,
                                 acknowledgements=acks))
    return out


def stacks_from_assembly(directory: str) -> list[StackTemplate]:
    """The stacks of the assembly in ``directory``, their nested stacks, and those of its nested assemblies
    (stages).

    Raises:
        FileNotFoundError: there is no ``manifest.json``.
    """
    out: list[StackTemplate] = []
    manifest = _read_json(os.path.join(directory, "manifest.json"))
    for artifact_id, artifact in (manifest.get("artifacts") or {}).items():
        kind = artifact.get("type")
        props = artifact.get("properties") or {}
        if kind == "cdk:cloud-assembly" and props.get("directoryName"):
            out.extend(stacks_from_assembly(os.path.join(directory, props["directoryName"])))
        elif kind == "aws:cloudformation:stack" and props.get("templateFile"):
            template_path = os.path.join(directory, props["templateFile"])
            stack_path = artifact.get("displayName") or artifact_id
            out.extend(_stack_templates(directory, _artifact_metadata(directory, artifact), stack_path,
                                        template_path))
    return out


def stacks_from_files(template_path: str, stack_path: str, manifests: dict[str, Any]) -> list[StackTemplate]:
    """The stack whose template is ``template_path``, with the metadata its assembly's manifest points at, and its
    nested stacks.

    Args:
        template_path: the template file.
        stack_path: the stack's construct path.
        manifests: a cache of the manifests read so far (directory → manifest).
    """
    directory = os.path.dirname(template_path)
    if directory not in manifests:
        manifest_file = os.path.join(directory, "manifest.json")
        manifests[directory] = _read_json(manifest_file) if os.path.exists(manifest_file) else {}
    name = os.path.basename(template_path)
    for artifact in (manifests[directory].get("artifacts") or {}).values():
        if artifact.get("type") == "aws:cloudformation:stack" and (artifact.get("properties") or {}).get(
            "templateFile"
        ) == name:
            return _stack_templates(directory, _artifact_metadata(directory, artifact),
                                    stack_path or artifact.get("displayName") or "", template_path)
    return [StackTemplate(stack_path, _read_json(template_path), template_path=template_path)]


def tree_acknowledgements(root: Any) -> list[tuple[str, str, str]]:
    """``(construct path, qualified id, reason)`` of every acknowledgement in the construct tree of ``root``."""
    out: list[tuple[str, str, str]] = []
    todo = [root]
    while todo:
        c = todo.pop()
        for entry in c.node.metadata:
            if entry.type == ACK_METADATA_KEY and isinstance(entry.data, dict):
                out.extend((c.node.path, str(k), str(v)) for k, v in entry.data.items())
        todo.extend(c.node.children)
    return out
