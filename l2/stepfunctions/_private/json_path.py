"""JSONPath tokens and the rendering of state fields (``"Key.$": "$.path"``), as aws-cdk-lib does it.

A ``JsonPathToken`` is a resolvable that stands for a path in the state's input (``$.x``), the context object
(``$$.x``) or an intrinsic function call (``States.Format(...)``); ``JsonPath.string_at`` and friends encode it
as a string, list or number token. ``render_object`` walks a mapping and turns every field whose value is such a
token into ``"Field.$": "<path>"``, leaving the others as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from constructs import Token, Tokenization, UnscopedValidationError, ValidationError

_LEADING_NON_LETTERS = re.compile(r"^[^a-zA-Z]+")


class JsonPathToken:
    """A resolvable that renders as a JSONPath (or intrinsic function) expression."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.display_hint = _LEADING_NON_LETTERS.sub("", path)

    @staticmethod
    def is_json_path_token(x: Any) -> bool:
        """True if ``x`` is a ``JsonPathToken``."""
        return isinstance(x, JsonPathToken)

    @property
    def creation_stack(self) -> list[str]:
        """Token stack traces are not captured."""
        return ["Token stack traces are no longer captured"]

    @property
    def type_hint(self) -> None:
        """No type hint."""
        return None

    def resolve(self, _context: Any) -> str:
        """The path itself."""
        return self.path

    def to_string(self) -> str:
        """The token encoded as a string."""
        return Token.as_string(self, display_hint=self.display_hint)

    def __str__(self) -> str:
        return self.to_string()

    def to_json(self) -> str:
        """How the token shows in ``JSON.stringify`` (never in a template)."""
        return f"<path:{self.path}>"


# -- rendering -------------------------------------------------------------------------------------------
Handler = Callable[[str, Any], dict[str, Any]]


