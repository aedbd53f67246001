"""``JSON.stringify`` as Node writes it, for the hashes aws-cdk-lib computes over resolved values (the cfn-init
fingerprint, the instance logical id that follows its user data)."""

from __future__ import annotations

import json
import math
from typing import Any

_ENCODE_STRING = json.JSONEncoder(ensure_ascii=False).encode


def _is_array_index(key: str) -> bool:
    return key.isdigit() and (key == "0" or not key.startswith("0")) and int(key) < 2**32 - 1


def _number(x: float) -> str:
    if math.isnan(x) or math.isinf(x):
        return "null"
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    return repr(x)


def js_stringify(value: Any) -> str:
    """Compact JSON with JavaScript's key order (array-index keys first, ascending) and integral floats
    written as integers; ``None`` values inside objects are left out (``undefined`` in aws-cdk-lib)."""
    out: list[str] = []
    _write(value, out)
    return "".join(out)


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(_ENCODE_STRING(value))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(_number(value))
    elif isinstance(value, dict):
        keys = [str(k) for k, v in value.items() if v is not None]
        index_keys = sorted((k for k in keys if _is_array_index(k)), key=int)
        ordered = index_keys + [k for k in keys if not _is_array_index(k)]
        lookup = {str(k): v for k, v in value.items()}
        out.append("{")
        for i, k in enumerate(ordered):
            if i:
                out.append(",")
            out.append(_ENCODE_STRING(k))
            out.append(":")
            _write(lookup[k], out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        out.append(_ENCODE_STRING(str(value)))
