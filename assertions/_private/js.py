"""JavaScript value semantics that aws-cdk-lib's assertion messages depend on.

aws-cdk-lib formats its failure messages with JavaScript template literals, ``typeof`` and ``JSON.stringify``.
To print the same texts (``Expected 3 but received 5``, ``Expected type string but received number``) the
matchers go through these helpers instead of ``str()``/``type()``.

JavaScript distinguishes a missing value (``undefined``) from ``null``; Python has only ``None`` (which plays
``null``, as in JSON). :data:`UNDEFINED` stands for a missing key.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final


class _Undefined:
    """The JavaScript ``undefined`` value: what a missing key reads as."""

    _instance: _Undefined | None = None

    def __new__(cls) -> _Undefined:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False


UNDEFINED: Final = _Undefined()


def is_nullish(value: Any) -> bool:
    """``value == null`` in JavaScript: ``None`` or :data:`UNDEFINED`."""
    return value is None or value is UNDEFINED


def type_of(value: Any) -> str:
    """CDK's ``getType``: JavaScript ``typeof``, except that lists are ``"array"``."""
    if value is UNDEFINED:
        return "undefined"
    if value is None:
        return "object"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if callable(value):
        return "function"
    return "object"


def raw_type_of(value: Any) -> str:
    """JavaScript ``typeof`` proper (lists are ``"object"``)."""
    kind = type_of(value)
    return "object" if kind == "array" else kind


def is_plain_object(value: Any) -> bool:
    """True for a JSON object (a mapping), false for ``null``, lists and primitives."""
    return isinstance(value, dict)


def number_to_string(value: int | float) -> str:
    """``String(n)`` for a JavaScript number."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        sign = "-" if exponent.startswith("-") else "+"
        text = f"{mantissa}e{sign}{exponent.lstrip('+-').lstrip('0') or '0'}"
    return text


def js_string(value: Any) -> str:
    """``String(value)``, i.e. what a JavaScript template literal prints for ``${value}``."""
    if value is UNDEFINED:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return number_to_string(value)
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return ",".join("" if is_nullish(item) else js_string(item) for item in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


def _to_json_data(value: Any) -> Any:
    """Prepare a value for ``json.dumps`` so the output equals ``JSON.stringify``'s."""
    if value is UNDEFINED:
        return None
    if isinstance(value, bool) or value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        if value.is_integer() and abs(value) < 1e21:
            return int(value)
        return value
    if isinstance(value, (list, tuple)):
        return [_to_json_data(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _to_json_data(v) for k, v in value.items() if v is not UNDEFINED}
    return js_string(value)


def json_stringify(value: Any, indent: int | None = None) -> str | None:
    """``JSON.stringify(value, undefined, indent)``; ``None`` where JavaScript returns ``undefined``."""
    if value is UNDEFINED:
        return None
    data = _to_json_data(value)
    if indent:
        return json.dumps(data, indent=indent, ensure_ascii=False)
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def jsonify(value: Any) -> str:
    """``JSON.stringify(value) ?? 'undefined'``."""
    text = json_stringify(value)
    return "undefined" if text is None else text


def strictly_equal(a: Any, b: Any) -> bool:
    """JavaScript ``a === b``: value equality for primitives, identity for objects and arrays."""
    primitives = (str, int, float, bool)
    if a is None or b is None or a is UNDEFINED or b is UNDEFINED:
        return a is b
    if isinstance(a, primitives) and isinstance(b, primitives):
        return type_of(a) == type_of(b) and a == b
    return a is b


def locale_compare_key(text: str) -> tuple[str, str]:
    """Sort key approximating ``String.prototype.localeCompare`` (case-insensitive first, lower before upper)."""
    return (text.casefold(), text.swapcase())


def parse_json(text: str) -> Any:
    """``JSON.parse``: strict JSON (no ``NaN``/``Infinity``); raises ``ValueError`` on invalid input."""

    def reject(constant: str) -> Any:
        raise ValueError(f"invalid JSON constant {constant}")

    return json.loads(text, parse_constant=reject)


def entries(pattern: Any) -> list[tuple[str, Any]]:
    """``Object.entries(pattern)`` for the values a pattern can be."""
    if isinstance(pattern, dict):
        return [(str(k), v) for k, v in pattern.items()]
    if isinstance(pattern, (str, list, tuple)):
        return [(str(i), v) for i, v in enumerate(pattern)]
    return []