def render_object(obj: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """``obj`` with every field holding a JSONPath token renamed ``<field>.$`` and set to the path."""
    return recurse_object(obj, _render_string, _render_string_list, _render_number, _render_boolean,
                          _render_resolvable)


def find_referenced_paths(obj: Mapping[str, Any] | None) -> set[str]:
    """Every JSONPath referenced by the fields of ``obj`` (inside intrinsic function calls too)."""
    found: set[str] = set()

    def on_string(_key: str, x: Any) -> dict[str, Any]:
        found.update(_paths_in_intrinsics(json_path_string(x)))
        return {}

    def on_list(_key: str, x: Any) -> dict[str, Any]:
        found.update(_paths_in_intrinsics(json_path_string_list(x)))
        return {}

    def on_number(_key: str, x: Any) -> dict[str, Any]:
        found.update(_paths_in_intrinsics(json_path_number(x)))
        return {}

    def on_resolvable(_key: str, x: Any) -> dict[str, Any]:
        found.update(_paths_in_intrinsics(json_path_from_any(x)))
        return {}

    recurse_object(obj, on_string, on_list, on_number, lambda _k, _x: {}, on_resolvable)
    return found


def _paths_in_intrinsics(expression: str | None) -> list[str]:
    if not expression:
        return []
    from l2.stepfunctions._private.intrinsics import IntrinsicParser

    ret: list[str] = []
    try:
        parsed = IntrinsicParser(expression).parse_top_level_intrinsic()
    except ValidationError:
        return [expression]

    def walk(p: dict[str, Any]) -> None:
        if p["type"] == "path":
            ret.append(p["path"])
        elif p["type"] == "fncall":
            for arg in p["arguments"]:
                walk(arg)

    walk(parsed)
    return ret


def recurse_object(obj: Any, on_string: Handler, on_list: Handler, on_number: Handler, on_boolean: Handler,
                   on_resolvable: Handler, visited: list[Any] | None = None) -> Any:
    """Walk ``obj`` (a mapping) calling the handler for each value's kind; nested mappings are walked too."""
    if not isinstance(obj, Mapping) or Tokenization.is_resolvable(obj):
        return obj
    visited = [] if visited is None else visited
    if any(v is obj for v in visited):
        return {}
    visited.append(obj)
    ret: dict[str, Any] = {}
    for key, value in obj.items():
        if isinstance(value, str):
            ret.update(on_string(key, value))
        elif isinstance(value, bool):
            ret.update(on_boolean(key, value))
        elif isinstance(value, (int, float)):
            ret.update(on_number(key, value))
        elif isinstance(value, (list, tuple)):
            ret.update(_recurse_array(key, list(value), on_string, on_list, on_number, on_boolean, on_resolvable,
                                      visited))
        elif value is None:
            continue
        elif Tokenization.is_resolvable(value):
            ret.update(on_resolvable(key, value))
        elif isinstance(value, Mapping):
            ret[key] = recurse_object(value, on_string, on_list, on_number, on_boolean, on_resolvable, visited)
        else:
            ret[key] = value
    visited.pop()
    return ret


def _recurse_array(key: str, arr: list[Any], *handlers: Any) -> dict[str, Any]:
    on_list = handlers[1]
    if _is_string_array(arr) and json_path_string_list(arr) is not None:
        return on_list(key, arr)
    return {key: _resolve_array(arr, *handlers)}


def _resolve_array(arr: list[Any], *handlers: Any) -> list[Any]:
    out: list[Any] = []
    for value in arr:
        if (
            (isinstance(value, str) and json_path_string(value) is not None)
            or (isinstance(value, (int, float)) and not isinstance(value, bool) and json_path_number(value) is not None)
            or (_is_string_array(value) and json_path_string_list(value) is not None)
        ):
            raise UnscopedValidationError("Cannot use JsonPath fields in an array, they must be used in objects")
        if isinstance(value, (list, tuple)):
            out.append(_resolve_array(list(value), *handlers))
        elif isinstance(value, Mapping) and not Tokenization.is_resolvable(value):
            out.append(recurse_object(value, *handlers))
        else:
            out.append(value)
    return out


def _is_string_array(x: Any) -> bool:
    return isinstance(x, (list, tuple)) and all(isinstance(el, str) for el in x)


def _render_string(key: str, value: str) -> dict[str, Any]:
    path = json_path_string(value)
    return {f"{key}.$": path} if path is not None else {key: value}


def _render_resolvable(key: str, value: Any) -> dict[str, Any]:
    path = json_path_from_any(value)
    return {f"{key}.$": path} if path is not None else {key: value}


def _render_string_list(key: str, value: list[str]) -> dict[str, Any]:
    path = json_path_string_list(value)
    return {f"{key}.$": path} if path is not None else {key: value}


def _render_number(key: str, value: float) -> dict[str, Any]:
    path = json_path_number(value)
    return {f"{key}.$": path} if path is not None else {key: value}


def _render_boolean(key: str, value: bool) -> dict[str, Any]:
    return {key: value}


def json_path_string(x: str) -> str | None:
    """The path of the JSONPath token that is all of ``x``, or None; a path inside a longer string is an error."""
    fragments = Tokenization.reverse_string(x)
    tokens = [t for t in fragments.tokens if isinstance(t, JsonPathToken)]
    if tokens and fragments.length > 1:
        raise UnscopedValidationError(f"Field references must be the entire string, cannot concatenate them (found '{x}')")
    return tokens[0].path if tokens else None


def json_path_from_any(x: Any) -> str | None:
    """The path of the JSONPath token ``x`` encodes (any kind of token), or None."""
    if not x:
        return None
    if isinstance(x, str):
        return json_path_string(x)
    return _path_from_token(Tokenization.reverse(x))


def json_path_string_list(x: list[str]) -> str | None:
    """The path of the JSONPath list token ``x``, or None."""
    return _path_from_token(Tokenization.reverse_list(list(x)))


def json_path_number(x: float) -> str | None:
    """The path of the JSONPath number token ``x``, or None."""
    if not isinstance(x, float):
        return None
    return _path_from_token(Tokenization.reverse_number(x))


def _path_from_token(token: Any) -> str | None:
    return token.path if isinstance(token, JsonPathToken) else None


def render_in_expression(x: Any) -> str:
    """``x`` as an argument of an intrinsic function: a path, a number or a single-quoted string."""
    path = json_path_from_any(x)
    if path:
        return path
    if isinstance(x, bool):
        raise UnscopedValidationError("Unexpected value.")
    if isinstance(x, (int, float)):
        return Tokenization.stringify_number(x)
    if isinstance(x, str):
        return _single_quote(x)
    raise UnscopedValidationError("Unexpected value.")


def _single_quote(x: str) -> str:
    ret = ["'"]
    for i, c in enumerate(x):
        if c == "'":
            ret.append("\\'")
        elif c == "\\" and (i == len(x) - 1 or x[i + 1] not in "{}"):
            ret.append("\\\\")
        else:
            ret.append(c)
    ret.append("'")
    return "".join(ret)


# -- JSONata ---------------------------------------------------------------------------------------------
_JSONATA = re.compile(r"^{%(.*)%}$", re.S)


def is_valid_jsonata_expression(expression: str) -> bool:
    """True if ``expression`` is ``{% ... %}``."""
    return _JSONATA.match(expression) is not None


def find_jsonata_expressions(value: Any) -> set[str]:
    """Every JSONata expression string inside ``value``."""
    found: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, str):
            if is_valid_jsonata_expression(v):
                found.add(v)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, Mapping):
            for x in v.values():
                walk(x)

    walk(value)
    return found
