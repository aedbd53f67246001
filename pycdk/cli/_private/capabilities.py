"""The capabilities a stack of the assembly needs acknowledged, from its template and its nested templates."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from constructs.internals import capabilities

from .assembly import StackInfo


def stack_capabilities(stack: StackInfo) -> list[str]:
    """``CAPABILITY_*`` names the stack's template (with its nested stacks' templates) needs."""
    root = stack.directory.resolve()
    by_key = _nested_templates_by_object_key(root, stack.artifact_id)

    def load_nested(resource: Mapping[str, Any]) -> Mapping[str, Any] | None:
        # a nested template is found through the resource's asset path metadata (when the app wrote it) or the
        # asset manifest entry whose object key the resource's TemplateURL names
        meta = resource.get("Metadata")
        rel = meta.get("aws:asset:path") if isinstance(meta, Mapping) else None
        if not isinstance(rel, str):
            url = json.dumps(resource.get("Properties", {}).get("TemplateURL"))
            rel = next((path for key, path in by_key.items() if key in url), None)
        return _read_template(root, rel) if rel is not None else None

    return capabilities.required_capabilities(stack.template, load_nested)


def capabilities_line(stack: StackInfo) -> str | None:
    """``requires capabilities: ...`` for a stack that needs any; ``None`` otherwise."""
    needed = stack_capabilities(stack)
    return f"requires capabilities: {', '.join(needed)}" if needed else None


def _nested_templates_by_object_key(root: Path, artifact_id: str) -> dict[str, str]:
    manifest = _read_json(root, f"{artifact_id}.assets.json")
    files = manifest.get("files") if isinstance(manifest, dict) else None
    found: dict[str, str] = {}
    if not isinstance(files, dict):
        return found
    for entry in files.values():
        source = entry.get("source") if isinstance(entry, dict) else None
        path = source.get("path") if isinstance(source, dict) else None
        if not (isinstance(path, str) and path.endswith(".nested.template.json")):
            continue
        for dest in (entry.get("destinations") or {}).values():
            key = dest.get("objectKey") if isinstance(dest, dict) else None
            if isinstance(key, str) and key:
                found[key] = path
    return found


def _read_template(root: Path, rel: str) -> Mapping[str, Any] | None:
    loaded = _read_json(root, rel)
    return loaded if isinstance(loaded, dict) else None


def _read_json(root: Path, rel: str) -> Any:
    """The JSON file at ``rel`` inside the assembly; ``None`` when it is outside, missing or not JSON."""
    path = (root / rel).resolve()
    if root not in path.parents or not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
