"""Raw overrides: dotted paths and their deep merge into rendered resources."""

from __future__ import annotations

from typing import Any

from .resolve import is_intrinsic


class _Delete:
    """Marks a key removed by ``add_deletion_override``."""

    _instance: _Delete | None = None

    def __repr__(self) -> str:
        return "<delete>"


DELETE = _Delete()


def split_on_periods(path: str) -> list[str]:
    """Split ``a.b\\.c`` into ``["a", "b.c"]`` (a backslash escapes a period)."""
    parts: list[str] = []
    cur = ""
    i = 0
    while i < len(path):
        ch = path[i]
        if ch == "\\" and i + 1 < len(path) and path[i + 1] == ".":
            cur += "."
            i += 2
            continue
        if ch == ".":
            parts.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    parts.append(cur)
    return parts


def set_override(overrides: dict[str, Any], path: str, value: Any) -> None:
    """Record ``value`` at ``path`` (dotted) in the override tree."""
    parts = split_on_periods(path)
    cur = overrides
    for key in parts[:-1]:
        nxt = cur.get(key)
        if not isinstance(nxt, dict):
            nxt = {}
            cur[key] = nxt
        cur = nxt
    cur[parts[-1]] = value


def _get(target: Any, key: str) -> Any:
    if isinstance(target, list):
        if key.isdigit() and int(key) < len(target):
            return target[int(key)]
        return None
    return target.get(key)


def _set(target: Any, key: str, value: Any) -> None:
    if isinstance(target, list):
        if key.isdigit():
            idx = int(key)
            while len(target) <= idx:
                target.append(None)
            target[idx] = value
        return
    target[key] = value


def _delete(target: Any, key: str) -> None:
    if isinstance(target, list):
        if key.isdigit() and int(key) < len(target):
            target[int(key)] = None
        return
    target.pop(key, None)


def deep_merge(target: Any, source: dict[str, Any]) -> Any:
    """Merge ``source`` into ``target`` in place (JS semantics: arrays indexed by numeric keys)."""
    for key, value in source.items():
        if isinstance(value, dict):
            cur = _get(target, key)
            if not isinstance(cur, (dict, list)) or is_intrinsic(cur):
                cur = {}
                _set(target, key, cur)
            deep_merge(cur, value)
            if isinstance(cur, dict) and not cur:
                _delete(target, key)
        elif value is DELETE:
            _delete(target, key)
        else:
            _set(target, key, value)
    if isinstance(target, list) and None in target:
        target[:] = [x for x in target if x is not None]
    return target


def resolve_overrides(tree: dict[str, Any], context: Any) -> dict[str, Any]:
    """Resolve the values of an override tree, keeping deletion markers."""
    out: dict[str, Any] = {}
    for k, v in tree.items():
        if v is DELETE or v is None:
            out[k] = DELETE
        elif isinstance(v, dict) and not hasattr(v, "resolve"):
            out[k] = resolve_overrides(v, context)
        else:
            out[k] = context.resolve(v)
    return out
