"""Reading what the rules need from a cloud assembly: each stack's template, the construct path of each logical
id (the ``aws:cdk:logicalId`` metadata) and the acknowledgements (``aws:cdk:acknowledged-rules`` metadata).
"""

from __future__ import annotations

import json
import os
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


def stacks_from_assembly(directory: str) -> list[StackTemplate]:
    """The stacks of the assembly in ``directory`` and of its nested assemblies (stages).

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
            paths, acks = _paths_and_acks(_artifact_metadata(directory, artifact))
            stack_path = artifact.get("displayName") or artifact_id
            out.append(StackTemplate(stack_path, _read_json(template_path), template_path=template_path,
                                     construct_paths=paths, acknowledgements=acks))
    return out


def stack_from_files(template_path: str, stack_path: str, manifests: dict[str, Any]) -> StackTemplate:
    """The stack whose template is ``template_path``, with the metadata its assembly's manifest points at.

    Args:
        template_path: the template file.
        stack_path: the stack's construct path.
        manifests: a cache of the manifests read so far (directory → manifest).
    """
    directory = os.path.dirname(template_path)
    if directory not in manifests:
        manifest_file = os.path.join(directory, "manifest.json")
        manifests[directory] = _read_json(manifest_file) if os.path.exists(manifest_file) else {}
    paths: dict[str, str] = {}
    name = os.path.basename(template_path)
    for artifact in (manifests[directory].get("artifacts") or {}).values():
        if artifact.get("type") == "aws:cloudformation:stack" and (artifact.get("properties") or {}).get(
            "templateFile"
        ) == name:
            paths, _ = _paths_and_acks(_artifact_metadata(directory, artifact))
            stack_path = stack_path or artifact.get("displayName") or ""
            break
    return StackTemplate(stack_path, _read_json(template_path), template_path=template_path, construct_paths=paths)


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
