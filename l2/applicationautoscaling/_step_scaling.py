"""Step scaling: ``StepScalingAction`` (one ``StepScaling`` policy) and ``StepScalingPolicy`` (alarms + actions)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Lazy, Names, Token, ValidationError
from constructs.internals import structs
from l1.applicationautoscaling import CfnScalingPolicy
from l2.applicationautoscaling._scalable_target import IScalableTarget, target_resource_id
from l2.autoscaling_common import ScalingInterval
from l2.autoscaling_common._intervals import find_alarm_thresholds, normalize_intervals

if TYPE_CHECKING:
    from l2.cloudwatch import Alarm, IMetric


class AdjustmentType(enum.Enum):
    """How a step's ``change`` is applied to the capacity."""

    CHANGE_IN_CAPACITY = "ChangeInCapacity"
    PERCENT_CHANGE_IN_CAPACITY = "PercentChangeInCapacity"
    EXACT_CAPACITY = "ExactCapacity"


class MetricAggregationType(enum.Enum):
    """How the metric's data points are aggregated."""

    AVERAGE = "Average"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"


@structs.frozen(kw_only=True)
class AdjustmentTier:
    """One step adjustment of a ``StepScalingAction``; bounds are relative to the alarm threshold.

    Args:
        adjustment: the capacity change (its meaning follows the action's adjustment type).
        lower_bound: the lower bound, inclusive (default: minus infinity).
        upper_bound: the upper bound, exclusive (default: infinity).
    """

    adjustment: int | float
    lower_bound: int | float | None = None
    upper_bound: int | float | None = None


@structs.frozen(kw_only=True)
class StepScalingActionProps:
    """The properties of a ``StepScalingAction``.

    Args:
        scaling_target: the target the policy scales.
        adjustment_type: how adjustments are applied (default: ``CHANGE_IN_CAPACITY`` as the service does).
        cooldown: the wait after a scaling activity (default: the service's).
        metric_aggregation_type: how the metric's data points are aggregated (default: ``Average``).
        min_adjustment_magnitude: the least capacity change of a percentage adjustment (default: none).
        policy_name: the policy's name (default: generated from the construct path).
    """

    scaling_target: IScalableTarget
    adjustment_type: AdjustmentType | None = None
    cooldown: Duration | None = None
    metric_aggregation_type: MetricAggregationType | None = None
    min_adjustment_magnitude: int | float | None = None
    policy_name: str | None = None


