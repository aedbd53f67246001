"""WaitCondition / WaitConditionHandle: the typed count and timeout (CloudFormation: ``Timeout`` is a string of
seconds, at most 43200; ``Count`` an integer; ``Handle`` the handle's Ref)."""

from __future__ import annotations

import pytest

from assertions import Template
from constructs import Duration, Stack, ValidationError
from l2 import cloudformation as cfn


def test_a_wait_condition_makes_its_handle_and_renders_count_and_timeout(stack: Stack, cfn_lint_errors) -> None:
    wait = cfn.WaitCondition(stack, "Wait", timeout=Duration.hours(1), count=3)
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::CloudFormation::WaitConditionHandle", 1)
    handle_id = stack.resolve(wait.handle.url)["Ref"]
    template.has_resource_properties("AWS::CloudFormation::WaitCondition", {
        "Count": 3, "Handle": {"Ref": handle_id}, "Timeout": "3600"})
    assert stack.resolve(wait.data) == {"Fn::GetAtt": [stack.resolve(wait.wait_condition_id)["Ref"], "Data"]}
    assert cfn_lint_errors(template.to_json()) == []


def test_count_defaults_to_one_and_a_given_handle_is_used(stack: Stack) -> None:
    handle = cfn.WaitConditionHandle(stack, "H")
    cfn.WaitCondition(stack, "Wait", timeout=Duration.seconds(43200), handle=handle)
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::CloudFormation::WaitConditionHandle", 1)
    template.has_resource_properties("AWS::CloudFormation::WaitCondition", {
        "Count": 1, "Handle": stack.resolve(handle.url), "Timeout": "43200"})


@pytest.mark.parametrize("timeout", [Duration.seconds(43201), Duration.days(1), Duration.seconds(0)],
                         ids=["just-over-12h", "a-day", "zero"])
def test_fails_with_a_timeout_outside_1s_to_12h(stack: Stack, timeout: Duration) -> None:
    with pytest.raises(ValidationError, match=r"(?s)timeout must be between 1 second and 43200 seconds.*at path \[S/Wait\]"):
        cfn.WaitCondition(stack, "Wait", timeout=timeout)


def test_fails_with_a_count_below_one(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"count must be at least 1 \(got 0\)"):
        cfn.WaitCondition(stack, "Wait", timeout=Duration.minutes(1), count=0)


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        cfn.WaitCondition(stack, "Wait", timeout=300)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cfn.WaitCondition(stack, "Wait2", timeout=Duration.minutes(1), count="2")  # type: ignore[arg-type]
