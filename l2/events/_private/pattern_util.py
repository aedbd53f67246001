"""Merging and rendering event patterns, as aws-cdk-lib's ``aws-events/lib/util.ts`` does."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from constructs import UnscopedValidationError

# EventPattern fields in the order aws-cdk-lib's Python binding hands them to JavaScript (alphabetical by the
# camelCase name); a rendered pattern keeps this order, then keys added by later merges.
PATTERN_FIELDS: tuple[tuple[str, str], ...] = (
    ("account", "account"),
    ("detail", "detail"),
    ("detail_type", "detailType"),
    ("id", "id"),
    ("region", "region"),
    ("resources", "resources"),
    ("source", "source"),
    ("time", "time"),
    ("version", "version"),
)


def js_json(value: Any) -> str:
    """``JSON.stringify(value)`` (compact, keys in insertion order)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def _is_object(value: Any) -> bool:
    return isinstance(value, Mapping | list | tuple) or value is None


def merge_event_pattern(dest: dict[str, Any], src: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``src`` into ``dest``: lists are concatenated without duplicates, objects merged recursively.

    Raises:
        UnscopedValidationError: a field that is not a list or object, or a list merged with an object.
    """
    _merge_object(dest, src)
    return dest


def _merge_object(dest: dict[str, Any], src: Any) -> None:
    if not _is_object(src) or src is None:
        raise UnscopedValidationError(f"Invalid event pattern '{js_json(src)}', expecting an object or an array")
    for field in list(src.keys()):
        src_value = src[field]
        dest_value = dest.get(field)
        if src_value is None:
            continue
        if not _is_object(src_value):
            raise UnscopedValidationError(
                f"Invalid event pattern field {{ {field}: {js_json(src_value)} }}. All fields must be arrays"
            )
        if field not in dest or dest[field] is None:
            dest[field] = _copy(src_value)
            continue
        src_is_list = isinstance(src_value, list | tuple)
        if src_is_list != isinstance(dest_value, list | tuple):
            raise UnscopedValidationError(
                f"Invalid event pattern field {field}. Type mismatch between existing pattern "
                f"{js_json(dest_value)} and added pattern {js_json(src_value)}"
            )
        if src_is_list:
            result = [*dest_value, *src_value]
            seen: list[str] = [js_json(item) for item in result]
            dest[field] = [item for index, item in enumerate(result) if seen.index(seen[index]) == index]
            continue
        _merge_object(dest_value, src_value)


def _copy(value: Any) -> Any:
    """Lists and dicts are taken by reference in aws-cdk-lib; copy the containers so later merges stay local."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping) and not isinstance(value, dict):
        return dict(value)
    return value


def render_event_pattern(pattern: Mapping[str, Any]) -> dict[str, Any] | None:
    """The CloudFormation ``EventPattern``: ``None`` when empty, ``detailType`` written ``detail-type``."""
    if not pattern:
        return None
    return {("detail-type" if key == "detailType" else key): value for key, value in pattern.items()}


def pattern_to_dict(pattern: Any) -> dict[str, Any]:
    """An ``EventPattern`` (or a mapping of its keyword names) as a camelCase dict of the given fields.

    Raises:
        TypeError: not an ``EventPattern`` or mapping, or an unknown field.
    """
    from l2.events._pattern import EventPattern

    if isinstance(pattern, EventPattern):
        values = {py: getattr(pattern, py) for py, _ in PATTERN_FIELDS}
    elif isinstance(pattern, Mapping):
        known = {py for py, _ in PATTERN_FIELDS}
        camel_to_py = {camel: py for py, camel in PATTERN_FIELDS}
        values = {}
        for key, value in pattern.items():
            name = key if key in known else camel_to_py.get(key)
            if name is None:
                raise TypeError(
                    f"event_pattern has no field {key!r}; valid fields: " + ", ".join(py for py, _ in PATTERN_FIELDS)
                )
            values[name] = value
    else:
        raise TypeError(f"event_pattern must be an EventPattern or a mapping, got {type(pattern).__name__}")
    return {camel: values[py] for py, camel in PATTERN_FIELDS if values.get(py) is not None}
