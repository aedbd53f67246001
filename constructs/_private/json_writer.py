"""Serialise templates as aws-cdk-lib writes them (``JSON.stringify(t, null, 1)``), numbers included.

The standard library only has a C encoder for compact output; its indenting encoder is a chain of Python
generators. Templates are written with indentation, so this module has its own recursive writer: strings go
through the C string escaper and each container level is joined in one pass, which is about twice as fast.
"""

from __future__ import annotations

import json
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from .resolve import js_number


def _default(o: Any) -> Any:
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


# the C encoder behind json.dumps(separators=(",", ":"), ensure_ascii=False, check_circular=False), built
# once: JSONEncoder.encode builds a new one on every call, which costs more than encoding a small object.
# Without the circular-reference markers it is a third faster; what it encodes is resolved template data,
# which has no cycles (a cycle would end in RecursionError instead of ValueError).
_C_COMPACT = (
    c_make_encoder(None, _default, encode_basestring, None, ":", ",", False, False, True)
    if c_make_encoder is not None
    else json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).iterencode
)


def _float_str(o: float) -> str:
    if o != o or o in (float("inf"), float("-inf")):
        return "null"
    return js_number(o)


def _scalar(o: Any) -> str:
    t = type(o)
    if t is str:
        return encode_basestring(o)
    if o is True:
        return "true"
    if o is False:
        return "false"
    if o is None:
        return "null"
    if t is int:
        return int.__repr__(o)
    if t is float:
        return _float_str(o)
    if isinstance(o, str):
        return encode_basestring(str(o))
    if isinstance(o, int):
        return int.__repr__(int(o))
    if isinstance(o, float):
        return _float_str(float(o))
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def _layout(unit: str, size: int = 32) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The separators of a layout indented by ``unit``, by nesting level ``n``: ``{`` and ``[`` followed by the
    newline and indent of level ``n + 1``, ``,`` followed by the same, and the newline and indent of level ``n``
    followed by ``}`` and ``]``. Made once per layout (concatenating them per container costs a third more)."""
    lay: tuple[list[str], list[str], list[str], list[str], list[str]] = ([], [], [], [], [])
    _grow(lay, unit, size)
    return lay


def _grow(lay: tuple[list[str], list[str], list[str], list[str], list[str]], unit: str, size: int) -> None:
    open_obj, open_arr, nxt, close_obj, close_arr = lay
    while len(nxt) < size:
        n = len(nxt)
        inner = "\n" + unit * (n + 1)
        own = "\n" + unit * n
        open_obj.append("{" + inner)
        open_arr.append("[" + inner)
        nxt.append("," + inner)
        close_obj.append(own + "}")
        close_arr.append(own + "]")


_ONE_SPACE = _layout(" ")  # templates
_TWO_SPACES = _layout("  ")  # assembly files
_UNITS = {id(_ONE_SPACE): " ", id(_TWO_SPACES): "  "}


def _write(o: Any, lay: tuple[list[str], list[str], list[str], list[str], list[str]], level: int,
           out: list[str]) -> None:
    """Append the text of ``o`` at nesting ``level`` in layout ``lay`` (see ``_layout``).

    Each member is appended as its separator (the opening bracket for the first member), its key text and its
    value, one ``out.append`` each: written as ``out.append(x)``, the interpreter specializes the call to an
    inline list append, cheaper than one ``extend`` of a tuple or a call of a saved bound ``append``.
    """
    t = type(o)
    if t is dict:
        if not o:
            out.append("{}")
            return
        if level >= len(lay[2]):
            _grow(lay, _UNITS[id(lay)], level + 2)
        sep = lay[0][level]
        nxt = lay[2][level]
        keys = _KEYS
        for k, v in o.items():
            ek = keys.get(k) if type(k) is str else None  # the key's text and ": ", made once per key
            if ek is None:
                ek = _key_text(k)
            tv = type(v)
            out.append(sep)
            out.append(ek)
            if tv is str:
                out.append(encode_basestring(v))
            elif tv is dict or tv is list or tv is tuple:
                _write(v, lay, level + 1, out)
            else:
                out.append(_scalar(v))
            sep = nxt
        out.append(lay[3][level])
        return
    if t is list or t is tuple:
        if not o:
            out.append("[]")
            return
        if level >= len(lay[2]):
            _grow(lay, _UNITS[id(lay)], level + 2)
        sep = lay[1][level]
        nxt = lay[2][level]
        for v in o:
            out.append(sep)
            tv = type(v)
            if tv is str:
                out.append(encode_basestring(v))
            elif tv is dict or tv is list or tv is tuple:
                _write(v, lay, level + 1, out)
            else:
                out.append(_scalar(v))
            sep = nxt
        out.append(lay[4][level])
        return
    out.append(_scalar(o))


# the text of a string key followed by ": " (``encode_basestring(k) + ": "``), for the keys met so far (bounded:
# template keys are mostly property names and logical ids)
_KEYS: dict[str, str] = {}
_KEYS_MAX = 20_000


def _key_text(k: Any) -> str:
    """The text of key ``k`` and the ``": "`` after it; a plain string key is remembered in ``_KEYS``."""
    if type(k) is not str:
        return encode_basestring(_key_str(k)) + ": "
    text = encode_basestring(k) + ": "
    if len(_KEYS) < _KEYS_MAX:
        _KEYS[k] = text
    return text


def _key_str(k: Any) -> str:
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if type(k) is float:
        return _float_str(k)
    return str(k)


def _compact(o: Any) -> str:
    from json.encoder import _make_iterencode  # type: ignore[attr-defined]

    it = _make_iterencode({}, _default, encode_basestring, None, _float_str, ":", ",", False, False, True)
    return "".join(it(o, 0))


def _has_float(o: Any) -> bool:
    t = type(o)
    if t is float:
        return True
    if t is dict:
        return any(_has_float(v) for v in o.values())
    if t is list or t is tuple:
        return any(_has_float(v) for v in o)
    return False


def template_json(template: Any, *, compact: bool = False) -> str:
    """One-space indent, ``": "`` after keys, raw non-ASCII, JS number format, no trailing newline."""
    if compact:
        # the C encoder is exact for everything but floats, which JS formats differently
        return _compact(template) if _has_float(template) else compact_json(template)
    out: list[str] = []
    _write(template, _ONE_SPACE, 0, out)
    return "".join(out)


def manifest_json(obj: Any) -> str:
    """Two-space indent, as the cloud-assembly files are written."""
    out: list[str] = []
    _write(obj, _TWO_SPACES, 0, out)
    return "".join(out)


def write_json(obj: Any, out: list[str], *, level: int, indent: int) -> None:
    """Append the text of ``obj`` as it appears ``level`` levels down in a document indented by ``indent``
    spaces (1: templates, 2: assembly files)."""
    _write(obj, _ONE_SPACE if indent == 1 else _TWO_SPACES, level, out)


def compact_json(obj: Any) -> str:
    """Compact JSON, as ``JSON.stringify(obj)`` (numbers as Python writes them)."""
    return "".join(_C_COMPACT(obj, 0) if c_make_encoder is not None else _C_COMPACT(obj))
