"""Deep token resolution, as aws-cdk-lib resolves templates.

* ``None`` values are dropped from dicts and lists;
* strings with embedded tokens become ``Fn::Join`` expressions, minimised as CloudFormation-lang does;
* number tokens are replaced; integral floats become ints (JSON written by JS has no ``1.0``);
* objects with ``resolve(context)`` are resolved, and their result resolved again;
* objects with ``_cfn_render()`` (L1 property types) are rendered, then resolved;
* dict keys that look like canonical integers move first (JS object-key order).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from .._errors import TokenResolutionError
from .token_map import FRAGMENT_RE, LIST_TOKEN_RE, TOKEN_MAP, number_token_index

if TYPE_CHECKING:
    from .._token import ResolveContext

MAX_DEPTH = 200
_DIGITS = frozenset("0123456789")
# dict keys met before that are plain strings (no token marker) not starting with a digit: such a key stays as it
# is and does not reorder the dict, so _dict skips those two tests for it (one set lookup instead)
_PLAIN_KEYS: set[str] = set()
_PLAIN_KEYS_MAX = 10_000


def _is_int_key(k: str) -> bool:
    return k.isdigit() and k.isascii() and (len(k) == 1 or k[0] != "0") and int(k) < 4294967295


def js_key_order(d: dict[str, Any]) -> dict[str, Any]:
    """Reorder a dict as JS orders object keys: canonical integer keys first, ascending."""
    ints = sorted((k for k in d if _is_int_key(k)), key=int)
    if not ints:
        return d
    out = {k: d[k] for k in ints}
    for k, v in d.items():
        if k not in out:
            out[k] = v
    return out


class FreshIntrinsic(dict):  # type: ignore[type-arg]
    """An intrinsic built for one resolution that holds only literal strings (a CfnReference's Ref/GetAtt)."""

    __slots__ = ()


def is_intrinsic(x: Any) -> bool:
    """True for ``{"Ref": ...}`` and ``{"Fn::X": ...}`` objects."""
    if type(x) is not dict or len(x) != 1:
        return False
    (k,) = x
    return k == "Ref" or k.startswith("Fn::") or k == "Condition"


def _is_plain(x: Any) -> bool:
    t = type(x)
    return t is str or t is int or t is float


def minimal_join(delimiter: str, values: list[Any]) -> list[Any]:
    """Splice nested joins with the same delimiter and merge adjacent literals."""
    out: list[Any] = []
    pending = list(values)
    pending.reverse()
    while pending:
        el = pending.pop()
        if type(el) is dict and len(el) == 1 and "Fn::Join" in el:
            args = el["Fn::Join"]
            if (
                type(args) is list
                and len(args) == 2
                and args[0] == delimiter
                and type(args[1]) is list
            ):
                inner = list(args[1])
                inner.reverse()
                pending.extend(inner)
                continue
        if out and _is_plain(el) and _is_plain(out[-1]):
            out[-1] = f"{_js_str(out[-1])}{delimiter}{_js_str(el)}"
            continue
        out.append(el)
    return out


def _js_str(x: Any) -> str:
    if type(x) is str:
        return x
    if type(x) is float:
        return js_number(x)
    return str(x)


def js_number(x: float) -> str:
    """Format a number as JavaScript's ``String(x)`` does (for the common cases)."""
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    if x == int(x) and abs(x) <= 9007199254740992:
        return str(int(x))
    r = repr(x)
    if "e" not in r:
        return r
    mant, exp = r.split("e")
    e = int(exp)
    if -7 < e < 21:
        sign = "-" if mant.startswith("-") else ""
        digits = mant.lstrip("-").replace(".", "")
        point = 1 + e  # position of the decimal point within the digits
        if point <= 0:
            return f"{sign}0.{'0' * -point}{digits}"
        if point >= len(digits):
            return sign + digits + "0" * (point - len(digits))
        return f"{sign}{digits[:point]}.{digits[point:]}"
    return f"{mant}e{'+' if e > 0 else '-'}{abs(e)}"


def concat_parts(parts: list[Any]) -> Any:
    """Join resolved string fragments: plain text if all literal, else a minimised ``Fn::Join``."""
    if len(parts) == 1:
        return parts[0]
    if all(_is_plain(p) for p in parts):
        return "".join(_js_str(p) for p in parts)
    joined = minimal_join("", parts)
    if len(joined) == 1:
        return joined[0]
    return {"Fn::Join": ["", joined]}


class Resolver:
    """One resolution run (holds the context)."""

    __slots__ = ("ctx",)

    def __init__(self, ctx: ResolveContext) -> None:
        self.ctx: ResolveContext = ctx

    def resolve(self, obj: Any, depth: int = 0) -> Any:
        t = type(obj)
        if t is str:
            if "{Token[" not in obj and "e+289" not in obj:
                return obj
            return self.resolve_string(obj, depth)
        if t is dict:
            return self._dict(obj, depth)
        if t is int:
            if -9007199254740991 <= obj <= 9007199254740991:
                return obj
            return float(obj)
        if obj is None or t is bool:
            return obj
        if t is list or t is tuple:
            return self._list(obj, depth)
        return self._other(obj, t, depth)

    def _dict(self, obj: dict[Any, Any], depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise TokenResolutionError("Unable to resolve object tree with circular reference.")
        out: dict[str, Any] = {}
        int_keys = False
        d1 = depth + 1
        plain_keys = _PLAIN_KEYS
        for k, v in obj.items():
            tv = type(v)
            if tv is str:
                rv = v if ("{Token[" not in v and "e+289" not in v) else self.resolve_string(v, d1)
            elif tv is dict:
                rv = self._dict(v, d1)
            elif tv is list:
                rv = self._list(v, d1)
            elif v is None:
                continue
            elif tv is bool:
                rv = v
            elif tv is int or tv is tuple:
                rv = self.resolve(v, d1)
            else:
                rv = self._other(v, tv, d1)  # what resolve() does with any other type
            if rv is None and not getattr(v, "_renders_json_null", False):  # ``JsonNull`` stays a JSON null
                continue
            if type(k) is not str or k not in plain_keys:
                if type(k) is not str or "{Token[" in k:
                    k = self._resolve_key(k, d1)
                elif k and k[0] not in _DIGITS and len(plain_keys) < _PLAIN_KEYS_MAX:
                    plain_keys.add(k)
                if k and k[0] in _DIGITS:
                    int_keys = True
            out[k] = rv
        return js_key_order(out) if int_keys else out

    def _list(self, obj: list[Any] | tuple[Any, ...], depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise TokenResolutionError("Unable to resolve object tree with circular reference.")
        if len(obj) == 1 and type(obj[0]) is str and obj[0].startswith("#{Token["):
            token = TOKEN_MAP.lookup_list(list(obj))
            if token is not None:
                return self.resolve_token(token, depth)
        res = []
        d1 = depth + 1
        for x in obj:
            tx = type(x)
            if tx is str:
                rx = x if ("{Token[" not in x and "e+289" not in x) else self.resolve_string(x, d1)
            elif tx is dict:
                rx = self._dict(x, d1)
            elif x is None:
                continue
            else:
                rx = self.resolve(x, d1)
            if rx is not None:
                res.append(rx)
            elif getattr(x, "_renders_json_null", False):
                res.append(None)  # ``JsonNull`` stays a JSON null, as in aws-cdk-lib
        return res

    def _other(self, obj: Any, t: type, depth: int) -> Any:
        if t is float:
            idx = number_token_index(obj)
            if idx is not None:
                return self.resolve_token(TOKEN_MAP.lookup_number(obj), depth)
            if obj == int(obj) and -9007199254740992 <= obj <= 9007199254740992:
                return int(obj)
            return obj
        resolve_fn = getattr(obj, "resolve", None)
        if resolve_fn is not None and callable(resolve_fn):
            return self.resolve_token(obj, depth)
        render = getattr(obj, "_cfn_render", None)
        if render is not None:
            return self.resolve(render(), depth + 1)
        if isinstance(obj, enum.Enum):
            return self.resolve(obj.value, depth + 1)
        if isinstance(obj, (str, int, float)):  # subclasses of builtins
            base = str if isinstance(obj, str) else (float if isinstance(obj, float) else int)
            return self.resolve(base(obj), depth)
        if callable(obj):
            raise TokenResolutionError(f"Trying to resolve a non-data object. Only token are supported for lazy evaluation. Path: {obj!r}")
        if hasattr(obj, "node") and hasattr(obj.node, "path"):
            raise TokenResolutionError(
                f"Trying to resolve() a Construct at {obj.node.path}; use a token (e.g. ref or an attribute) instead"
            )
        raise TokenResolutionError(f"Unable to resolve value of type {type(obj).__name__}: {obj!r}")

    def _resolve_key(self, k: Any, depth: int) -> str:
        original = k
        if type(k) is not str:
            k = str(k) if not hasattr(k, "resolve") else self.resolve(k, depth)
        else:
            k = self.resolve(k, depth)
        if type(k) is not str:
            import json

            raise TokenResolutionError(
                f'"{original}" is used as the key in a map so must resolve to a string, but it resolves to: '
                f"{json.dumps(k, separators=(',', ':'))}. Consider using \"CfnJson\" to delay resolution "
                "to deployment-time"
            )
        return k

    def resolve_token(self, token: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise TokenResolutionError("Unable to resolve object tree with circular reference.")
        ctx = self.ctx
        saved = ctx._post_processors
        if saved is not None:
            ctx._post_processors = None
        value = token.resolve(ctx)
        # post-processors registered by this token apply to its own result only
        pps = ctx._post_processors
        ctx._post_processors = saved
        if not pps:
            tv = type(value)
            if tv is FreshIntrinsic:
                # built for this use and holding only literal strings: nothing to resolve
                return dict(value)
            if tv is str:
                # what resolve() does with a string, without the call
                if "{Token[" not in value and "e+289" not in value:
                    return value
                return self.resolve_string(value, depth + 1)
        result = self.resolve(value, depth + 1)
        if pps:
            for pp in pps:
                result = pp.post_process(result, ctx)
        return result

    def resolve_string(self, s: str, depth: int) -> Any:
        if s.startswith("${Token[") and s.endswith("]}") and s.find("{Token[", 8) < 0 and "e+289" not in s:
            # exactly one string token (the common case): no fragments to split and join
            token = TOKEN_MAP._by_key.get(s[8:-2])  # TOKEN_MAP.find_key, without the call
            if token is not None:
                return self.resolve_token(token, depth)
        if "#{Token[" in s and LIST_TOKEN_RE.search(s):
            raise TokenResolutionError(
                "Found an encoded list token string in a scalar string context. Use 'Fn.select(0, list)' "
                "(not 'list[0]') to extract elements from token lists."
            )
        parts: list[Any] = []
        pos = 0
        for m in FRAGMENT_RE.finditer(s):
            if m.start() > pos:
                parts.append(s[pos : m.start()])
            key = m.group(1)
            if key is not None:
                token = TOKEN_MAP.lookup_key(key)
            else:
                token = TOKEN_MAP.lookup_number(float(m.group(2)))
                if token is None:
                    parts.append(m.group(2))
                    pos = m.end()
                    continue
            r = self.resolve_token(token, depth)
            if r is not None:
                parts.append(r)
            pos = m.end()
        if pos < len(s):
            parts.append(s[pos:])
        if not parts:
            # a string that is exactly one token resolving to nothing is nothing (JS: undefined)
            return None if pos == len(s) and FRAGMENT_RE.fullmatch(s) else ""
        return concat_parts(parts)
