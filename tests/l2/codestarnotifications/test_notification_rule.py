"""``l2.codestarnotifications``: interfaces, imports, name generation and type errors (aws-cdk-lib 2.275)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Construct, Stack
from l2 import codestarnotifications as notifications


class _Source:
    def bind_as_notification_rule_source(self, scope: Construct) -> notifications.NotificationRuleSourceConfig:
        return notifications.NotificationRuleSourceConfig(source_arn="arn:aws:codebuild:us-east-1:111111111111:project/p")


def test_imported_rule_takes_no_targets(stack: Stack) -> None:
    imported = notifications.NotificationRule.from_notification_rule_arn(
        stack, "I", "arn:aws:codestar-notifications:us-west-2:222222222222:notificationrule/abc")
    assert isinstance(imported, notifications.INotificationRule)
    assert imported.add_target(_Target()) is False
    assert imported.env.region == "us-west-2"


class _Target:
    def bind_as_notification_rule_target(self, scope: Construct) -> notifications.NotificationRuleTargetConfig:
        return notifications.NotificationRuleTargetConfig(target_address="arn:aws:sns:us-east-1:1:t",
                                                          target_type="SNS")


def test_generated_name_is_the_last_64_characters_of_the_unique_id(
        stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    scope: Construct = stack
    for i in range(3):
        scope = Construct(scope, f"AQuiteLongConstructIdNumber{i}")
    rule = notifications.NotificationRule(scope, "Rule", source=_Source(), events=["e"])
    assert rule.add_target(_Target()) is True
    [resource] = synth(stack)["Resources"].values()
    # aws-cdk-lib 2.275: Names.uniqueId(rule).slice(-64)
    assert resource["Properties"]["Name"] == "teLongConstructIdNumber1AQuiteLongConstructIdNumber2Rule470A56CC"
    assert resource["Properties"]["Targets"] == [{"TargetAddress": "arn:aws:sns:us-east-1:1:t", "TargetType": "SNS"}]


def test_source_must_bind(stack: Stack) -> None:
    with pytest.raises(TypeError, match="source"):
        notifications.NotificationRule(stack, "R", source="arn:aws:codebuild:x", events=["e"])  # type: ignore[arg-type]
