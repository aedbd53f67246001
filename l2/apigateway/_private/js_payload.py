"""Turn pycdk structs into the JavaScript objects aws-cdk-lib would see (for deployment hashes).

jsii hands a Python struct to JavaScript with its fields in declaration order (required fields first, then the
optional ones alphabetically) under camelCase names, dropping ``None``. pycdk's structs declare their fields in
that same order, so the conversion walks ``attrs`` fields in order.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from constructs.internals import structs


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def js_value(value: Any) -> Any:
    """The JavaScript-side value of ``value``: structs become camelCase dicts, enums their values."""
    if isinstance(value, enum.Enum):
        return value.value
    if structs.has(type(value)):
        out: dict[str, Any] = {}
        for field in structs.fields(type(value)):
            v = getattr(value, field.name)
            if v is not None:
                out[_camel(field.name)] = js_value(v)
        return out
    if isinstance(value, Mapping):
        return {k: js_value(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [js_value(v) for v in value]
    return value
