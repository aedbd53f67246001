"""``AwsApi`` and ``CloudWatchLogGroup`` targets: validation as aws-cdk-lib 2.275 (messages captured with the
oracle) and the pieces the golden apps do not show (the input template check, the warning for unknown services)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, Stack
from l2 import events, iam, logs
from l2 import events_targets as targets


def _rule(stack: Stack) -> events.Rule:
    return events.Rule(stack, "R", schedule=events.Schedule.rate(Duration.minutes(1)))


def test_event_and_log_event_are_exclusive(stack: Stack) -> None:
    target = targets.CloudWatchLogGroup(
        logs.LogGroup(stack, "L"),
        event=events.RuleTargetInput.from_object({"timestamp": events.EventField.time, "message": "m"}),
        log_event=targets.LogGroupTargetInput.from_object_v2(),
    )
    with pytest.raises(Exception, match=re.escape('Only one of "event" or "logEvent" can be specified')):
        _rule(stack).add_target(target)


def test_text_input_is_refused(stack: Stack) -> None:
    target = targets.CloudWatchLogGroup(logs.LogGroup(stack, "L"), event=events.RuleTargetInput.from_text("x"))
    with pytest.raises(Exception, match=re.escape("CloudWatchLogGroup targets does not support input or inputPath")):
        _rule(stack).add_target(target)


def test_input_templates_need_timestamp_and_message(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    _rule(stack).add_target(targets.CloudWatchLogGroup(
        logs.LogGroup(stack, "L"), event=events.RuleTargetInput.from_object({"a": events.EventField.from_path("$.x")})))
    with pytest.raises(Exception, match=re.escape(
            "CloudWatchLogGroup targets only support input templates in the format "
            "{timestamp: <timestamp>, message: <message>}")):
        synth(stack)


def test_a_timestamp_and_message_template_is_accepted(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    _rule(stack).add_target(targets.CloudWatchLogGroup(logs.LogGroup(stack, "L"), event=events.RuleTargetInput.from_object(
        {"timestamp": events.EventField.time, "message": events.EventField.from_path("$.x")})))
    resources = synth(stack)["Resources"]
    assert [r["Type"] for r in resources.values()].count("Custom::CloudwatchLogResourcePolicy") == 1


def test_one_resource_policy_per_rule_and_log_group(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    group = logs.LogGroup(stack, "L")
    rule = _rule(stack)
    rule.add_target(targets.CloudWatchLogGroup(group))
    events.Rule(stack, "R2", schedule=events.Schedule.rate(Duration.minutes(1))).add_target(
        targets.CloudWatchLogGroup(group))
    resources = synth(stack)["Resources"]
    assert [r["Type"] for r in resources.values()].count("Custom::CloudwatchLogResourcePolicy") == 2
    assert [r["Type"] for r in resources.values()].count("AWS::Lambda::Function") == 1


def test_unknown_service_needs_a_policy_statement(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    with pytest.raises(Exception, match="NoSuch"):
        _rule(stack).add_target(targets.AwsApi(service="NoSuch", action="doIt"))
    other = Stack(stack.node.root, "T")
    _rule(other).add_target(targets.AwsApi(
        service="NoSuch", action="doIt", policy_statement=iam.PolicyStatement(actions=["x:y"], resources=["*"])))
    policies = [r for r in synth(other)["Resources"].values() if r["Type"] == "AWS::IAM::Policy"]
    assert policies[0]["Properties"]["PolicyDocument"]["Statement"][0]["Action"] == "x:y"