def _v(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


class StepScalingAction(Construct):
    """A step-scaling policy without its alarm (``AWS::ApplicationAutoScaling::ScalingPolicy``).

    Args:
        scope: the parent construct.
        id: the construct id.
        scaling_target: the target the policy scales.
        adjustment_type: how adjustments are applied (default: the service's ``ChangeInCapacity``).
        cooldown: the wait after a scaling activity (default: the service's).
        metric_aggregation_type: how the metric's data points are aggregated (default: ``Average``).
        min_adjustment_magnitude: the least capacity change of a percentage adjustment (default: none).
        policy_name: the policy's name (default: generated from the construct path).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scaling_target: IScalableTarget,
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
        policy_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._adjustments: list[CfnScalingPolicy.StepAdjustmentProperty] = []
        resource = CfnScalingPolicy(
            self,
            "Resource",
            policy_name=policy_name or Names.unique_id(self),
            policy_type="StepScaling",
            scaling_target_id=target_resource_id(scaling_target),
            step_scaling_policy_configuration=CfnScalingPolicy.StepScalingPolicyConfigurationProperty(
                adjustment_type=_v(adjustment_type),
                cooldown=cooldown.to_seconds() if cooldown else None,
                min_adjustment_magnitude=min_adjustment_magnitude,
                metric_aggregation_type=_v(metric_aggregation_type),
                step_adjustments=Lazy.any(lambda: list(self._adjustments)),
            ),
        )
        self.scaling_policy_arn: str = resource.ref
        """The ARN of the scaling policy."""

    def add_adjustment(
        self,
        *,
        adjustment: int | float,
        lower_bound: int | float | None = None,
        upper_bound: int | float | None = None,
    ) -> None:
        """Add a step adjustment.

        Raises:
            ValidationError: neither bound.
        """
        if lower_bound is None and upper_bound is None:
            raise ValidationError("At least one of lowerBound or upperBound is required", self)
        self._adjustments.append(
            CfnScalingPolicy.StepAdjustmentProperty(
                metric_interval_lower_bound=lower_bound,
                metric_interval_upper_bound=upper_bound,
                scaling_adjustment=adjustment,
            )
        )


@structs.frozen(kw_only=True)
class BasicStepScalingPolicyProps:
    """The properties of a step-scaling policy, without its target (``ScalableTarget.scale_on_metric``).

    Args:
        metric: the metric to scale on.
        scaling_steps: the intervals and their capacity changes (2 to 40).
        adjustment_type: how changes are applied (default: ``CHANGE_IN_CAPACITY``).
        cooldown: the wait after a scaling activity (default: the service's).
        datapoints_to_alarm: how many breaching data points raise an alarm (default: ``evaluation_periods``).
        evaluation_periods: how many periods the alarms evaluate (default: 1).
        metric_aggregation_type: how data points are aggregated (default: from the metric's statistic).
        min_adjustment_magnitude: the least capacity change of a percentage adjustment (default: none).
    """

    metric: IMetric
    scaling_steps: Sequence[ScalingInterval]
    adjustment_type: AdjustmentType | None = None
    cooldown: Duration | None = None
    datapoints_to_alarm: int | float | None = None
    evaluation_periods: int | float | None = None
    metric_aggregation_type: MetricAggregationType | None = None
    min_adjustment_magnitude: int | float | None = None


@structs.frozen(kw_only=True)
class StepScalingPolicyProps(BasicStepScalingPolicyProps):
    """The properties of a ``StepScalingPolicy``.

    Args:
        scaling_target: the target the policy scales.
    """

    scaling_target: IScalableTarget


class _StepScalingAlarmAction:
    def __init__(self, action: StepScalingAction) -> None:
        self._action = action

    def bind(self, scope: Construct, alarm: Any) -> Any:
        from l2.cloudwatch import AlarmActionConfig

        return AlarmActionConfig(alarm_action_arn=self._action.scaling_policy_arn)


def _aggregation_from_metric(metric: IMetric) -> MetricAggregationType | None:
    stat = metric.to_metric_config().metric_stat
    if stat is None:
        return None
    return {
        "Minimum": MetricAggregationType.MINIMUM,
        "Maximum": MetricAggregationType.MAXIMUM,
    }.get(stat.statistic, MetricAggregationType.AVERAGE)


class StepScalingPolicy(Construct):
    """Step scaling on a metric: an alarm and a ``StepScalingAction`` below and/or above the no-change range.

    Args:
        scope: the parent construct.
        id: the construct id.
        scaling_target: the target the policy scales.
        metric: the metric to scale on.
        scaling_steps: the intervals and their capacity changes (2 to 40).
        adjustment_type: how changes are applied (default: ``CHANGE_IN_CAPACITY``).
        cooldown: the wait after a scaling activity (default: the service's).
        datapoints_to_alarm: how many breaching data points raise an alarm (default: ``evaluation_periods``).
        evaluation_periods: how many periods the alarms evaluate (default: 1).
        metric_aggregation_type: how data points are aggregated (default: from the metric's statistic).
        min_adjustment_magnitude: the least capacity change of a percentage adjustment (default: none).

    Raises:
        ValidationError: fewer than 2 or more than 40 steps, or inconsistent ``evaluation_periods`` /
            ``datapoints_to_alarm``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scaling_target: IScalableTarget,
        metric: IMetric,
        scaling_steps: Sequence[ScalingInterval],
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        datapoints_to_alarm: int | float | None = None,
        evaluation_periods: int | float | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        steps = list(scaling_steps)
        if len(steps) < 2:
            raise ValidationError("You must supply at least 2 intervals for autoscaling", scope)
        if len(steps) > 40:
            raise ValidationError(f"'scalingSteps' can have at most 40 steps, got {len(steps)}", scope)
        if evaluation_periods is not None and not Token.is_unresolved(evaluation_periods) and evaluation_periods < 1:
            raise ValidationError(f"evaluationPeriods cannot be less than 1, got: {evaluation_periods}", scope)
        if datapoints_to_alarm is not None:
            if evaluation_periods is None:
                raise ValidationError("evaluationPeriods must be set if datapointsToAlarm is set", scope)
            if not Token.is_unresolved(datapoints_to_alarm) and datapoints_to_alarm < 1:
                raise ValidationError(f"datapointsToAlarm cannot be less than 1, got: {datapoints_to_alarm}", scope)
            if (
                not Token.is_unresolved(datapoints_to_alarm)
                and not Token.is_unresolved(evaluation_periods)
                and evaluation_periods < datapoints_to_alarm
            ):
                raise ValidationError(
                    "datapointsToAlarm must be less than or equal to evaluationPeriods, got datapointsToAlarm: "
                    f"{datapoints_to_alarm}, evaluationPeriods: {evaluation_periods}",
                    scope,
                )
        from l2 import cloudwatch

        adjustment = adjustment_type or AdjustmentType.CHANGE_IN_CAPACITY
        intervals = normalize_intervals(steps, adjustment is AdjustmentType.EXACT_CAPACITY)
        alarms = find_alarm_thresholds(intervals)
        aggregation = metric_aggregation_type or _aggregation_from_metric(metric)
        action_props: dict[str, Any] = {
            "adjustment_type": adjustment,
            "cooldown": cooldown,
            "metric_aggregation_type": aggregation,
            "min_adjustment_magnitude": min_adjustment_magnitude,
            "scaling_target": scaling_target,
        }
        periods: Any = evaluation_periods if evaluation_periods is not None else 1
        datapoints: Any = datapoints_to_alarm
        self.lower_action: StepScalingAction | None = None
        """The action of the lower alarm (``None`` without scale-in steps)."""
        self.lower_alarm: Alarm | None = None
        """The alarm below the no-change range (``None`` without scale-in steps)."""
        self.upper_action: StepScalingAction | None = None
        """The action of the upper alarm (``None`` without scale-out steps)."""
        self.upper_alarm: Alarm | None = None
        """The alarm above the no-change range (``None`` without scale-out steps)."""
        if alarms.lower_alarm_interval_index is not None:
            index = alarms.lower_alarm_interval_index
            threshold = intervals[index].upper
            self.lower_action = StepScalingAction(self, "LowerPolicy", **action_props)
            for i in range(index, -1, -1):
                self.lower_action.add_adjustment(
                    adjustment=_n(intervals[i].change),
                    lower_bound=_n(intervals[i].lower - threshold) if i != 0 else None,
                    upper_bound=_n(intervals[i].upper - threshold),
                )
            self.lower_alarm = cloudwatch.Alarm(
                self,
                "LowerAlarm",
                metric=metric,
                alarm_description="Lower threshold scaling alarm",
                comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
                evaluation_periods=periods,
                datapoints_to_alarm=datapoints,
                threshold=_n(threshold),
            )
            self.lower_alarm.add_alarm_action(_StepScalingAlarmAction(self.lower_action))
        if alarms.upper_alarm_interval_index is not None:
            index = alarms.upper_alarm_interval_index
            threshold = intervals[index].lower
            self.upper_action = StepScalingAction(self, "UpperPolicy", **action_props)
            last = len(intervals) - 1
            for i in range(index, len(intervals)):
                self.upper_action.add_adjustment(
                    adjustment=_n(intervals[i].change),
                    lower_bound=_n(intervals[i].lower - threshold),
                    upper_bound=_n(intervals[i].upper - threshold) if i != last else None,
                )
            self.upper_alarm = cloudwatch.Alarm(
                self,
                "UpperAlarm",
                metric=metric,
                alarm_description="Upper threshold scaling alarm",
                comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                evaluation_periods=periods,
                datapoints_to_alarm=datapoints,
                threshold=_n(threshold),
            )
            self.upper_alarm.add_alarm_action(_StepScalingAlarmAction(self.upper_action))


def _n(x: Any) -> Any:
    """A JavaScript number: integral floats as ints (how the template writes them)."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x
