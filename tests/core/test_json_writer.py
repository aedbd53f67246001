"""The template writer produces JSON.stringify(t, null, 1) text: for float-free values that is exactly what the
standard library writes with ``indent=1`` (and ``indent=2`` for assembly files), at any nesting depth."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from constructs._private.json_writer import manifest_json, template_json

_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=12)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_template_text_matches_one_space_indent(value: Any) -> None:
    assert template_json(value) == json.dumps(value, indent=1, ensure_ascii=False)


@settings(max_examples=150, deadline=None)
@given(_VALUES)
def test_assembly_text_matches_two_space_indent(value: Any) -> None:
    assert manifest_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


def _nested(depth: int) -> Any:
    value: Any = {"leaf": ["x", 1, None]}
    for level in range(depth):
        value = {f"k{level}": [value, {}], "empty": []} if level % 2 else {"d": value}
    return value


def test_nesting_deeper_than_the_precomputed_indents() -> None:
    deep = _nested(80)
    assert template_json(deep) == json.dumps(deep, indent=1)
    assert manifest_json(deep) == json.dumps(deep, indent=2)
    assert template_json(deep, compact=True) == json.dumps(deep, separators=(",", ":"))


def test_numbers_are_written_as_javascript_writes_them() -> None:
    assert template_json({"a": 1.0, "b": 0.5, "c": 1e21, "d": [2.0e-7]}) == (
        '{\n "a": 1,\n "b": 0.5,\n "c": 1e+21,\n "d": [\n  2e-7\n ]\n}'
    )
