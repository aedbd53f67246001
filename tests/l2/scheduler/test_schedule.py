"""Validation and behaviour of ``l2.scheduler`` that the golden apps do not show (errors, imports, helpers).

Messages are aws-cdk-lib 2.275's (aws-scheduler/lib/*.ts); pycdk adds the construct path.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, Stack, TimeZone, ValidationError
from l2 import iam, scheduler


class _Target:
    """A target with a fixed role and retry policy (like the custom target of aws-cdk's integ.schedule.ts)."""

    def __init__(self, stack: Stack, age: float | None = None, attempts: float | None = None) -> None:
        self.role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
        self.policy = (
            scheduler.CfnSchedule.RetryPolicyProperty(maximum_event_age_in_seconds=age, maximum_retry_attempts=attempts)
            if age is not None or attempts is not None
            else None
        )

    def bind(self, _schedule: scheduler.ISchedule) -> scheduler.ScheduleTargetConfig:
        return scheduler.ScheduleTargetConfig(
            arn="arn:aws:sqs:us-east-1:123456789012:q", role=self.role, retry_policy=self.policy
        )


RATE = scheduler.ScheduleExpression.rate(Duration.minutes(5))
UTC = datetime.UTC


def test_flexible_time_window_bounds() -> None:
    with pytest.raises(ValidationError, match="must be between 1 minute and 1440 minutes, got 0"):
        scheduler.TimeWindow.flexible(Duration.minutes(0))
    with pytest.raises(ValidationError, match="got 1441"):
        scheduler.TimeWindow.flexible(Duration.minutes(1441))
    window = scheduler.TimeWindow.flexible(Duration.hours(24))
    assert (window.mode, window.max_window.to_minutes()) == ("FLEXIBLE", 1440)
    assert scheduler.TimeWindow.off().mode == "OFF"


def test_start_must_precede_end(stack: Stack) -> None:
    start = datetime.datetime(2060, 1, 2, tzinfo=UTC)
    with pytest.raises(ValidationError) as err:
        scheduler.Schedule(stack, "S", schedule=RATE, target=_Target(stack), start=start, end=start)
    assert str(err.value) == (
        "start must precede end, got start: 2060-01-02T00:00:00.000Z, end: 2060-01-02T00:00:00.000Z\n"
        "    at path [S/S]"
    )


def test_schedule_name_at_most_64_characters(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"scheduleName cannot be longer than 64 characters, got: 65") as err:
        scheduler.Schedule(stack, "S", schedule=RATE, target=_Target(stack), schedule_name="x" * 65)
    assert err.value.construct_path == "S/S"


@pytest.mark.parametrize(
    ("age", "attempts", "message"),
    [
        (30, None, "maximumEventAgeInSeconds must be between 60 and 86400, got 30"),
        (86401, None, "maximumEventAgeInSeconds must be between 60 and 86400, got 86401"),
        (None, 186, "maximumRetryAttempts must be between 0 and 185, got 186"),
    ],
)
def test_retry_policy_bounds(stack: Stack, age: Any, attempts: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as err:
        scheduler.Schedule(stack, "S", schedule=RATE, target=_Target(stack, age, attempts))
    assert err.value.construct_path == "S/S"


def test_no_retry_policy_when_target_gives_none(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    scheduler.Schedule(stack, "S", schedule=RATE, target=_Target(stack))
    resources = synth(stack)["Resources"].values()
    [target] = [r["Properties"]["Target"] for r in resources if r["Type"] == "AWS::Scheduler::Schedule"]
    assert "RetryPolicy" not in target


def test_from_schedule_arn(stack: Stack) -> None:
    imported = scheduler.Schedule.from_schedule_arn(stack, "I", "arn:aws:scheduler:us-east-1:1:schedule/grp/name")
    assert (imported.schedule_name, imported.schedule_group) == ("name", None)
    assert isinstance(imported, scheduler.ISchedule)
    with pytest.raises(ValidationError, match="Invalid schedule ARN format. Expected: arn:<partition>:scheduler"):
        scheduler.Schedule.from_schedule_arn(stack, "Bad", "arn:aws:scheduler:us-east-1:1:schedule/only-group")


def test_schedule_expressions() -> None:
    at = scheduler.ScheduleExpression.at(datetime.datetime(2060, 4, 15, 6, 30, 59, 999000, tzinfo=UTC))
    assert (at.expression_string, at.time_zone.timezone_name) == ("at(2060-04-15T06:30:59)", "Etc/UTC")
    tokyo = datetime.datetime(2060, 4, 15, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))
    assert scheduler.ScheduleExpression.at(tokyo).expression_string == "at(2060-04-15T00:00:00)"
    cron = scheduler.ScheduleExpression.cron(minute="0", hour="8", time_zone=TimeZone.EUROPE_PARIS)
    assert (cron.expression_string, cron.time_zone.timezone_name) == ("cron(0 8 * * ? *)", "Europe/Paris")
    assert scheduler.ScheduleExpression.rate(Duration.hours(2)).expression_string == "rate(2 hours)"
    with pytest.raises(ValidationError, match="Cannot supply both 'day' and 'weekDay'"):
        scheduler.ScheduleExpression.cron(day="1", week_day="MON")
    with pytest.raises(TypeError):
        scheduler.ScheduleExpression.at("2060-01-01")  # type: ignore[arg-type]


def test_context_attributes() -> None:
    assert scheduler.ContextAttribute.schedule_arn == "<aws.scheduler.schedule-arn>"
    assert scheduler.ContextAttribute.scheduled_time == "<aws.scheduler.scheduled-time>"
    assert scheduler.ContextAttribute.execution_id == "<aws.scheduler.execution-id>"
    assert scheduler.ContextAttribute.attempt_number == "<aws.scheduler.attempt-number>"
    assert scheduler.ContextAttribute.from_name("x") == "<aws.scheduler.x>"


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        scheduler.Schedule(stack, "S", schedule="rate(1 minute)", target=_Target(stack))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        scheduler.ScheduleGroup(stack, "G", schedule_group_name=42)  # type: ignore[arg-type]


def test_group_name_generated_and_imports(stack: Stack) -> None:
    group = scheduler.ScheduleGroup(stack, "Group")
    assert group.schedule_group_name.startswith("S-Group-")
    default = scheduler.ScheduleGroup.from_default_schedule_group(stack, "Default")
    assert default.schedule_group_name == "default"
    assert isinstance(default, scheduler.IScheduleGroup)
    assert isinstance(group, scheduler.IScheduleGroup)
