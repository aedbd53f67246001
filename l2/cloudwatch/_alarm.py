"""``Alarm``: a CloudWatch alarm on a ``Metric``, with its enums and action interfaces."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import cached_property, check_deprecated_props, structs
from l1.cloudwatch import CfnAlarm

from ._dashboard import HorizontalAnnotation
from ._metric import IMetric, Metric
from ._private.numbers import js_number
from ._private.statistic import statistic_fields

if TYPE_CHECKING:
    from ._alarm_mute_rule import AlarmMuteRule, CalendarDateTime, ScheduleExpression


class ComparisonOperator(enum.Enum):
    """How the statistic is compared with the threshold."""

    GREATER_THAN_OR_EQUAL_TO_THRESHOLD = "GreaterThanOrEqualToThreshold"
    GREATER_THAN_THRESHOLD = "GreaterThanThreshold"
    LESS_THAN_THRESHOLD = "LessThanThreshold"
    LESS_THAN_OR_EQUAL_TO_THRESHOLD = "LessThanOrEqualToThreshold"
    LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD = "LessThanLowerOrGreaterThanUpperThreshold"
    GREATER_THAN_UPPER_THRESHOLD = "GreaterThanUpperThreshold"
    LESS_THAN_LOWER_THRESHOLD = "LessThanLowerThreshold"


class TreatMissingData(enum.Enum):
    """How missing data points are treated."""

    BREACHING = "breaching"
    NOT_BREACHING = "notBreaching"
    IGNORE = "ignore"
    MISSING = "missing"


_OPERATOR_SYMBOLS = {
    "GreaterThanOrEqualToThreshold": ">=",
    "GreaterThanThreshold": ">",
    "LessThanThreshold": "<",
    "LessThanOrEqualToThreshold": "<=",
}


@structs.frozen(kw_only=True)
class AlarmActionConfig:
    """What an alarm action binds to: the ARN put in the alarm's action lists.

    Args:
        alarm_action_arn: the ARN of the action (a topic, an Auto Scaling policy, an EC2 action...).
    """

    alarm_action_arn: str


@structs.frozen(kw_only=True)
class AlarmReference:
    """The name and ARN of an alarm (``alarm.alarm_ref``)."""

    alarm_arn: str
    """The alarm's ARN."""
    alarm_name: str
    """The alarm's name."""


@runtime_checkable
class IAlarmRef(Protocol):
    """Anything that references an alarm (``alarm_ref``): every alarm, new or imported."""

    @property
    def alarm_ref(self) -> AlarmReference:
        """The alarm's name and ARN."""
        ...


@runtime_checkable
class IAlarm(Protocol):
    """A CloudWatch alarm (metric, composite or PromQL; new or imported)."""

    @cached_property
    def alarm_arn(self) -> str:
        """The alarm's ARN."""
        ...

    @cached_property
    def alarm_name(self) -> str:
        """The alarm's name."""
        ...

    @property
    def alarm_ref(self) -> AlarmReference:
        """The alarm's name and ARN."""
        ...

    def render_alarm_rule(self) -> str:
        """The alarm as a composite-alarm rule."""
        ...


@runtime_checkable
class IAlarmAction(Protocol):
    """Something an alarm can notify (``bind`` returns its ARN)."""

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """Bind the action to ``alarm``; returns the ARN to put in the alarm's action lists."""
        ...


_ANOMALY_OPERATORS = frozenset({
    "LessThanLowerOrGreaterThanUpperThreshold", "GreaterThanUpperThreshold", "LessThanLowerThreshold",
})


def _is_anomaly_band(metric: Any) -> bool:
    math = metric.to_metric_config().math_expression
    return math is not None and "ANOMALY_DETECTION_BAND" in math.expression


def _value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


def _metric_period(metric: Any) -> Duration:
    stat = metric.to_metric_config().metric_stat
    if stat is not None:
        return stat.period
    return getattr(metric, "period", None) or Duration.minutes(5)


def _describe_period(seconds: float) -> str:
    if seconds == 60:
        return "1 minute"
    if seconds == 1:
        return "1 second"
    if seconds > 60:
        return f"{js_number(seconds / 60)} minutes"
    return f"{js_number(seconds)} seconds"


