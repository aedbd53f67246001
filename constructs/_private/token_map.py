"""Token encoding: the global map between resolvable objects and their string, list and number markers.

String tokens look like ``${Token[HINT.N]}``, list tokens like ``["#{Token[HINT.N]}"]`` and number tokens are
IEEE-754 doubles whose high 16 bits are ``0xFBFF`` and whose low 48 bits hold N. The counter starts at 0, so
token texts are deterministic in pycdk (they never reach a template).
"""

from __future__ import annotations

import re
import struct
from typing import Any

BEGIN_STRING = "${Token["
BEGIN_LIST = "#{Token["
END = "]}"
STRING_TOKEN_RE = re.compile(r"\$\{Token\[([\w:.\-]+)\]\}")
LIST_TOKEN_RE = re.compile(r"#\{Token\[([\w:.\-]+)\]\}")
NUMBER_IN_STRING_RE = re.compile(r"-1\.\d{10,17}e\+289")
FRAGMENT_RE = re.compile(r"\$\{Token\[([\w:.\-]+)\]\}|(-1\.\d{10,17}e\+289)")
_HINT_RE = re.compile(r"[^a-zA-Z0-9:._-]")

_SAFE_HINTS: dict[str, str] = {}  # display hint -> its sanitized form (hints repeat: "Token", "Arn", ...)

_MARKER = 0xFBFF << 48
_LOW48 = (1 << 48) - 1
_pack_q = struct.Struct("<Q").pack
_unpack_q = struct.Struct("<Q").unpack
_pack_d = struct.Struct("<d").pack
_unpack_d = struct.Struct("<d").unpack


def _double_of(n: int) -> float:
    return _unpack_d(_pack_q(_MARKER | n))[0]


def number_token_index(x: float) -> int | None:
    """The counter behind a number token, or None for a plain float."""
    bits = _unpack_q(_pack_d(x))[0]
    if bits & (0xFFFF << 48) == _MARKER:
        return bits & _LOW48
    return None


class TokenMap:
    """Registers resolvables and hands out their encoded forms."""

    __slots__ = ("_by_key", "_string_of", "_list_of", "_number_of", "_by_number", "_counter")

    def __init__(self) -> None:
        self._by_key: dict[str, Any] = {}
        self._string_of: dict[int, str] = {}
        self._list_of: dict[int, str] = {}
        self._number_of: dict[int, float] = {}
        self._by_number: dict[int, Any] = {}
        self._counter = 0

    def _new_key(self, hint: str | None) -> str:
        self._counter += 1
        if not hint:
            return f"TOKEN.{self._counter}"
        h = _SAFE_HINTS.get(hint)
        if h is None:
            h = self._safe_hint(hint)
        return f"{h}.{self._counter}"

    @staticmethod
    def _safe_hint(hint: str) -> str:
        h = _HINT_RE.sub(".", hint)
        if len(_SAFE_HINTS) < 10_000:
            _SAFE_HINTS[hint] = h
        return h

    def register_string(self, token: Any, display_hint: str | None = None) -> str:
        """The ``${Token[...]}`` text standing for ``token`` (the same text for the same object)."""
        oid = id(token)
        s = self._string_of.get(oid)
        if s is not None:
            return s
        if display_hint is None:
            display_hint = getattr(token, "_display_hint", None)
        # ``_new_key``, inline (a string token is made for most resources)
        self._counter += 1
        if not display_hint:
            key = f"TOKEN.{self._counter}"
        else:
            h = _SAFE_HINTS.get(display_hint)
            if h is None:
                h = self._safe_hint(display_hint)
            key = f"{h}.{self._counter}"
        self._by_key[key] = token
        s = f"${{Token[{key}]}}"
        self._string_of[oid] = s
        return s

    def register_list(self, token: Any, display_hint: str | None = None) -> list[str]:
        """A one-element list holding the ``#{Token[...]}`` marker of ``token``."""
        oid = id(token)
        s = self._list_of.get(oid)
        if s is None:
            if display_hint is None:
                display_hint = getattr(token, "_display_hint", None)
            key = self._new_key(display_hint)
            self._by_key[key] = token
            s = f"#{{Token[{key}]}}"
            self._list_of[oid] = s
        return [s]

    def register_number(self, token: Any) -> float:
        """A marked double standing for ``token``."""
        oid = id(token)
        n = self._number_of.get(oid)
        if n is not None:
            return n
        self._counter += 1
        idx = self._counter
        self._by_number[idx] = token
        # keep the object alive and findable by key as well
        self._by_key[f"NUMBER.{idx}"] = token
        d = _double_of(idx)
        self._number_of[oid] = d
        return d

    def lookup_key(self, key: str) -> Any:
        """The resolvable registered under ``key``."""
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(f"Unrecognized token key: {key}") from None

    def find_key(self, key: str) -> Any | None:
        """The resolvable registered under ``key``, or None."""
        return self._by_key.get(key)

    def lookup_string(self, s: str) -> Any | None:
        """The resolvable if ``s`` is exactly one string token."""
        m = STRING_TOKEN_RE.fullmatch(s)
        if m is None:
            return None
        return self._by_key.get(m.group(1))

    def lookup_number(self, x: float) -> Any | None:
        """The resolvable behind a number token, or None."""
        idx = number_token_index(x)
        if idx is None:
            return None
        return self._by_number.get(idx)

    def lookup_number_text(self, text: str) -> Any:
        """The resolvable behind a number token written as text."""
        token = self.lookup_number(float(text))
        if token is None:
            raise KeyError(f"Unrecognized number token: {text}")
        return token

    def lookup_list(self, xs: list[Any]) -> Any | None:
        """The resolvable if ``xs`` is an encoded list token."""
        if len(xs) != 1 or type(xs[0]) is not str:
            return None
        m = LIST_TOKEN_RE.fullmatch(xs[0])
        if m is None:
            return None
        return self._by_key.get(m.group(1))


TOKEN_MAP = TokenMap()
