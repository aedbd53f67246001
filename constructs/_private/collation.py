"""Sort keys that emulate JavaScript's ``localeCompare`` (ICU root collation) for ASCII text.

aws-cdk-lib sorts DependsOn (by construct path) and tags (by key) with ``localeCompare``: punctuation first in
a fixed order, then digits (not numerically), then letters case-insensitively; ties are broken by case, lower
case first. The key maps every character to one whose code point has the right primary weight (``str.translate``
runs in C), then adds a case string for the tie-break.
"""

from __future__ import annotations

_PUNCT_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_PRIMARY: dict[int, str] = {}
for _i, _ch in enumerate(_PUNCT_ORDER):
    _PRIMARY[ord(_ch)] = chr(0x21 + _i)
for _i, _ch in enumerate("0123456789"):
    _PRIMARY[ord(_ch)] = chr(0x60 + _i)
for _i, _ch in enumerate("abcdefghijklmnopqrstuvwxyz"):
    _PRIMARY[ord(_ch)] = chr(0x70 + _i)
    _PRIMARY[ord(_ch.upper())] = chr(0x70 + _i)
# other characters sort after ASCII, by code point
_CASE = {ord(c): "1" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_LOWER = {ord(c): "0" for c in "abcdefghijklmnopqrstuvwxyz"}
_CASE.update(_LOWER)
# the same maps as 256-byte tables: bytes.translate is an array lookup per character, str.translate a dict one
_PRIMARY_BYTES = bytes(ord(_PRIMARY[i]) if i in _PRIMARY else i for i in range(256))
_CASE_BYTES = bytes(ord(_CASE[i]) if i in _CASE else i for i in range(256))


def locale_key(s: str) -> tuple[str, str, str]:
    """A sort key ordering strings as ``a.localeCompare(b)`` does for ASCII input."""
    if s.isascii():
        b = s.encode("ascii")
        return (b.translate(_PRIMARY_BYTES).decode("latin-1"), b.translate(_CASE_BYTES).decode("latin-1"), s)
    primary = "".join(_PRIMARY.get(ord(ch), chr(0x100 + ord(ch))) for ch in s)
    return (primary, s.translate(_CASE), s)
