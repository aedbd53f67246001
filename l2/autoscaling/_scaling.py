"""Scaling of an Auto Scaling group: scheduled actions (``Schedule``), target tracking and step scaling policies,
lifecycle hooks and warm pools."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    Construct,
    Duration,
    Lazy,
    Names,
    Resource,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1.autoscaling import CfnLifecycleHook, CfnScalingPolicy, CfnScheduledAction, CfnWarmPool
from l2.autoscaling_common import ScalingInterval
from l2.autoscaling_common._intervals import find_alarm_thresholds, normalize_intervals

if TYPE_CHECKING:
    from constructs import Node
    from l2.autoscaling._common import LifecycleHookReference
    from l2.autoscaling._group import IAutoScalingGroup
    from l2.cloudwatch import Alarm, IMetric
    from l2.iam import IRole


# --- schedules ---------------------------------------------------------------------------------------------------


@structs.frozen(kw_only=True)
class CronOptions:
    """The fields of a cron schedule (each default ``*``; ``day`` and ``week_day`` not together).

    Args:
        day: the day of the month.
        hour: the hour.
        minute: the minute (default ``*``: every minute, with a warning).
        month: the month.
        week_day: the day of the week.
    """

    day: str | None = None
    hour: str | None = None
    minute: str | None = None
    month: str | None = None
    week_day: str | None = None


class Schedule:
    """When a scheduled action runs: ``Schedule.cron(...)`` or ``Schedule.expression("0 8 * * ?")``.

    Args:
        expression_string: the cron expression (``minute hour day month week-day``).
        minute_undefined: whether the schedule was built without a minute (it then runs every minute, with a warning).
    """

    def __init__(self, expression_string: str, minute_undefined: bool = False) -> None:
        self.expression_string = expression_string
        """The cron expression."""
        self._minute_undefined = minute_undefined

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A literal cron expression (``minute hour day month week-day``)."""
        return Schedule(expression)

    @staticmethod
    def cron(
        *,
        day: str | None = None,
        hour: str | None = None,
        minute: str | None = None,
        month: str | None = None,
        week_day: str | None = None,
    ) -> Schedule:
        """A cron schedule from its fields."""
        if week_day is not None and day is not None:
            raise UnscopedValidationError("Cannot supply both 'day' and 'weekDay', use at most one")
        parts = [minute or "*", hour or "*", day or "*", month or "*", week_day or "*"]
        return Schedule(" ".join(parts), minute is None)

    def _bind(self, scope: Construct) -> None:
        if self._minute_undefined:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-autoscaling:scheduleDefaultRunsEveryMinute",
                "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
                "that's what you intend, or 'minute: 0' to run once per hour instead.",
            )


@structs.frozen(kw_only=True)
class BasicScheduledActionProps:
    """A scheduled action without its group.

    Args:
        schedule: when the action runs.
        desired_capacity: the new desired capacity.
        end_time: when the recurring action stops.
        max_capacity: the new maximum capacity.
        min_capacity: the new minimum capacity.
        start_time: when the recurring action starts.
        time_zone: the time zone of ``schedule`` (default UTC).
    """

    schedule: Schedule
    desired_capacity: int | float | None = None
    end_time: datetime.datetime | None = None
    max_capacity: int | float | None = None
    min_capacity: int | float | None = None
    start_time: datetime.datetime | None = None
    time_zone: str | None = None


@structs.frozen(kw_only=True)
class ScheduledActionProps(BasicScheduledActionProps):
    """The properties of a ``ScheduledAction``.

    Args:
        auto_scaling_group: the group.
    """

    auto_scaling_group: IAutoScalingGroup


