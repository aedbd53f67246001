"""Matchers and template queries decide, and explain, exactly as aws-cdk-lib does.

The cases are in behaviour_cases.py. Each is checked twice: against the hand-written expectation of the row
(``PASS`` or message fragments, from aws-cdk-lib's tests, README and cdk-facts §14), and against aws-cdk-lib's
own result recorded in fixtures/cdk_oracle.json by record_cdk_oracle.py (same success, same failure lines,
same rendering, same message).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from behaviour_cases import NO_PROPERTIES, PASS, matcher_cases, message_cases, properties_cases, stack_cases

import constructs
from assertions import (
    Annotations,
    AssertionFailure,
    Capture,
    Match,
    Matcher,
    MatcherUsageError,
    Tags,
    Template,
)

ORACLE = json.loads((Path(__file__).parent / "fixtures" / "cdk_oracle.json").read_text(encoding="utf-8"))

MATCHER_CASES = matcher_cases(Match, Capture)
PROPERTIES_CASES = properties_cases(Match, Capture)
MESSAGE_CASES = message_cases(Template, Match, Capture)
STACK_CASES = stack_cases(constructs, Annotations, Tags, Match)


@pytest.mark.parametrize(
    ("case_id", "matcher", "actual", "expected"), MATCHER_CASES, ids=[c[0] for c in MATCHER_CASES]
)
def test_matcher_decides_like_cdk(case_id: str, matcher: Matcher, actual: Any, expected: list[str]) -> None:
    result = matcher.test(actual)
    lines = result.to_human_strings()
    if expected is PASS:
        assert result.is_success, lines
    else:
        assert result.has_failed()
        for fragment in expected:
            assert any(fragment in line for line in lines), (fragment, lines)
    cdk = ORACLE["matchers"][case_id]
    assert (result.is_success, lines, result.render_mismatch()) == (
        cdk["success"],
        cdk["human"],
        cdk["render"],
    )


@pytest.mark.parametrize(
    ("case_id", "props", "properties", "expected"), PROPERTIES_CASES, ids=[c[0] for c in PROPERTIES_CASES]
)
def test_has_resource_properties_decides_like_cdk(
    case_id: str, props: Any, properties: Any, expected: list[str]
) -> None:
    resource: dict[str, Any] = {"Type": "Foo::Bar"}
    if properties != NO_PROPERTIES:
        resource["Properties"] = properties
    template = Template.from_json({"Resources": {"MyBar": resource}})
    message = None
    try:
        template.has_resource_properties("Foo::Bar", props)
    except AssertionFailure as failure:
        message = str(failure)
    if expected is PASS:
        assert message is None
    else:
        assert message is not None
        for fragment in expected:
            assert fragment in message
    assert message == ORACLE["properties"][case_id]


@pytest.mark.parametrize(("case_id", "action"), MESSAGE_CASES, ids=[c[0] for c in MESSAGE_CASES])
def test_failure_message_equals_cdk(case_id: str, action: Any) -> None:
    message = None
    try:
        action()
    except AssertionFailure as failure:
        message = str(failure)
    assert message == ORACLE["messages"][case_id]


@pytest.mark.parametrize(("case_id", "action"), STACK_CASES, ids=[c[0] for c in STACK_CASES])
def test_annotations_and_tags_equal_cdk(case_id: str, action: Any) -> None:
    message = None
    try:
        action()
    except RuntimeError as failure:
        message = str(failure)
    assert message == ORACLE["stacks"][case_id]


@pytest.mark.parametrize("inner", [Match.absent(), Match.any_value()], ids=["absent", "any_value"])
def test_array_with_rejects_absent_and_any_value(inner: Matcher) -> None:
    with pytest.raises(
        MatcherUsageError, match=rf"The Matcher {inner.name}\(\) cannot be nested within arrayWith\(\)"
    ):
        Match.array_with(["foo", inner]).test(["foo", "bar"])


@pytest.mark.parametrize("inner", [Match.array_with(["foo"]), Match.absent()], ids=["array_with", "absent"])
def test_exact_cannot_wrap_a_matcher(inner: Matcher) -> None:
    with pytest.raises(MatcherUsageError, match="cannot directly contain another matcher"):
        Match.exact(inner)


def test_usage_errors_are_runtime_errors_like_under_jsii() -> None:
    with pytest.raises(RuntimeError):
        Match.exact(Match.absent())


def test_is_matcher() -> None:
    assert Match.is_matcher(Match.absent())
    assert Matcher.is_matcher(Capture())
    assert not Matcher.is_matcher({"foo": "bar"})
    assert not Matcher.is_matcher(None)
