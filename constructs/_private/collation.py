"""Sort keys that emulate JavaScript's ``localeCompare`` (ICU root collation) for ASCII text.

aws-cdk-lib sorts DependsOn (by construct path) and tags (by key) with ``localeCompare``: punctuation first in
a fixed order, then digits (not numerically), then letters case-insensitively; ties are broken by case, lower
case first.
"""

from __future__ import annotations

_PUNCT_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_PRIMARY: dict[str, int] = {}
for _i, _ch in enumerate(_PUNCT_ORDER):
    _PRIMARY[_ch] = _i + 1
for _i, _ch in enumerate("0123456789"):
    _PRIMARY[_ch] = 100 + _i
for _i, _ch in enumerate("abcdefghijklmnopqrstuvwxyz"):
    _PRIMARY[_ch] = 200 + _i
    _PRIMARY[_ch.upper()] = 200 + _i


def locale_key(s: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A sort key ordering strings as ``a.localeCompare(b)`` does for ASCII input."""
    primary = tuple(_PRIMARY.get(ch, 1000 + ord(ch)) for ch in s)
    tertiary = tuple(1 if ch.isupper() else 0 for ch in s)
    return (primary, tertiary, s)
