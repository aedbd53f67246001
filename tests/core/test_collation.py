"""``locale_key`` orders ASCII strings as JavaScript's ``localeCompare`` (what aws-cdk-lib sorts DependsOn with)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from constructs._private.collation import _CASE, _PRIMARY, locale_key

# sorted with Node.js 20: a.slice().sort((x, y) => x.localeCompare(y))
NODE_ORDER = [
    "_x", "~t", "$d", "1", "10", "9", "a", "A", "a b", "a_b", "a-b", "a.b", "b", "Bucket", "bucket-x",
    "Bucket/Resource", "Handler1/Resource", "Handler1/ServiceRole", "Handler10/ServiceRole", "x(y)", "x[y]",
    "x{y}", "z10", "Z9",
]


def test_sorts_as_node_locale_compare() -> None:
    shuffled = NODE_ORDER[::-1][1::2] + NODE_ORDER[::-1][0::2]
    assert sorted(shuffled, key=locale_key) == NODE_ORDER


def _reference_key(s: str) -> tuple[str, str, str]:
    """The key computed character by character with the mapping tables (the definition)."""
    return ("".join(_PRIMARY.get(ord(c), c) for c in s), "".join(_CASE.get(ord(c), c) for c in s), s)


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126)))
def test_ascii_key_matches_the_character_tables(s: str) -> None:
    assert locale_key(s) == _reference_key(s)


@given(st.lists(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=300), max_size=8), max_size=8))
def test_ascii_strings_keep_their_order_among_other_text(items: list[str]) -> None:
    # keys of ASCII and non-ASCII strings compare with each other (one key type), and the ASCII ones keep the
    # order the character tables define
    ordered = sorted(items, key=locale_key)
    ascii_only = [x for x in items if x.isascii()]
    assert [x for x in ordered if x.isascii()] == sorted(ascii_only, key=_reference_key)