class AlarmBase(Resource):
    """What every alarm (imported or created) offers: its name and ARN and the action lists."""

    alarm_arn: str
    alarm_name: str

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._alarm_action_arns: list[str] = []
        self._insufficient_data_action_arns: list[str] = []
        self._ok_action_arns: list[str] = []

    @property
    def alarm_ref(self) -> AlarmReference:
        """The alarm's name and ARN."""
        return AlarmReference(alarm_name=self.alarm_name, alarm_arn=self.alarm_arn)

    def render_alarm_rule(self) -> str:
        """The alarm as a composite-alarm rule: ``ALARM("<arn>")``."""
        return f'ALARM("{self.alarm_arn}")'

    def add_alarm_mute_rule(
        self,
        id: str,
        *,
        duration: Duration,
        schedule: ScheduleExpression,
        alarm_mute_rule_name: str | None = None,
        description: str | None = None,
        expire: CalendarDateTime | None = None,
        start: CalendarDateTime | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> AlarmMuteRule:
        """An ``AlarmMuteRule`` (a child of this alarm) that mutes this alarm on ``schedule`` for ``duration``."""
        from ._alarm_mute_rule import AlarmMuteRule

        return AlarmMuteRule(self, id, duration=duration, schedule=schedule, alarm_mute_rule_name=alarm_mute_rule_name,
                             description=description, expire=expire, start=start, tags=tags, alarms=[self])

    def add_alarm_action(self, *actions: IAlarmAction) -> None:
        """Notify ``actions`` when the alarm enters the ALARM state."""
        self._alarm_action_arns.extend(a.bind(self, self).alarm_action_arn for a in actions)

    def add_insufficient_data_action(self, *actions: IAlarmAction) -> None:
        """Notify ``actions`` when the alarm enters the INSUFFICIENT_DATA state."""
        self._insufficient_data_action_arns.extend(a.bind(self, self).alarm_action_arn for a in actions)

    def add_ok_action(self, *actions: IAlarmAction) -> None:
        """Notify ``actions`` when the alarm returns to the OK state."""
        self._ok_action_arns.extend(a.bind(self, self).alarm_action_arn for a in actions)


class _ImportedAlarm(AlarmBase):
    def __init__(self, scope: Construct, id: str, alarm_arn: str) -> None:
        super().__init__(scope, id)
        self.alarm_arn = alarm_arn
        self.alarm_name = Stack.of(scope).split_arn(alarm_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name


class Alarm(AlarmBase):
    """A CloudWatch alarm (``AWS::CloudWatch::Alarm``) on one metric.

    Args:
        metric: the metric to watch.
        evaluation_periods: how many periods are compared with the threshold.
        threshold: the value to compare with.
        comparison_operator: default ``GREATER_THAN_OR_EQUAL_TO_THRESHOLD``.
        datapoints_to_alarm: how many breaching data points trigger the alarm (default: evaluation_periods).
        treat_missing_data: default: CloudWatch's (``missing``).
        alarm_name / alarm_description / actions_enabled / evaluate_low_sample_count_percentile: as in CloudFormation.

    Raises:
        ValidationError: no threshold.
    """

    ANOMALY_DETECTION_NO_THRESHOLD = 0
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudwatch.Alarm"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        metric: IMetric,
        evaluation_periods: int,
        threshold: float | None = None,
        actions_enabled: bool | None = None,
        alarm_description: str | None = None,
        alarm_name: str | None = None,
        comparison_operator: ComparisonOperator | None = None,
        datapoints_to_alarm: int | None = None,
        evaluate_low_sample_count_percentile: str | None = None,
        treat_missing_data: TreatMissingData | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=alarm_name)
        operator = _value(comparison_operator) or ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD.value
        anomaly = operator in _ANOMALY_OPERATORS
        band = _is_anomaly_band(metric)
        self._primary_id: str | None = None
        if anomaly:
            if not band:
                raise ValidationError(
                    f"Anomaly detection operator {operator} requires an ANOMALY_DETECTION_BAND() metric. Use the "
                    "construct AnomalyDetectionAlarm or wrap your metric in an ANOMALY_DETECTION_BAND expression.",
                    self,
                )
            if threshold is not None and threshold != Alarm.ANOMALY_DETECTION_NO_THRESHOLD:
                Annotations.of(self).add_warning_v2(
                    "aws-cdk-lib/aws-cloudwatch:thresholdIgnoredForAnomalyDetection",
                    "threshold is unused for anomaly detection alarms. Use 'Alarm.ANOMALY_DETECTION_NO_THRESHOLD' or "
                    "use the AnomalyDetectionAlarm construct.",
                )
            threshold_value = None
        else:
            if band:
                raise ValidationError(
                    f"Fixed threshold operator {_value(comparison_operator)} can not be used with an "
                    "ANOMALY_DETECTION_BAND() math expression; use an anomaly threshold operator instead.",
                    self,
                )
            if threshold is None:
                raise ValidationError("threshold must be specified for standard alarms", self)
            threshold_value = threshold
        self._return_data_level = 2 if anomaly else 1
        metric_props = self._render_metric(metric)
        self.alarm: CfnAlarm = CfnAlarm(
            self,
            "Resource",
            alarm_description=alarm_description,
            alarm_name=self.physical_name if alarm_name is not None else None,  # core: see report
            comparison_operator=operator,
            threshold=threshold_value,
            threshold_metric_id=self._primary_id if anomaly else None,
            datapoints_to_alarm=datapoints_to_alarm,
            evaluate_low_sample_count_percentile=evaluate_low_sample_count_percentile,
            evaluation_periods=evaluation_periods,
            treat_missing_data=_value(treat_missing_data),
            actions_enabled=actions_enabled,
            alarm_actions=Lazy.list(lambda: list(self._alarm_action_arns), omit_empty=True),
            insufficient_data_actions=Lazy.list(lambda: list(self._insufficient_data_action_arns), omit_empty=True),
            ok_actions=Lazy.list(lambda: list(self._ok_action_arns), omit_empty=True),
            **metric_props,
        )
        self.metric = metric
        if anomaly:
            self._annotation = HorizontalAnnotation(value=Alarm.ANOMALY_DETECTION_NO_THRESHOLD,
                                                    label="Anomaly Detection Band", visible=False)
        else:
            datapoints = datapoints_to_alarm or evaluation_periods
            within = _describe_period(evaluation_periods * _metric_period(metric).to_seconds())
            assert threshold_value is not None
            self._annotation = HorizontalAnnotation(
                label=f"{metric} {_OPERATOR_SYMBOLS.get(operator)} {js_number(threshold_value)} for {datapoints} "
                f"datapoints within {within}",
                value=threshold_value,
            )
        for warning_id, message in (getattr(metric, "warnings_v2", None) or {}).items():
            Annotations.of(self).add_warning_v2(warning_id, message)

    @staticmethod
    def from_alarm_arn(scope: Construct, id: str, alarm_arn: str) -> IAlarm:
        """An existing alarm, by ARN."""
        return _ImportedAlarm(scope, id, alarm_arn)

    @staticmethod
    def from_alarm_name(scope: Construct, id: str, alarm_name: str) -> IAlarm:
        """An existing alarm in this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(
            service="cloudwatch", resource="alarm", resource_name=alarm_name, arn_format=ArnFormat.COLON_RESOURCE_NAME
        )
        return _ImportedAlarm(scope, id, arn)

    @cached_property
    def alarm_arn(self) -> str:  # type: ignore[override]
        """The alarm's ARN (formatted from the name when used from another environment)."""
        return self.get_resource_arn_attribute(self.alarm.attr_arn, {
            "service": "cloudwatch", "resource": "alarm", "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME})

    @cached_property
    def alarm_name(self) -> str:  # type: ignore[override]
        """The alarm's name."""
        return self.get_resource_name_attribute(self.alarm.ref)

    def to_annotation(self) -> HorizontalAnnotation:
        """A horizontal annotation for dashboards: the threshold and a description."""
        return self._annotation

    def _requires_account_id(self, account: str | None) -> bool:
        return account is not None and Stack.of(self).account != account

    def _validate_region(self, stat: Any, metric: Any) -> None:
        stack = Stack.of(self)
        if stat.region and not Token.is_unresolved(stack.region) and stat.region != stack.region:
            raise ValidationError(
                f"Cannot create an Alarm in region '{stack.region}' based on metric '{metric}' in '{stat.region}'", self
            )

    def _stat_query(self, stat: Any, metric: Any, id: str, return_data: bool) -> dict[str, Any]:
        self._validate_region(stat, metric)
        dims = [{"name": d.name, "value": d.value} for d in stat.dimensions] if stat.dimensions else None
        label = (metric.to_metric_config().rendering_properties or {}).get("label")
        return {
            "metric_stat": {
                "metric": {"metric_name": stat.metric_name, "namespace": stat.namespace, "dimensions": dims},
                "period": stat.period.to_seconds(),
                "stat": stat.statistic,
                "unit": _value(stat.unit_filter),
            },
            "id": id,
            "account_id": stat.account if self._requires_account_id(stat.account) else None,
            "label": label,
            "return_data": return_data,
        }

    def _render_math(self, metric: Any) -> dict[str, Any]:
        from ._private.metric_set import MetricSet

        mset = MetricSet()
        mset.add_top_level(True, metric)
        counter = 0
        queries = []
        for entry in mset.entries:
            if entry.id:
                qid = entry.id
            else:
                counter += 1
                qid = f"expr_{counter}"
            return_data = entry.level <= self._return_data_level
            if entry.tag:
                self._primary_id = qid
            conf = entry.metric.to_metric_config()
            if conf.metric_stat is not None:
                queries.append(self._stat_query(conf.metric_stat, entry.metric, qid, return_data))
                continue
            math = conf.math_expression
            if math is None:
                raise ValidationError("Search expressions are not supported in CloudWatch Alarms. Use search "
                                      "expressions only in dashboard graphs.", self)
            if math.search_account is not None or math.search_region is not None:
                raise ValidationError("MathExpressionSearchNotSupportedInAlarms: Cannot create an Alarm based on a "
                                      "MathExpression which specifies a "
                                      "searchAccount or searchRegion", self)
            has_submetrics = bool(math.using_metrics)
            if len(math.using_metrics) > 10:
                raise ValidationError("Alarms on math expressions cannot contain more than 10 individual metrics",
                                      self)
            queries.append({
                "expression": math.expression,
                "id": qid,
                "label": (conf.rendering_properties or {}).get("label"),
                "period": None if has_submetrics else math.period,
                "return_data": return_data,
            })
        return {"metrics": queries}

    def _render_metric(self, metric: Any) -> dict[str, Any]:
        stat = metric.to_metric_config().metric_stat
        if stat is None:
            return self._render_math(metric)
        self._validate_region(stat, metric)
        dims = [{"name": d.name, "value": d.value} for d in stat.dimensions] if stat.dimensions else None
        if metric.label is None and not self._requires_account_id(stat.account):
            return {
                "dimensions": dims,
                "namespace": stat.namespace,
                "metric_name": stat.metric_name,
                "period": stat.period.to_seconds(),
                **statistic_fields(stat.statistic),
                "unit": _value(stat.unit_filter),
            }
        self._primary_id = "m1"
        return {"metrics": [self._stat_query(stat, metric, "m1", True)]}


class AnomalyDetectionAlarm(Alarm):
    """An alarm on the anomaly detection band of a metric (``ThresholdMetricId`` instead of a threshold).

    Args:
        metric: the metric to model.
        evaluation_periods: how many periods are evaluated.
        std_devs: the band's width in standard deviations (default 2).
        comparison_operator: an anomaly operator (default ``LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD``).
        period / statistic: accepted for compatibility and ignored (the band uses the metric's own period).
        Other arguments as for ``Alarm``.

    Raises:
        ValidationError: a fixed-threshold ``comparison_operator``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudwatch.AnomalyDetectionAlarm"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        metric: IMetric,
        evaluation_periods: int,
        std_devs: float | None = None,
        comparison_operator: ComparisonOperator | None = None,
        actions_enabled: bool | None = None,
        alarm_description: str | None = None,
        alarm_name: str | None = None,
        datapoints_to_alarm: int | None = None,
        evaluate_low_sample_count_percentile: str | None = None,
        treat_missing_data: TreatMissingData | None = None,
        period: Duration | None = None,
        statistic: str | None = None,
    ) -> None:
        check_deprecated_props("aws_cloudwatch.AnomalyDetectionAlarmProps", locals())
        operator = comparison_operator or ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD
        # ``period`` and ``statistic`` are accepted and ignored, as in aws-cdk-lib: the band uses the metric's period.
        band = Metric.anomaly_detection_for(metric=metric, std_devs=std_devs,
                                            period=getattr(metric, "period", None) or Duration.minutes(5))
        super().__init__(scope, id, metric=band, evaluation_periods=evaluation_periods, comparison_operator=operator,
                         threshold=Alarm.ANOMALY_DETECTION_NO_THRESHOLD, actions_enabled=actions_enabled,
                         alarm_description=alarm_description, alarm_name=alarm_name,
                         datapoints_to_alarm=datapoints_to_alarm,
                         evaluate_low_sample_count_percentile=evaluate_low_sample_count_percentile,
                         treat_missing_data=treat_missing_data)
        if comparison_operator is not None and _value(comparison_operator) not in _ANOMALY_OPERATORS:
            raise ValidationError(
                f"Must use one of the anomaly detection operators, got {_value(comparison_operator)}", self
            )
