"""The stacks of an assembly as graph sources: each top-level stack's template, then its nested stacks'."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .tree import TreeIndex

if TYPE_CHECKING:
    from ...cli._private.assembly import StackInfo

NESTED_STACK_TYPE = "AWS::CloudFormation::Stack"


@dataclass
class StackSource:
    """A stack to draw.

    Attributes:
        path: the stack's construct path.
        template: its template.
        parent: for a nested stack, the parent stack's path and the logical id of its ``AWS::CloudFormation::Stack``.
    """

    path: str
    template: dict[str, Any]
    parent: tuple[str, str] | None = None


def stack_sources(stacks: list[StackInfo], tree: TreeIndex) -> list[StackSource]:
    """The sources of ``stacks`` and, after each, its nested stacks (depth first)."""
    tree.index_logical_ids({s.display_name for s in stacks})
    found: list[StackSource] = []
    for stack in stacks:
        _add(StackSource(stack.display_name, stack.template), stack.directory, tree, found)
    return found


def _add(source: StackSource, directory: Path, tree: TreeIndex, found: list[StackSource]) -> None:
    found.append(source)
    resources = source.template.get("Resources") or {}
    keys: dict[str, str] | None = None
    for logical_id, resource in resources.items():
        if not isinstance(resource, dict) or resource.get("Type") != NESTED_STACK_TYPE:
            continue
        metadata = resource.get("Metadata") or {}
        file = metadata.get("aws:asset:path") if isinstance(metadata, dict) else None
        if not isinstance(file, str):
            if keys is None:
                keys = _asset_object_keys(directory)
            url = json.dumps((resource.get("Properties") or {}).get("TemplateURL"))
            file = next((src for key, src in keys.items() if f"/{key}" in url), None)
        if not isinstance(file, str):
            continue
        template_file = (directory / file).resolve()
        if not template_file.is_relative_to(directory.resolve()) or not template_file.is_file():
            continue
        try:
            template = json.loads(template_file.read_bytes().decode("utf-8"))
        except (ValueError, OSError, RecursionError):
            continue
        if not isinstance(template, dict):
            continue
        path = _nested_path(source.path, logical_id, resource, tree)
        tree.index_logical_ids({path})
        _add(StackSource(path, template, (source.path, logical_id)), directory, tree, found)


def _nested_path(stack: str, logical_id: str, resource: dict[str, Any], tree: TreeIndex) -> str:
    """The construct path of the nested stack a ``NestedStack``'s resource (``<id>.NestedStack/<id>.NestedStackResource``)
    deploys: ``<scope>/<id>``."""
    path = tree.by_logical_id.get((stack, logical_id))
    if path is None:
        metadata = resource.get("Metadata") or {}
        path = metadata.get("aws:cdk:path") if isinstance(metadata, dict) else None
    if not isinstance(path, str):
        return f"{stack}/{logical_id}"
    parts = path.split("/")
    if len(parts) >= 3 and parts[-1].endswith(".NestedStackResource"):
        return "/".join([*parts[:-2], parts[-1].removesuffix(".NestedStackResource")])
    return path


def _asset_object_keys(directory: Path) -> dict[str, str]:
    """Object key -> source file of the file assets the asset manifests in ``directory`` name."""
    keys: dict[str, str] = {}
    for manifest in sorted(directory.glob("*.assets.json")):
        try:
            data = json.loads(manifest.read_bytes().decode("utf-8"))
            for asset in (data.get("files") or {}).values():
                source = (asset.get("source") or {}).get("path")
                for destination in (asset.get("destinations") or {}).values():
                    key = destination.get("objectKey")
                    if isinstance(key, str) and isinstance(source, str):
                        keys.setdefault(key, source)
        except (ValueError, OSError, AttributeError, RecursionError):
            continue
    return keys
