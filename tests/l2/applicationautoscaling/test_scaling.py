"""Application Auto Scaling: validation errors and interval math, with aws-cdk-lib's messages.

Expected messages are aws-cdk-lib 2.275's (``aws-applicationautoscaling/lib/*.ts``,
``aws-autoscaling-common/lib/interval-utils.ts``); templates are covered by the golden apps.
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import applicationautoscaling as appscaling
from l2 import cloudwatch
from l2.autoscaling_common import CompleteScalingInterval, ScalingInterval
from l2.autoscaling_common._intervals import find_alarm_thresholds, normalize_intervals


def _target(stack: Stack, **overrides: object) -> appscaling.ScalableTarget:
    props: dict[str, object] = {
        "service_namespace": appscaling.ServiceNamespace.ECS,
        "scalable_dimension": "ecs:service:DesiredCount",
        "resource_id": "service/c/s",
        "min_capacity": 1,
        "max_capacity": 10,
    }
    props.update(overrides)
    return appscaling.ScalableTarget(stack, "Target", **props)  # type: ignore[arg-type]


METRIC = cloudwatch.Metric(namespace="N", metric_name="M")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"max_capacity": -1}, "maxCapacity cannot be negative, got: -1"),
        ({"min_capacity": -2}, "minCapacity cannot be negative, got: -2"),
        ({"min_capacity": 5, "max_capacity": 2}, "minCapacity (5) should be lower than maxCapacity (2)"),
    ],
)
def test_fails_on_bad_capacities(stack: Stack, overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        _target(stack, **overrides)


def test_fails_on_a_schedule_without_capacity(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="You must supply at least one of minCapacity or maxCapacity"):
        _target(stack).scale_on_schedule("S", schedule=appscaling.Schedule.rate(Duration.hours(1)))


def test_fails_on_a_naive_datetime() -> None:
    with pytest.raises(TypeError, match="Naive datetimes are not supported"):
        appscaling.Schedule.at(datetime.datetime(2030, 1, 1))


def test_fails_on_a_zero_rate() -> None:
    with pytest.raises(UnscopedValidationError, match="Duration cannot be 0"):
        appscaling.Schedule.rate(Duration.minutes(0))


def test_cron_without_minute_warns(stack: Stack, synth) -> None:  # type: ignore[no-untyped-def]
    from assertions import Annotations, Match

    _target(stack).scale_on_schedule("S", schedule=appscaling.Schedule.cron(hour="8"), min_capacity=1)
    Annotations.from_stack(stack).has_warning(
        "/S/Target", Match.string_like_regexp("cron: If you don't pass 'minute'")
    )


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"scaling_steps": [ScalingInterval(upper=0, change=-1)]}, "You must supply at least 2 intervals for autoscaling"),
        ({"evaluation_periods": 0}, "evaluationPeriods cannot be less than 1, got: 0"),
        ({"datapoints_to_alarm": 2}, "evaluationPeriods must be set if datapointsToAlarm is set"),
        ({"datapoints_to_alarm": 0, "evaluation_periods": 2}, "datapointsToAlarm cannot be less than 1, got: 0"),
        (
            {"datapoints_to_alarm": 3, "evaluation_periods": 2},
            "datapointsToAlarm must be less than or equal to evaluationPeriods, got datapointsToAlarm: 3, "
            "evaluationPeriods: 2",
        ),
    ],
)
def test_fails_on_bad_step_scaling(stack: Stack, props: dict[str, object], message: str) -> None:
    args: dict[str, object] = {
        "metric": METRIC,
        "scaling_steps": [ScalingInterval(upper=0, change=-1), ScalingInterval(lower=10, change=1)],
    }
    args.update(props)
    with pytest.raises(ValidationError, match=re.escape(message)):
        _target(stack).scale_on_metric("Steps", **args)  # type: ignore[arg-type]


def test_fails_on_more_than_40_steps(stack: Stack) -> None:
    steps = [ScalingInterval(lower=i, upper=i + 1, change=1) for i in range(41)]
    with pytest.raises(ValidationError, match="'scalingSteps' can have at most 40 steps, got 41"):
        _target(stack).scale_on_metric("Steps", metric=METRIC, scaling_steps=steps)


def test_fails_on_an_adjustment_without_bounds(stack: Stack) -> None:
    action = appscaling.StepScalingAction(stack, "A", scaling_target=_target(stack))
    with pytest.raises(ValidationError, match="At least one of lowerBound or upperBound is required"):
        action.add_adjustment(adjustment=1)


def test_fails_on_math_for_target_tracking(stack: Stack) -> None:
    math = cloudwatch.MathExpression(expression="m * 2", using_metrics={"m": METRIC})
    with pytest.raises(ValidationError, match="Only direct metrics are supported for Target Tracking"):
        _target(stack).scale_to_track_metric("T", target_value=1, custom_metric=math)


def test_fails_on_a_percentile_for_target_tracking(stack: Stack) -> None:
    metric = cloudwatch.Metric(namespace="N", metric_name="M", statistic="p99")
    with pytest.raises(ValidationError, match=re.escape("Cannot use statistic 'p99' for Target Tracking")):
        _target(stack).scale_to_track_metric("T", target_value=1, custom_metric=metric)


def test_target_imported_by_id_has_no_reference(stack: Stack) -> None:
    imported = appscaling.ScalableTarget.from_scalable_target_id(stack, "I", "x|y|z")
    with pytest.raises(ValidationError, match="Cannot access scalableTargetRef on a ScalableTarget imported by ID"):
        _ = imported.scalable_target_ref  # type: ignore[attr-defined]


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        _target(stack, service_namespace="ecs")


@pytest.mark.parametrize(
    ("steps", "absolute", "expected", "alarms"),
    [
        # aws-cdk-lib's interval-utils tests: gaps become no-change intervals; alarms next to the gap
        (
            [ScalingInterval(upper=10, change=-1), ScalingInterval(lower=20, change=1)],
            False,
            [(0, 10, -1), (10, 20, None), (20, float("inf"), 1)],
            (0, 2),
        ),
        # zero changes are no-change unless absolute
        (
            [ScalingInterval(upper=10, change=0), ScalingInterval(lower=10, change=1)],
            False,
            [(0, 10, None), (10, float("inf"), 1)],
            (None, 1),
        ),
        (
            [ScalingInterval(upper=10, change=0), ScalingInterval(lower=10, change=1)],
            True,
            [(0, 10, 0), (10, float("inf"), 1)],
            (0, 1),
        ),
    ],
)
def test_interval_normalization(
    steps: list[ScalingInterval], absolute: bool, expected: list[tuple[float, float, float | None]],
    alarms: tuple[int | None, int | None],
) -> None:
    normalized = normalize_intervals(steps, absolute)
    assert normalized == [CompleteScalingInterval(lower=lo, upper=up, change=ch) for lo, up, ch in expected]
    found = find_alarm_thresholds(normalized)
    assert (found.lower_alarm_interval_index, found.upper_alarm_interval_index) == alarms


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([ScalingInterval(upper=1, change=1)], "Require at least 2 intervals"),
        ([ScalingInterval(change=1), ScalingInterval(upper=1, change=1)], "Must supply at least one of 'upper' or 'lower'"),
        (
            [ScalingInterval(lower=0, upper=10, change=1), ScalingInterval(lower=5, upper=20, change=2)],
            'Two intervals overlap: {"lower":0,"upper":10,"change":1} and {"lower":5,"upper":20,"change":2}',
        ),
        (
            [
                ScalingInterval(upper=10, change=0),
                ScalingInterval(lower=10, upper=20, change=1),
                ScalingInterval(lower=20, change=0),
            ],
            "Can have at most one no-change interval",
        ),
    ],
)
def test_interval_errors(steps: list[ScalingInterval], message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=re.escape(message)):
        normalize_intervals(steps, False)


def test_import_loads_no_other_service() -> None:
    code = (
        "import sys, l2.applicationautoscaling; "
        "print(sorted(m for m in sys.modules if m.startswith('l2.') and m.count('.') == 1 and m != 'l2._private'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['l2.applicationautoscaling', 'l2.autoscaling_common']"
