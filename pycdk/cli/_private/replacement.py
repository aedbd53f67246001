"""Which property changes replace a resource: the ``createOnlyProperties`` of the CloudFormation registry
schemas bundled with cfn-lint (the same schemas the L1 classes were generated from)."""

from __future__ import annotations

from functools import cache
from typing import Any

_MISSING = object()


@cache
def create_only_paths(resource_type: str) -> tuple[tuple[str, ...], ...]:
    """The create-only property paths of a type (``("BucketName",)``, ``("Tags", "*", "Key")``...).

    Empty for unknown types (custom resources, or when cfn-lint is not installed).
    """
    try:
        from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER
    except ImportError:
        return ()
    try:
        schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", resource_type).schema
    except Exception:  # cfn-lint raises its own not-found errors for unknown or custom types
        return ()
    paths = []
    for pointer in schema.get("createOnlyProperties") or []:
        parts = pointer.split("/")[2:]  # "/properties/A/B" -> ["A", "B"]
        if parts:
            paths.append(tuple(parts))
    return tuple(paths)


def requires_replacement(resource_type: str, name: str, old: Any, new: Any) -> bool:
    """True when changing top-level property ``name`` from ``old`` to ``new`` replaces the resource."""
    for path in create_only_paths(resource_type):
        if path[0] != name:
            continue
        if len(path) == 1 or _at(old, path[1:]) != _at(new, path[1:]):
            return True
    return False


def _at(value: Any, path: tuple[str, ...]) -> Any:
    """The value(s) at a schema path below ``value`` (``*`` spans list items)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if head == "*" or isinstance(value, list):
        items = value if isinstance(value, list) else []
        return [_at(item, rest if head == "*" else path) for item in items]
    if isinstance(value, dict):
        return _at(value.get(head, _MISSING), rest)
    return _MISSING
