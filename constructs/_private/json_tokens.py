"""Token-aware JSON (``stack.to_json_string``): tokens are spliced into the JSON text as a ``Fn::Join``."""

from __future__ import annotations

import json
from typing import Any

from .._token import Token, split_string
from .resolve import concat_parts, is_intrinsic, js_number
from .token_map import TOKEN_MAP, number_token_index


class JsonToken:
    """Resolves to the JSON text of a value, with intrinsics spliced in."""

    __slots__ = ("value", "space", "__weakref__")

    def __init__(self, value: Any, space: int | None = None) -> None:
        self.value = value
        self.space = space

    @property
    def creation_stack(self) -> list[str]:
        return []

    def to_string(self) -> str:
        return TOKEN_MAP.register_string(self)

    def resolve(self, context: Any) -> Any:
        parts: list[Any] = []
        _emit(self.value, context, parts)
        return concat_parts(parts) if parts else ""


def _str_lit(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _emit(x: Any, ctx: Any, out: list[Any]) -> None:
    t = type(x)
    if x is None:
        out.append("null")
        return
    if t is bool:
        out.append("true" if x else "false")
        return
    if t is int:
        out.append(str(x))
        return
    if t is float:
        if number_token_index(x) is not None:
            _emit_resolved(ctx.resolve(x), ctx, out, quoted=False)
            return
        out.append(js_number(x))
        return
    if t is str:
        if not Token.is_unresolved(x):
            out.append(_str_lit(x))
            return
        frags = split_string(x)
        out.append('"')
        for kind, v in frags._fragments:
            if kind == "literal":
                out.append(_str_lit(v)[1:-1])
            else:
                r = ctx.resolve(v)
                if type(r) is str:
                    out.append(_str_lit(r)[1:-1])
                else:
                    out.append(r)
        out.append('"')
        return
    if t is list or t is tuple:
        if Token.is_unresolved(x):
            _emit_resolved(ctx.resolve(x), ctx, out, quoted=False)
            return
        out.append("[")
        first = True
        for v in x:
            if not first:
                out.append(",")
            first = False
            _emit(v, ctx, out)
        out.append("]")
        return
    if t is dict:
        out.append("{")
        first = True
        for k, v in x.items():
            if v is None:
                continue
            if not first:
                out.append(",")
            first = False
            _emit(k, ctx, out)
            out.append(":")
            _emit(v, ctx, out)
        out.append("}")
        return
    _emit_resolved(ctx.resolve(x), ctx, out, quoted=False)


def _emit_resolved(r: Any, ctx: Any, out: list[Any], *, quoted: bool) -> None:
    if is_intrinsic(r):
        out.append(r)
    else:
        _emit(r, ctx, out)
