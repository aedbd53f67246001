"""How patterns merge user props over their defaults, and how the package loads its modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from constructs import Construct, Stack, ValidationError
from constructs.internals import structs
from patterns._private.props import check_exclusive, check_prop_names, merge_props


@structs.frozen(kw_only=True)
class _Options:
    color: str | None = None
    size: int | None = None
    nested: _Options | None = None


def _factory(*, color: str | None = None, size: int | None = None) -> None:
    """A stand-in for an L2 class: keyword-only arguments."""


def test_user_values_win_and_defaults_stay() -> None:
    assert merge_props({"a": 1, "b": 2}, {"b": 3, "c": 4}) == {"a": 1, "b": 3, "c": 4}


def test_a_none_override_keeps_the_default() -> None:
    assert merge_props({"a": 1}, {"a": None}) == {"a": 1}


def test_no_overrides_copy_the_defaults() -> None:
    defaults = {"a": 1}
    merged = merge_props(defaults, None)

    assert merged == defaults
    assert merged is not defaults


def test_mappings_merge_recursively() -> None:
    assert merge_props({"env": {"A": "1", "B": "2"}}, {"env": {"B": "3"}}) == {"env": {"A": "1", "B": "3"}}


def test_an_option_object_merges_with_a_mapping_field_by_field() -> None:
    merged = merge_props({"opts": _Options(color="red", size=1)}, {"opts": {"size": 2}})

    assert merged["opts"] == _Options(color="red", size=2)


def test_an_option_object_merges_with_one_of_its_kind_ignoring_unset_fields() -> None:
    merged = merge_props(
        {"opts": _Options(color="red", nested=_Options(color="blue", size=1))},
        {"opts": _Options(size=3, nested=_Options(size=2))},
    )

    assert merged["opts"] == _Options(color="red", size=3, nested=_Options(color="blue", size=2))


def test_a_value_of_another_type_replaces_the_default() -> None:
    assert merge_props({"opts": _Options(color="red")}, {"opts": "plain"}) == {"opts": "plain"}


def test_check_prop_names_accepts_the_factory_keywords() -> None:
    scope = Construct(Stack(), "P")

    check_prop_names(scope, "props", {"color": "red", "size": 1}, _factory)
    check_prop_names(scope, "props", None, _factory)


def test_check_prop_names_lists_every_unknown_key_sorted() -> None:
    scope = Construct(Stack(None, "S"), "P")
    with pytest.raises(ValidationError) as err:
        check_prop_names(scope, "props", {"weight": 1, "colour": "red", "size": 1}, _factory)

    assert "does not take: colour, weight;" in err.value.bare_message
    assert err.value.construct_path == "S/P"


def test_check_exclusive_allows_one_and_names_both_otherwise() -> None:
    scope = Construct(Stack(None, "S"), "P")
    check_exclusive(scope, first=1, second=None)

    with pytest.raises(ValidationError) as err:
        check_exclusive(scope, first=1, second=2)
    assert err.value.bare_message == "Provide either first or second, not both"


def test_importing_one_pattern_does_not_import_the_others() -> None:
    code = (
        "import sys, patterns\n"
        "assert 'l2.apigateway' not in sys.modules, 'eager'\n"
        "from patterns import SqsToLambda\n"
        "assert 'l2.sqs' in sys.modules\n"
        "assert 'l2.apigateway' not in sys.modules and 'l2.dynamodb' not in sys.modules, 'eager'\n"
        "print(sorted(patterns.__all__) == patterns.__all__, SqsToLambda.__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.split() == ["True", "SqsToLambda"]


def test_unknown_names_raise_attribute_error() -> None:
    import patterns

    with pytest.raises(AttributeError, match="has no attribute 'SnsToLambda'"):
        patterns.SnsToLambda  # noqa: B018
