"""The shortcuts of L1 property rendering (``constructs/_private/l1runtime/render.py``) give what the general
path gives: the same rendered value, or the same validation error, for strings checked against an enum, a pattern
and length bounds, lists of strings, and property types given as dicts."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from constructs import ValidationError
from constructs._private.l1runtime import render

_CONSTRAINTS = st.fixed_dictionaries(
    {},
    optional={
        "enum": st.lists(st.sampled_from(["a", "ab", "B", "", "x y"]), min_size=1, max_size=3).map(tuple),
        "pattern": st.sampled_from(["^[a-z]+$", "^\\S*$", "b", "^(?!x)", "^\\p{L}+$"]),
        "minLength": st.integers(0, 3),
        "maxLength": st.integers(0, 4),
    },
)
_STRINGS = st.text(alphabet="abBxy 1$", max_size=6) | st.sampled_from(["a", "ab", "B", "x y", ""])


def _general(constraints: dict[str, Any], value: str, path: str) -> str | None:
    """The general path's verdict on a plain string: None, or the problem ``_check`` reports."""
    try:
        render._check(constraints, value, path)
    except render._Failure as failure:
        return failure.problem
    return None


class _Owner:
    """A stand-in L1 class: a string row with the drawn constraints, a list row, a property-type row."""

    CFN_RESOURCE_TYPE_NAME = "Test::Fast::Path"
    _CFN_PROPS: ClassVar[tuple[tuple[Any, ...], ...]] = ()
    text: Any = None
    texts: Any = None


@settings(max_examples=300, deadline=None)
@given(_CONSTRAINTS, _STRINGS)
def test_string_rows_render_as_the_general_check_says(constraints: dict[str, Any], value: str) -> None:
    owner = type("Owner", (_Owner,), {"_CFN_PROPS": (("Text", "text", "s", True, constraints),)})
    resource = owner()
    resource.text = value
    problem = _general(constraints, value, "Properties.Text")
    for _ in range(2):  # the row's checks are made at the first render and kept for the next
        if problem is None:
            assert render.render_resource_properties(resource) == {"Text": value}
        else:
            with pytest.raises(ValidationError) as raised:
                render.render_resource_properties(resource)
            assert str(raised.value).startswith(f"Test::Fast::Path: Properties.Text {problem}")
    # the value on its own (a property type's field, a list item) takes _render_value's shortcut
    if problem is None:
        assert render._render_value(owner, "s", value, "P", constraints) == value
    else:
        with pytest.raises(render._Failure) as failed:
            render._render_value(owner, "s", value, "P", constraints)
        assert failed.value.problem == problem


@settings(max_examples=150, deadline=None)
@given(st.lists(_STRINGS | st.integers(0, 3) | st.just("${Token[X.1]}"), max_size=4), _CONSTRAINTS)
def test_list_items_render_as_each_item_does(items: list[Any], constraints: dict[str, Any]) -> None:
    owner = type("Owner", (_Owner,), {"_CFN_PROPS": ()})
    for item_constraints in (None, constraints):
        list_constraints = {"items": item_constraints} if item_constraints else None
        expected: Any
        try:
            expected = [render._render_value(owner, "s", x, f"P[{i}]", item_constraints) for i, x in enumerate(items)]
        except render._Failure as failure:
            expected = (failure.path, failure.problem)
        try:
            got: Any = render._render_value(owner, ("l", "s"), items, "P", list_constraints)
        except render._Failure as failure:
            got = (failure.path, failure.problem)
        assert got == expected


def test_a_property_type_given_as_a_dict_renders_as_its_mapping() -> None:
    from l1.lambda_ import CfnFunction

    spec = ("p", "CodeProperty")
    value = {"zip_file": "print(1)", "s3_bucket": None}
    assert render._render_value(CfnFunction, spec, value, "P", None) == render._render_struct(
        CfnFunction.CodeProperty, value, "P"
    )
    assert render._render_value(CfnFunction, spec, value, "P", None) == {"ZipFile": "print(1)"}
    with pytest.raises(render._Failure) as failed:
        render._render_value(CfnFunction, spec, {"zipfile": "x", "nope": 1}, "P", None)
    assert failed.value.problem.startswith('has no property "nope"') or failed.value.problem.startswith(
        'has no property "zipfile"'
    )


_KEYS = st.sampled_from(["a", "B", "1", "10", "01", "", "x y", "2b", "Type"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_KEYS, st.sampled_from(["v", 1, None, "w"])), max_size=6))
def test_dict_keys_remembered_as_plain_resolve_as_unseen_keys_do(items: list[tuple[str, Any]]) -> None:
    from constructs import App, Lazy, Stack
    from constructs._private import resolve

    stack = Stack(App(), "S")
    token_key = Lazy.string(lambda: "7")
    value = dict(items)
    value[token_key] = "t"
    resolve._PLAIN_KEYS.clear()
    unseen = stack.resolve(value)  # every key takes the general tests (and the plain ones are remembered)
    seen = stack.resolve(value)  # the remembered keys take the set lookup
    assert list(seen.items()) == list(unseen.items())
    assert not any(k[:1].isdigit() for k in resolve._PLAIN_KEYS)