def _iso(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


class ScheduledAction(Resource):
    """A scheduled change of a group's capacities (``AWS::AutoScaling::ScheduledAction``).

    Args:
        scope: the parent construct.
        id: the construct id.
        auto_scaling_group: the group.
        schedule: when the action runs.
        desired_capacity, min_capacity, max_capacity: the new capacities (at least one).
        start_time, end_time: the window of a recurring action.
        time_zone: the time zone of ``schedule``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-autoscaling.ScheduledAction"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        schedule: Schedule,
        desired_capacity: int | float | None = None,
        end_time: datetime.datetime | None = None,
        max_capacity: int | float | None = None,
        min_capacity: int | float | None = None,
        start_time: datetime.datetime | None = None,
        time_zone: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if min_capacity is None and max_capacity is None and desired_capacity is None:
            raise ValidationError("At least one of minCapacity, maxCapacity, or desiredCapacity is required", self)
        schedule._bind(self)
        resource = CfnScheduledAction(
            self,
            "Resource",
            auto_scaling_group_name=auto_scaling_group.auto_scaling_group_name,
            start_time=_iso(start_time),
            end_time=_iso(end_time),
            min_size=min_capacity,
            max_size=max_capacity,
            desired_capacity=desired_capacity,
            recurrence=schedule.expression_string,
            time_zone=time_zone,
        )
        self.scheduled_action_name: str = resource.attr_scheduled_action_name
        """The name of the scheduled action."""


# --- target tracking -----------------------------------------------------------------------------------------------


class PredefinedMetric(enum.Enum):
    """The predefined metrics target tracking can follow."""

    ASG_AVERAGE_CPU_UTILIZATION = "ASGAverageCPUUtilization"
    ASG_AVERAGE_NETWORK_IN = "ASGAverageNetworkIn"
    ASG_AVERAGE_NETWORK_OUT = "ASGAverageNetworkOut"
    ALB_REQUEST_COUNT_PER_TARGET = "ALBRequestCountPerTarget"


@structs.frozen(kw_only=True)
class BaseTargetTrackingProps:
    """The options of every target tracking policy.

    Args:
        cooldown: the wait between scaling activities (default: the group's).
        disable_scale_in: never scale in (default false).
        estimated_instance_warmup: how long new instances take to count (default: the cooldown).
    """

    cooldown: Duration | None = None
    disable_scale_in: bool | None = None
    estimated_instance_warmup: Duration | None = None


@structs.frozen(kw_only=True)
class BasicTargetTrackingScalingPolicyProps(BaseTargetTrackingProps):
    """A target tracking policy without its group.

    Args:
        target_value: the value to keep the metric at.
        custom_metric: a custom metric (not with ``predefined_metric``).
        predefined_metric: a predefined metric (not with ``custom_metric``).
        resource_label: the ALB/target group label of ``ALB_REQUEST_COUNT_PER_TARGET``.
    """

    target_value: int | float
    custom_metric: IMetric | None = None
    predefined_metric: PredefinedMetric | None = None
    resource_label: str | None = None


@structs.frozen(kw_only=True)
class TargetTrackingScalingPolicyProps(BasicTargetTrackingScalingPolicyProps):
    """The properties of a ``TargetTrackingScalingPolicy``.

    Args:
        auto_scaling_group: the group.
    """

    auto_scaling_group: IAutoScalingGroup


@structs.frozen(kw_only=True)
class CpuUtilizationScalingProps(BaseTargetTrackingProps):
    """Scaling on CPU utilization.

    Args:
        target_utilization_percent: the average CPU utilization to keep.
    """

    target_utilization_percent: int | float


@structs.frozen(kw_only=True)
class NetworkUtilizationScalingProps(BaseTargetTrackingProps):
    """Scaling on network traffic.

    Args:
        target_bytes_per_second: the average bytes per second per instance to keep.
    """

    target_bytes_per_second: int | float


@structs.frozen(kw_only=True)
class RequestCountScalingProps(BaseTargetTrackingProps):
    """Scaling on ALB request count.

    Args:
        target_requests_per_minute: the requests per minute per instance to keep.
    """

    target_requests_per_minute: int | float | None = None


@structs.frozen(kw_only=True)
class MetricTargetTrackingProps(BaseTargetTrackingProps):
    """Scaling to keep a metric at a value.

    Args:
        metric: the metric (a utilization: higher means scale out).
        target_value: the value to keep.
    """

    metric: IMetric
    target_value: int | float


class TargetTrackingScalingPolicy(Construct):
    """A target tracking scaling policy of a group (``AWS::AutoScaling::ScalingPolicy``).

    Args:
        scope: the parent construct.
        id: the construct id.
        auto_scaling_group: the group.
        target_value: the value to keep the metric at.
        custom_metric, predefined_metric: the metric (exactly one).
        resource_label: the ALB/target group label of ``ALB_REQUEST_COUNT_PER_TARGET``.
        cooldown, disable_scale_in, estimated_instance_warmup: see ``BaseTargetTrackingProps``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        target_value: int | float,
        custom_metric: IMetric | None = None,
        predefined_metric: PredefinedMetric | None = None,
        resource_label: str | None = None,
        cooldown: Duration | None = None,
        disable_scale_in: bool | None = None,
        estimated_instance_warmup: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        if (custom_metric is None) == (predefined_metric is None):
            raise ValidationError("Exactly one of 'customMetric' or 'predefinedMetric' must be specified.", self)
        if predefined_metric is PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET and not resource_label:
            raise ValidationError(
                "When tracking the ALBRequestCountPerTarget metric, the ALB identifier must be supplied in "
                "resourceLabel",
                self,
            )
        custom = None
        if custom_metric is not None:
            stat = custom_metric.to_metric_config().metric_stat
            if stat is None:
                raise ValidationError(
                    "Only direct metrics are supported for Target Tracking. Use Step Scaling or supply a Metric "
                    "object.",
                    self,
                )
            custom = CfnScalingPolicy.CustomizedMetricSpecificationProperty(
                dimensions=[CfnScalingPolicy.MetricDimensionProperty(name=d.name, value=d.value)
                            for d in stat.dimensions] if stat.dimensions else None,
                metric_name=stat.metric_name,
                namespace=stat.namespace,
                statistic=stat.statistic,
                unit=stat.unit_filter.value if stat.unit_filter is not None else None,
            )
        self._resource = CfnScalingPolicy(
            self,
            "Resource",
            policy_type="TargetTrackingScaling",
            auto_scaling_group_name=auto_scaling_group.auto_scaling_group_name,
            cooldown=_js(cooldown.to_seconds()) if cooldown is not None else None,
            estimated_instance_warmup=estimated_instance_warmup.to_seconds()
            if estimated_instance_warmup is not None else None,
            target_tracking_configuration=CfnScalingPolicy.TargetTrackingConfigurationProperty(
                customized_metric_specification=custom,
                disable_scale_in=disable_scale_in,
                predefined_metric_specification=CfnScalingPolicy.PredefinedMetricSpecificationProperty(
                    predefined_metric_type=predefined_metric.value, resource_label=resource_label
                ) if predefined_metric is not None else None,
                target_value=target_value,
            ),
        )
        self.scaling_policy_arn: str = self._resource.ref
        """The ARN of the scaling policy."""


def _js(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


# --- step scaling --------------------------------------------------------------------------------------------------


class AdjustmentType(enum.Enum):
    """How a step's ``change`` applies to the capacity."""

    CHANGE_IN_CAPACITY = "ChangeInCapacity"
    PERCENT_CHANGE_IN_CAPACITY = "PercentChangeInCapacity"
    EXACT_CAPACITY = "ExactCapacity"


class MetricAggregationType(enum.Enum):
    """How a step scaling policy aggregates the metric's data points."""

    AVERAGE = "Average"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"


@structs.frozen(kw_only=True)
class AdjustmentTier:
    """One step adjustment; bounds are relative to the alarm threshold.

    Args:
        adjustment: the capacity change.
        lower_bound: the lower bound, inclusive (default minus infinity).
        upper_bound: the upper bound, exclusive (default infinity).
    """

    adjustment: int | float
    lower_bound: int | float | None = None
    upper_bound: int | float | None = None


@structs.frozen(kw_only=True)
class StepScalingActionProps:
    """The properties of a ``StepScalingAction``.

    Args:
        auto_scaling_group: the group.
        adjustment_type: how adjustments apply (default ``CHANGE_IN_CAPACITY``).
        cooldown: deprecated and ignored (not valid with step scaling).
        estimated_instance_warmup: how long new instances take to count (default: the cooldown).
        metric_aggregation_type: how data points are aggregated (default ``Average``).
        min_adjustment_magnitude: the least change of a percentage adjustment.
    """

    auto_scaling_group: IAutoScalingGroup
    adjustment_type: AdjustmentType | None = None
    cooldown: Duration | None = None
    estimated_instance_warmup: Duration | None = None
    metric_aggregation_type: MetricAggregationType | None = None
    min_adjustment_magnitude: int | float | None = None


class StepScalingAction(Construct):
    """A step scaling policy without its alarm (``AWS::AutoScaling::ScalingPolicy``).

    Args:
        scope: the parent construct.
        id: the construct id.
        auto_scaling_group: the group.
        adjustment_type, cooldown, estimated_instance_warmup, metric_aggregation_type, min_adjustment_magnitude:
            see ``StepScalingActionProps``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        estimated_instance_warmup: Duration | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._adjustments: list[Any] = []
        resource = CfnScalingPolicy(
            self,
            "Resource",
            policy_type="StepScaling",
            auto_scaling_group_name=auto_scaling_group.auto_scaling_group_name,
            estimated_instance_warmup=estimated_instance_warmup.to_seconds()
            if estimated_instance_warmup is not None else None,
            adjustment_type=adjustment_type.value if adjustment_type is not None else None,
            min_adjustment_magnitude=min_adjustment_magnitude,
            metric_aggregation_type=metric_aggregation_type.value if metric_aggregation_type is not None else None,
            step_adjustments=Lazy.any(lambda: list(self._adjustments)),
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
        """Add a step adjustment (at least one bound)."""
        if lower_bound is None and upper_bound is None:
            raise ValidationError("At least one of lowerBound or upperBound is required", self)
        self._adjustments.append(CfnScalingPolicy.StepAdjustmentProperty(
            metric_interval_lower_bound=lower_bound,
            metric_interval_upper_bound=upper_bound,
            scaling_adjustment=adjustment,
        ))


@structs.frozen(kw_only=True)
class BasicStepScalingPolicyProps:
    """A step scaling policy without its group.

    Args:
        metric: the metric to scale on.
        scaling_steps: the intervals and their changes (2 to 40).
        adjustment_type: how changes apply (default ``CHANGE_IN_CAPACITY``).
        cooldown: the wait between scaling activities (default: the group's).
        datapoints_to_alarm: breaching data points that raise an alarm (default: ``evaluation_periods``).
        estimated_instance_warmup: how long new instances take to count (default: the cooldown).
        evaluation_periods: the periods the alarms evaluate (default 1).
        metric_aggregation_type: how data points are aggregated (default: from the metric's statistic).
        min_adjustment_magnitude: the least change of a percentage adjustment.
    """

    metric: IMetric
    scaling_steps: Sequence[ScalingInterval]
    adjustment_type: AdjustmentType | None = None
    cooldown: Duration | None = None
    datapoints_to_alarm: int | float | None = None
    estimated_instance_warmup: Duration | None = None
    evaluation_periods: int | float | None = None
    metric_aggregation_type: MetricAggregationType | None = None
    min_adjustment_magnitude: int | float | None = None


@structs.frozen(kw_only=True)
class StepScalingPolicyProps(BasicStepScalingPolicyProps):
    """The properties of a ``StepScalingPolicy``.

    Args:
        auto_scaling_group: the group.
    """

    auto_scaling_group: IAutoScalingGroup


class _StepAlarmAction:
    def __init__(self, action: StepScalingAction) -> None:
        self._action = action

    def bind(self, scope: Construct, alarm: Any) -> Any:
        from l2.cloudwatch import AlarmActionConfig

        return AlarmActionConfig(alarm_action_arn=self._action.scaling_policy_arn)


def _aggregation(metric: IMetric) -> MetricAggregationType | None:
    stat = metric.to_metric_config().metric_stat
    if stat is None:
        return None
    return {
        "Minimum": MetricAggregationType.MINIMUM,
        "Maximum": MetricAggregationType.MAXIMUM,
    }.get(stat.statistic, MetricAggregationType.AVERAGE)


def _n(x: Any) -> Any:
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


class StepScalingPolicy(Construct):
    """Step scaling on a metric: alarms below and/or above the no-change range, each with a
    ``StepScalingAction``.

    Args:
        scope: the parent construct.
        id: the construct id.
        auto_scaling_group: the group.
        metric, scaling_steps, adjustment_type, cooldown, datapoints_to_alarm, estimated_instance_warmup,
        evaluation_periods, metric_aggregation_type, min_adjustment_magnitude: see ``BasicStepScalingPolicyProps``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        metric: IMetric,
        scaling_steps: Sequence[ScalingInterval],
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        datapoints_to_alarm: int | float | None = None,
        estimated_instance_warmup: Duration | None = None,
        evaluation_periods: int | float | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        steps = list(scaling_steps)
        if len(steps) < 2:
            raise ValidationError("You must supply at least 2 intervals for autoscaling", self)
        if datapoints_to_alarm is not None and datapoints_to_alarm < 1:
            raise ValidationError(f"datapointsToAlarm cannot be less than 1, got: {_js(datapoints_to_alarm)}", self)
        from l2 import cloudwatch

        adjustment = adjustment_type or AdjustmentType.CHANGE_IN_CAPACITY
        intervals = normalize_intervals(steps, adjustment is AdjustmentType.EXACT_CAPACITY)
        alarms = find_alarm_thresholds(intervals)
        action_props: dict[str, Any] = {
            "auto_scaling_group": auto_scaling_group,
            "adjustment_type": adjustment,
            "cooldown": cooldown,
            "estimated_instance_warmup": estimated_instance_warmup,
            "metric_aggregation_type": metric_aggregation_type or _aggregation(metric),
            "min_adjustment_magnitude": min_adjustment_magnitude,
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
                self, "LowerAlarm", metric=metric, alarm_description="Lower threshold scaling alarm",
                comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
                evaluation_periods=periods, datapoints_to_alarm=datapoints, threshold=_n(threshold),
            )
            self.lower_alarm.add_alarm_action(_StepAlarmAction(self.lower_action))
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
                self, "UpperAlarm", metric=metric, alarm_description="Upper threshold scaling alarm",
                comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                evaluation_periods=periods, datapoints_to_alarm=datapoints, threshold=_n(threshold),
            )
            self.upper_alarm.add_alarm_action(_StepAlarmAction(self.upper_action))


# --- lifecycle hooks -----------------------------------------------------------------------------------------------


class DefaultResult(enum.Enum):
    """What happens when a lifecycle hook times out."""

    CONTINUE = "CONTINUE"
    ABANDON = "ABANDON"


class LifecycleTransition(enum.Enum):
    """The transition a lifecycle hook pauses."""

    INSTANCE_LAUNCHING = "autoscaling:EC2_INSTANCE_LAUNCHING"
    INSTANCE_TERMINATING = "autoscaling:EC2_INSTANCE_TERMINATING"


@runtime_checkable
class ILifecycleHook(Protocol):
    """A lifecycle hook."""

    @property
    def role(self) -> IRole:
        """The role the service uses to notify the hook's target."""
        ...

    @property
    def node(self) -> Node:
        """The construct node."""
        ...


@structs.frozen(kw_only=True)
class BindHookTargetOptions:
    """The input of ``ILifecycleHookTarget.bind``.

    Args:
        lifecycle_hook: the hook.
        role: the role the service uses (default: the target creates one).
    """

    lifecycle_hook: LifecycleHook
    role: IRole | None = None


@structs.frozen(kw_only=True)
class LifecycleHookTargetConfig:
    """What a lifecycle hook target binds to.

    Args:
        notification_target_arn: the ARN notified.
        created_role: the role the target created (default none).
    """

    notification_target_arn: str
    created_role: IRole | None = None


@runtime_checkable
class ILifecycleHookTarget(Protocol):
    """Where a lifecycle hook sends its notifications (``autoscaling_hooktargets``)."""

    def bind(self, scope: Construct, *, lifecycle_hook: LifecycleHook,
             role: IRole | None = None) -> LifecycleHookTargetConfig:
        """Bind to the hook; returns the target ARN and any role created."""
        ...


@structs.frozen(kw_only=True)
class BasicLifecycleHookProps:
    """A lifecycle hook without its group.

    Args:
        lifecycle_transition: the transition paused.
        default_result: the outcome on timeout (default ``CONTINUE``).
        heartbeat_timeout: how long the instance waits (default: the service's 1 hour).
        lifecycle_hook_name: the name (default: generated).
        notification_metadata: data passed to the target.
        notification_target: the target (default none).
        role: the role the service uses (needs ``notification_target``; default: one the target creates).
    """

    lifecycle_transition: LifecycleTransition
    default_result: DefaultResult | None = None
    heartbeat_timeout: Duration | None = None
    lifecycle_hook_name: str | None = None
    notification_metadata: str | None = None
    notification_target: ILifecycleHookTarget | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class LifecycleHookProps(BasicLifecycleHookProps):
    """The properties of a ``LifecycleHook``.

    Args:
        auto_scaling_group: the group.
    """

    auto_scaling_group: IAutoScalingGroup


class LifecycleHook(Resource):
    """A lifecycle hook of a group (``AWS::AutoScaling::LifecycleHook``).

    Args:
        scope: the parent construct.
        id: the construct id.
        auto_scaling_group: the group.
        lifecycle_transition, default_result, heartbeat_timeout, lifecycle_hook_name, notification_metadata,
        notification_target, role: see ``BasicLifecycleHookProps``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-autoscaling.LifecycleHook"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        lifecycle_transition: LifecycleTransition,
        default_result: DefaultResult | None = None,
        heartbeat_timeout: Duration | None = None,
        lifecycle_hook_name: str | None = None,
        notification_metadata: str | None = None,
        notification_target: ILifecycleHookTarget | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=lifecycle_hook_name)
        target = notification_target.bind(self, lifecycle_hook=self, role=role) if notification_target else None
        if role is not None:
            self._role: IRole | None = role
            if notification_target is None:
                raise ValidationError(
                    "'notificationTarget' parameter required when 'role' parameter is specified", self
                )
        else:
            self._role = target.created_role if target is not None else None
        resource = CfnLifecycleHook(
            self,
            "Resource",
            auto_scaling_group_name=auto_scaling_group.auto_scaling_group_name,
            default_result=default_result.value if default_result is not None else None,
            heartbeat_timeout=heartbeat_timeout.to_seconds() if heartbeat_timeout is not None else None,
            lifecycle_hook_name=self.physical_name,
            lifecycle_transition=lifecycle_transition.value,
            notification_metadata=notification_metadata,
            notification_target_arn=target.notification_target_arn if target is not None else None,
            role_arn=self._role.role_arn if self._role is not None else None,
        )
        if self._role is not None:
            resource.node.add_dependency(self._role)
        self.lifecycle_hook_name: str = resource.ref
        """The name of the hook."""
        self._group_name = auto_scaling_group.auto_scaling_group_name

    @property
    def lifecycle_hook_ref(self) -> LifecycleHookReference:
        """A reference to this hook (its group's name and its name)."""
        from l2.autoscaling._common import LifecycleHookReference

        return LifecycleHookReference(
            auto_scaling_group_name=self._group_name, lifecycle_hook_name=self.lifecycle_hook_name
        )

    @property
    def role(self) -> IRole:
        """The role the service uses to notify the target."""
        if self._role is None:
            raise ValidationError(
                "'role' is undefined. Please specify a 'role' or specify a 'notificationTarget' to have a role "
                "provided for you.",
                self,
            )
        return self._role


# --- warm pools ----------------------------------------------------------------------------------------------------


class PoolState(enum.Enum):
    """The state of instances in a warm pool."""

    HIBERNATED = "Hibernated"
    RUNNING = "Running"
    STOPPED = "Stopped"


@structs.frozen(kw_only=True)
class WarmPoolOptions:
    """The options of a warm pool.

    Args:
        max_group_prepared_capacity: the most instances in the group and the pool (default: the group's max).
        min_size: the least instances in the pool (default 0).
        pool_state: the state of pooled instances (default ``STOPPED``).
        reuse_on_scale_in: return instances to the pool on scale-in (default false).
    """

    max_group_prepared_capacity: int | float | None = None
    min_size: int | float | None = None
    pool_state: PoolState | None = None
    reuse_on_scale_in: bool | None = None


@structs.frozen(kw_only=True)
class WarmPoolProps(WarmPoolOptions):
    """The properties of a ``WarmPool``.

    Args:
        auto_scaling_group: the group.
    """

    auto_scaling_group: IAutoScalingGroup


class WarmPool(Resource):
    """A pool of pre-initialized instances beside a group (``AWS::AutoScaling::WarmPool``).

    Args:
        scope: the parent construct.
        id: the construct id.
        auto_scaling_group: the group.
        max_group_prepared_capacity, min_size, pool_state, reuse_on_scale_in: see ``WarmPoolOptions``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-autoscaling.WarmPool"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        max_group_prepared_capacity: int | float | None = None,
        min_size: int | float | None = None,
        pool_state: PoolState | None = None,
        reuse_on_scale_in: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=Lazy.string(lambda: Names.unique_id(self)))
        if max_group_prepared_capacity and max_group_prepared_capacity < -1:
            raise ValidationError("'maxGroupPreparedCapacity' parameter should be greater than or equal to -1", self)
        if min_size and min_size < 0:
            raise ValidationError("'minSize' parameter should be greater than or equal to 0", self)
        CfnWarmPool(
            self,
            "Resource",
            auto_scaling_group_name=auto_scaling_group.auto_scaling_group_name,
            instance_reuse_policy=CfnWarmPool.InstanceReusePolicyProperty(reuse_on_scale_in=reuse_on_scale_in)
            if reuse_on_scale_in is not None else None,
            max_group_prepared_capacity=max_group_prepared_capacity,
            min_size=min_size,
            pool_state=pool_state.value if pool_state is not None else None,
        )

