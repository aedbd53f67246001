"""``JSON.stringify`` as Node writes it, for hashing resolved values (deployment logical ids)."""

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
    text = repr(x)
    if "e" not in text:
        return text
    mantissa, exp = text.split("e")
    e = int(exp)
    digits = mantissa.replace(".", "").lstrip("-")
    sign = "-" if x < 0 else ""
    point = (mantissa.lstrip("-").find(".") if "." in mantissa else len(mantissa.lstrip("-"))) + e
    if -6 < point <= 0:
        return f"{sign}0.{'0' * -point}{digits}"
    if 0 < point <= 21:
        return f"{sign}{digits}{'0' * (point - len(digits))}" if point >= len(digits) else f"{sign}{digits[:point]}.{digits[point:]}"
    exp_sign = "+" if e > 0 else "-"
    return f"{sign}{mantissa.lstrip('-')}e{exp_sign}{abs(e)}"


def js_stringify(value: Any) -> str:
    """Compact JSON with JavaScript's key order (array-index keys first) and number format; ``None`` values
    inside objects are dropped (they are ``undefined`` in aws-cdk-lib)."""
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
        keys = [str(k) for k in value]
        index_keys = sorted((k for k in keys if _is_array_index(k)), key=int)
        ordered = index_keys + [k for k in keys if not _is_array_index(k)]
        items = {str(k): v for k, v in value.items()}
        out.append("{")
        first = True
        for key in ordered:
            v = items[key]
            if v is None:
                continue
            if not first:
                out.append(",")
            first = False
            out.append(_ENCODE_STRING(key))
            out.append(":")
            _write(v, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, v in enumerate(value):
            if i:
                out.append(",")
            _write(v, out)
        out.append("]")
    else:
        raise TypeError(f"cannot serialise {type(value).__name__} for a deployment hash")
