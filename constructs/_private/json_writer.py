"""Serialise templates as aws-cdk-lib writes them (``JSON.stringify(t, null, 1)``), numbers included."""

from __future__ import annotations

import json
from json.encoder import _make_iterencode, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from .resolve import js_number

_ENCODER_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _float_str(o: float) -> str:
    if o != o or o in (float("inf"), float("-inf")):
        return "null"
    return js_number(o)


def _encode(obj: Any, indent: str | None, item_sep: str, key_sep: str) -> str:
    it = _make_iterencode(
        {}, _default, encode_basestring, indent, _float_str, key_sep, item_sep, False, False, True
    )
    return "".join(it(obj, 0))


def _default(o: Any) -> Any:
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def template_json(template: Any, *, compact: bool = False) -> str:
    """One-space indent, ``": "`` after keys, raw non-ASCII, JS number format, no trailing newline."""
    if compact:
        return _encode(template, None, ",", ":")
    return _encode(template, " ", ",", ": ")


def manifest_json(obj: Any) -> str:
    """Two-space indent, as the cloud-assembly files are written."""
    return _encode(obj, "  ", ",", ": ")


def compact_json(obj: Any) -> str:
    """Compact JSON, as ``JSON.stringify(obj)``."""
    return _ENCODER_COMPACT.encode(obj)
