"""Unicode category tests for the patterns aws-cdk-lib writes with ``\\p{...}`` (Python's ``re`` has none)."""

from __future__ import annotations

import unicodedata

_VISIBLE = frozenset("LMSNP")  # letters, marks, symbols, numbers, punctuation


def is_visible(ch: str) -> bool:
    """``[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]``."""
    return unicodedata.category(ch)[0] in _VISIBLE


def all_visible(text: str) -> bool:
    """Every character is a letter, mark, symbol, number or punctuation."""
    return all(is_visible(ch) for ch in text)


def is_separator(ch: str) -> bool:
    """``\\p{Z}``."""
    return unicodedata.category(ch)[0] == "Z"


def contains_link_template(text: str) -> bool:
    """``/\\{##[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*##\\}/u`` finds a match in ``text``."""
    start = text.find("{##")
    while start >= 0:
        i = start + 3
        while i <= len(text):
            if text.startswith("##}", i):
                return True
            if i == len(text):
                break
            ch = text[i]
            if not (is_visible(ch) or ch.isspace() or ch == "*"):
                break
            i += 1
        start = text.find("{##", start + 1)
    return False
