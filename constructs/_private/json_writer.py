"""Serialise templates as aws-cdk-lib writes them (``JSON.stringify(t, null, 1)``)."""

from __future__ import annotations

import json
from typing import Any

_ENCODER_1 = json.JSONEncoder(indent=1, ensure_ascii=False, separators=(",", ": "))
_ENCODER_2 = json.JSONEncoder(indent=2, ensure_ascii=False, separators=(",", ": "))
_ENCODER_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def template_json(template: Any, *, compact: bool = False) -> str:
    """One-space indent, ``": "`` after keys, raw non-ASCII, no trailing newline."""
    return (_ENCODER_COMPACT if compact else _ENCODER_1).encode(template)


def manifest_json(obj: Any) -> str:
    """Two-space indent, as the cloud-assembly files are written."""
    return _ENCODER_2.encode(obj)


def compact_json(obj: Any) -> str:
    """Compact JSON, as ``JSON.stringify(obj)``."""
    return _ENCODER_COMPACT.encode(obj)
