"""The Cedar text of built policy statements: aws-cdk-lib's rendering rules as properties (string literals are
quoted as given unless they hold a quote, a backslash or a carriage return; identifiers go through a dotted path,
other attribute segments are indexed; integers only)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from constructs import UnscopedValidationError
from l2 import bedrockagentcore as ac

_UNSAFE = re.compile(r'["\\\r]')
_IDENT = re.compile(r"^[_a-zA-Z][_a-zA-Z0-9]*$")
_RESERVED = {"true", "false", "if", "then", "else", "in", "is", "like", "has", "__cedar"}
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)


def _statement(**parts: object) -> ac.PolicyStatement:
    base: dict[str, object] = {"effect": ac.PolicyEffect.PERMIT, "principal": ac.PolicyPrincipal.any(),
                               "action": ac.PolicyAction.any(),
                               "resource": ac.PolicyResource.any_of_type("AgentCore::Gateway")}
    base.update(parts)
    return ac.PolicyStatement(**base)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(texts)
def test_entity_ids_are_quoted_verbatim_or_refused(entity_id: str) -> None:
    statement = _statement(principal=ac.PolicyPrincipal.entity("AgentCore::OAuthUser", entity_id))
    if _UNSAFE.search(entity_id):
        with pytest.raises(UnscopedValidationError, match="cannot contain a double quote"):
            statement.to_cedar()
    else:
        assert f'  principal == AgentCore::OAuthUser::"{entity_id}",\n' in statement.to_cedar()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.from_regex(r"[_a-zA-Z][_a-zA-Z0-9]{0,6}|[a-z -]{1,6}", fullmatch=True), min_size=1, max_size=3))
def test_attribute_paths_use_dots_for_identifiers_and_brackets_otherwise(segments: list[str]) -> None:
    condition = ac.PolicyCondition.boolean_equals(ac.PolicyAttribute.context(".".join(segments)), True)
    expected = "context" + "".join(f".{s}" if _IDENT.match(s) and s not in _RESERVED else f'["{s}"]'
                                   for s in segments)
    assert f"when {{\n  {expected} == true\n}};" in _statement(when=[condition]).to_cedar()


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=-(2 ** 53 - 1), max_value=2 ** 53 - 1), st.sampled_from(["<", "<=", ">", ">="]))
def test_integer_comparisons_render_the_integer(value: int, symbol: str) -> None:
    make = {"<": ac.PolicyCondition.number_less_than, "<=": ac.PolicyCondition.number_less_than_or_equals,
            ">": ac.PolicyCondition.number_greater_than, ">=": ac.PolicyCondition.number_greater_than_or_equals}
    condition = make[symbol](ac.PolicyAttribute.resource("n"), value)
    assert f"resource.n {symbol} {value}" in _statement(unless=[condition]).to_cedar()


def test_the_whole_statement_layout() -> None:
    # the text aws-cdk-lib 2.275 renders for this statement (taken from the oracle)
    cedar = _statement(
        effect=ac.PolicyEffect.FORBID, principal=ac.PolicyPrincipal.in_group("AgentCore::Group", "g"),
        action=ac.PolicyAction.any_of(["AgentCore::Action::a", 'AgentCore::Action::"b c"']),
        when=[ac.PolicyCondition.any_of([ac.PolicyCondition.string_in(ac.PolicyAttribute.principal("t"), ["x"]),
                                         ac.PolicyCondition.ip_in_range(ac.PolicyAttribute.context("ip"), "10.0.0.0/8")])],
        unless=[ac.PolicyCondition.set_contains(ac.PolicyAttribute.principal("groups"), "y")]).to_cedar()
    assert cedar == ('forbid(\n  principal in AgentCore::Group::"g",\n'
                     '  action in [AgentCore::Action::"a", AgentCore::Action::"b c"],\n'
                     "  resource is AgentCore::Gateway\n)\n"
                     'when {\n  (["x"].contains(principal.t) || context.ip.isInRange(ip("10.0.0.0/8")))\n}\n'
                     'unless {\n  principal.groups.contains("y")\n};')
