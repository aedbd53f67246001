"""Which property changes replace a resource, from the registry schemas the L1 layer was generated from.

The data is ``l1/_private/replacement.json`` (written by ``python -m tools.replacement_data``), read on first use:
``createOnlyProperties`` (a change replaces the resource) and ``conditionalCreateOnlyProperties`` (a change may
replace it, depending on the values). No cfn-lint is needed at run time.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path
from typing import Any, Literal

_MISSING = object()
_CUSTOM_RESOURCE = "AWS::CloudFormation::CustomResource"

Replacement = Literal["yes", "maybe"] | None


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    import l1

    path = Path(l1.__file__).parent / "_private" / "replacement.json"
    types: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))["types"]
    logging.getLogger("pycdk.diff").debug("replacement data: %d resource types (%s)", len(types), path)
    return types


def _entry(resource_type: str) -> dict[str, list[str]]:
    if resource_type.startswith("Custom::"):  # custom resources share the CustomResource schema
        resource_type = _CUSTOM_RESOURCE
    return _data().get(resource_type) or {}


@cache
def create_only_paths(resource_type: str) -> tuple[tuple[str, ...], ...]:
    """The create-only property paths of a type (``("BucketName",)``, ``("Tags", "*", "Key")``...).

    Empty for unknown types.
    """
    return tuple(tuple(path.split("/")) for path in _entry(resource_type).get("replace", ()))


@cache
def conditional_create_only_paths(resource_type: str) -> tuple[tuple[str, ...], ...]:
    """The property paths whose change may replace a resource of this type, depending on the values."""
    return tuple(tuple(path.split("/")) for path in _entry(resource_type).get("maybe", ()))


def replacement(resource_type: str, name: str, old: Any, new: Any) -> Replacement:
    """``"yes"`` when changing top-level property ``name`` from ``old`` to ``new`` replaces the resource,
    ``"maybe"`` when it may, ``None`` when it does not."""
    if _changes(create_only_paths(resource_type), name, old, new):
        return "yes"
    if _changes(conditional_create_only_paths(resource_type), name, old, new):
        return "maybe"
    return None


def requires_replacement(resource_type: str, name: str, old: Any, new: Any) -> bool:
    """True when changing top-level property ``name`` from ``old`` to ``new`` replaces the resource."""
    return _changes(create_only_paths(resource_type), name, old, new)


def _changes(paths: tuple[tuple[str, ...], ...], name: str, old: Any, new: Any) -> bool:
    for path in paths:
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
