"""``Metric``: a CloudWatch metric (namespace, name, dimensions, statistic, period)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Duration, Stack, Token, UnscopedValidationError
from constructs.internals import protocols, structs

from ._private.statistic import normalize_statistic, parse_statistic, statistic_fields
from ._stats import Stats, Unit

if TYPE_CHECKING:
    from constructs import Construct
    from l2.cloudwatch._math_expression import MathExpressionConfig
    from l2.cloudwatch._search_expression import MetricExpressionConfig
    from l2.iam import Grant, IGrantable

    from ._alarm import Alarm, ComparisonOperator, TreatMissingData
    from ._math_expression import MathExpression

_UNSET: Any = object()


@structs.frozen(kw_only=True)
class Dimension:
    """A metric dimension (name and value).

    Args:
        name: the dimension's name.
        value: the dimension's value.
    """

    name: str
    value: Any


@structs.frozen(kw_only=True)
class MetricStatConfig:
    """The ``metric_stat`` part of a ``MetricConfig``.

    Args:
        account: the account the metric is in (default the stack's).
        account_override: the account set on the metric itself, not taken from the stack (default no override).
        dimensions: the metric's dimensions (default none).
        metric_name: the metric's name.
        namespace: the metric's namespace.
        period: the length of each data point's aggregation window.
        region: the region the metric is in (default the stack's).
        region_override: the region set on the metric itself, not taken from the stack (default no override).
        statistic: the statistic, e.g. ``Average`` or ``p99``.
        unit_filter: only data points reported in this unit (default all units).
    """

    metric_name: str
    namespace: str
    period: Duration
    statistic: str
    dimensions: list[Dimension] | None = None
    unit_filter: Unit | None = None
    account: str | None = None
    region: str | None = None
    account_override: str | None = None
    region_override: str | None = None


@structs.frozen(kw_only=True)
class MetricConfig:
    """How a metric is rendered (``Metric.to_metric_config()``): exactly one of the three parts is set."""

    metric_stat: MetricStatConfig | None = None
    """A metric: namespace, name, dimensions, statistic and period."""
    math_expression: MathExpressionConfig | None = None
    """A ``MathExpressionConfig``: an expression over other metrics."""
    search_expression: MetricExpressionConfig | None = None
    """A ``MetricExpressionConfig``: a SEARCH expression (dashboards only)."""
    rendering_properties: Mapping[str, object] | None = None
    """Graph options (label, color, id, visible)."""


@runtime_checkable
class IMetric(Protocol, metaclass=protocols.OptionalMembersMeta):
    """Anything that can be graphed or alarmed on: ``Metric``, ``MathExpression``, ``SearchExpression``.

    ``warnings`` and ``warnings_v2`` are optional (a user metric may leave them out).
    """

    if not TYPE_CHECKING:  # not a member for mypy
        __optional_members__ = frozenset({"warnings", "warnings_v2"})

    warnings: list[str] | None
    warnings_v2: dict[str, str] | None

    def to_metric_config(self) -> MetricConfig:
        """How the metric renders in alarms and graphs."""
        ...


def _validate_dimensions(dims: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    if not dims:
        return dims
    if len(dims) > 30:
        raise UnscopedValidationError(f"The maximum number of dimensions is 30, received {len(dims)}")
    for key, value in dims.items():
        if value is None:
            raise UnscopedValidationError(f"Dimension value of 'undefined' is invalid for key: {key}")
        if not 1 <= len(key) <= 255:
            raise UnscopedValidationError(f"Dimension name must be at least 1 and no more than 255 characters; received {key}")
        if isinstance(value, str) and not 1 <= len(value) <= 255:
            raise UnscopedValidationError(f"Dimension value must be at least 1 and no more than 255 characters; received {value}")
    return dims


class Metric:
    """A metric emitted by a service or by your application.

    Args:
        metric_name: the metric's name.
        namespace: the metric's namespace (``AWS/Lambda``, ...).
        dimensions_map: dimension name → value.
        period: the aggregation period (default: 5 minutes); 1, 5, 10, 30 seconds or a multiple of 60.
        statistic: the aggregation (default: ``Stats.AVERAGE``); see ``Stats``.
        unit: only consider data points with this unit.
        label / color / id / visible: graph rendering options; a label makes alarms use ``Metrics``.
        account / region: the account and region the metric lives in (default: the stack's).
        stack_account / stack_region: the deploying stack's environment (set by ``attach_to``).

    Raises:
        UnscopedValidationError: an invalid period or dimension.
    """

    def __init__(
        self,
        *,
        metric_name: str,
        namespace: str,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        id: str | None = None,
        visible: bool | None = None,
    ) -> None:
        self.period: Duration = period or Duration.minutes(5)
        seconds = self.period.to_seconds()
        if seconds not in (1, 5, 10, 30) and seconds % 60 != 0:
            raise UnscopedValidationError(
                f"'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received {seconds}"
            )
        self.dimensions: Mapping[str, Any] | None = _validate_dimensions(dimensions_map)
        self.namespace = namespace
        self.metric_name = metric_name
        self.warnings: list[str] | None = None
        self.warnings_v2: dict[str, str] | None = None
        raw_stat = getattr(statistic, "value", statistic) or Stats.AVERAGE
        if parse_statistic(raw_stat)[0] == "unparseable":
            lbl = f', label "{label}"' if label else ""
            warning = (
                f'Unrecognized statistic "{raw_stat}" for metric with namespace "{namespace}"{lbl} and metric name '
                f'"{metric_name}". Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. '
                "You can ignore this warning if your statistic is valid but not yet supported by the "
                "`aws_cloudwatch.Stats` helper class."
            )
            self.warnings_v2 = {"CloudWatch:Alarm:UnrecognizedStatistic": warning}
            self.warnings = [warning]
        self.statistic: str = normalize_statistic(raw_stat)
        self.label = label
        self.color = color
        self.id = id
        self.visible = visible
        self.unit = unit
        self._account_override = account
        self._region_override = region
        self._stack_account = stack_account
        self._stack_region = stack_region

    @property
    def account(self) -> str | None:
        """The account the metric lives in, if known."""
        return self._account_override or self._stack_account

    @property
    def region(self) -> str | None:
        """The region the metric lives in, if known."""
        return self._region_override or self._stack_region

    def with_(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        id: str | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A copy of this metric with the given options changed (``self`` if nothing changes)."""
        unchanged = (
            (label is None or label == self.label)
            and (color is None or color == self.color)
            and (id is None or id == self.id)
            and (visible is None or visible == self.visible)
            and (statistic is None or statistic == self.statistic)
            and (unit is None or unit == self.unit)
            and (account is None or account == self._account_override)
            and (region is None or region == self._region_override)
            and (stack_account is None or stack_account == self._stack_account)
            and (stack_region is None or stack_region == self._stack_region)
            and dimensions_map is None
            and (period is None or period.to_seconds() == self.period.to_seconds())
        )
        if unchanged:
            return self

        def pick(new: Any, old: Any) -> Any:
            return old if new is None else new

        return Metric(
            dimensions_map=dimensions_map if dimensions_map is not None else self.dimensions,
            namespace=self.namespace,
            metric_name=self.metric_name,
            period=pick(period, self.period),
            statistic=pick(statistic, self.statistic),
            unit=pick(unit, self.unit),
            label=pick(label, self.label),
            color=pick(color, self.color),
            id=pick(id, self.id),
            visible=pick(visible, self.visible),
            account=pick(account, self._account_override),
            region=pick(region, self._region_override),
            stack_account=pick(stack_account, self._stack_account),
            stack_region=pick(stack_region, self._stack_region),
        )

    def attach_to(self, scope: Construct) -> Metric:
        """This metric, placed in the account and region of ``scope``'s stack (when they are concrete)."""
        stack = Stack.of(scope)
        return self.with_(
            stack_account=None if Token.is_unresolved(stack.account) else stack.account,
            stack_region=None if Token.is_unresolved(stack.region) else stack.region,
        )

    def dimensions_as_list(self) -> list[Dimension]:
        """The dimensions sorted by name."""
        dims = self.dimensions
        if not dims:
            return []
        return [Dimension(name=k, value=dims[k]) for k in sorted(dims)]

    def to_metric_config(self) -> MetricConfig:
        """How this metric renders in alarms and graphs."""
        dims = self.dimensions_as_list()
        return MetricConfig(
            metric_stat=MetricStatConfig(
                dimensions=dims or None,
                namespace=self.namespace,
                metric_name=self.metric_name,
                period=self.period,
                statistic=self.statistic,
                unit_filter=self.unit,
                account=self.account,
                region=self.region,
                account_override=self._account_override,
                region_override=self._region_override,
            ),
            rendering_properties={"color": self.color, "label": self.label, "id": self.id, "visible": self.visible},
        )

    def to_alarm_config(self) -> dict[str, Any]:
        """The alarm properties of this metric (deprecated in CDK; kept for compatibility)."""
        stat = self.to_metric_config().metric_stat
        assert stat is not None
        return {
            "dimensions": stat.dimensions,
            "namespace": stat.namespace,
            "metric_name": stat.metric_name,
            "period": stat.period.to_seconds(),
            **statistic_fields(stat.statistic),
            "unit": self.unit,
        }

    def create_alarm(
        self,
        scope: Construct,
        id: str,
        *,
        evaluation_periods: int,
        threshold: float,
        actions_enabled: bool | None = None,
        alarm_description: str | None = None,
        alarm_name: str | None = None,
        comparison_operator: ComparisonOperator | None = None,
        datapoints_to_alarm: int | None = None,
        evaluate_low_sample_count_percentile: str | None = None,
        treat_missing_data: TreatMissingData | None = None,
    ) -> Alarm:
        """An ``Alarm`` on this metric."""
        from ._alarm import Alarm

        return Alarm(
            scope,
            id,
            metric=self,
            alarm_name=alarm_name,
            alarm_description=alarm_description,
            comparison_operator=comparison_operator,
            datapoints_to_alarm=datapoints_to_alarm,
            threshold=threshold,
            evaluation_periods=evaluation_periods,
            evaluate_low_sample_count_percentile=evaluate_low_sample_count_percentile,
            treat_missing_data=treat_missing_data,
            actions_enabled=actions_enabled,
        )

    @staticmethod
    def anomaly_detection_for(
        *,
        metric: IMetric,
        std_devs: float | None = None,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> MathExpression:
        """``ANOMALY_DETECTION_BAND(m0, <std_devs or 2>)`` over ``metric``, labelled "Anomaly Detection Band".

        Raises:
            UnscopedValidationError: ``std_devs`` is not positive.
        """
        from ._math_expression import MathExpression
        from ._private.numbers import js_number

        if std_devs is not None and std_devs <= 0:
            raise UnscopedValidationError("stdDevs must be greater than 0")
        return MathExpression(
            expression=f"ANOMALY_DETECTION_BAND(m0, {js_number(std_devs if std_devs is not None else 2)})",
            using_metrics={"m0": metric},
            period=period,
            label=label if label is not None else "Anomaly Detection Band",
            color=color,
            search_account=search_account,
            search_region=search_region,
        )

    @staticmethod
    def grant_put_metric_data(grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to call ``cloudwatch:PutMetricData`` (on ``*``)."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=["cloudwatch:PutMetricData"], resource_arns=["*"])

    def to_string(self) -> str:
        """The label, or the metric name."""
        return self.label or self.metric_name

    def __str__(self) -> str:
        return self.to_string()
