"""``MetricFilter``: turn matching log events into a CloudWatch metric."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Resource, ValidationError
from constructs.internals import structs
from l1.logs import CfnMetricFilter

from ._pattern import IFilterPattern

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit

    from ._interfaces import ILogGroup


@structs.frozen(kw_only=True)
class MetricFilterOptions:
    """The options of ``add_metric_filter`` (see ``MetricFilter``)."""

    filter_pattern: IFilterPattern
    metric_name: str
    metric_namespace: str
    apply_on_transformed_logs: bool | None = None
    default_value: float | None = None
    dimensions: Mapping[str, str] | None = None
    filter_name: str | None = None
    metric_value: str | None = None
    unit: Unit | None = None


@structs.frozen(kw_only=True)
class MetricFilterProps(MetricFilterOptions):
    """The properties of a ``MetricFilter``."""

    log_group: ILogGroup


class MetricFilter(Resource):
    """A metric filter on a log group (``AWS::Logs::MetricFilter``).

    Args:
        log_group: the group to filter.
        filter_pattern: which events count.
        metric_namespace / metric_name: the metric to publish.
        metric_value: the value to publish (default ``"1"``; a ``$.field`` selector for JSON events).
        default_value: published when nothing matches.
        dimensions: up to 3 dimension name → ``$.field`` selectors.
        unit: the metric's unit.
        filter_name: the filter's name.
        apply_on_transformed_logs: filter the transformed events.

    Raises:
        ValidationError: more than 3 dimensions.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.MetricFilter"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group: ILogGroup,
        filter_pattern: IFilterPattern,
        metric_name: str,
        metric_namespace: str,
        apply_on_transformed_logs: bool | None = None,
        default_value: float | None = None,
        dimensions: Mapping[str, str] | None = None,
        filter_name: str | None = None,
        metric_value: str | None = None,
        unit: Unit | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=filter_name)
        self.metric_name = metric_name
        self.metric_namespace = metric_namespace
        if len(dimensions or {}) > 3:
            raise ValidationError(
                f"MetricFilter only supports a maximum of 3 dimensions but received {len(dimensions or {})}.", self
            )
        CfnMetricFilter(
            self,
            "Resource",
            log_group_name=log_group.log_group_name,
            filter_name=self.physical_name if filter_name is not None else None,
            filter_pattern=filter_pattern.log_pattern_string,
            metric_transformations=[
                {
                    "metric_namespace": metric_namespace,
                    "metric_name": metric_name,
                    "metric_value": metric_value if metric_value is not None else "1",
                    "default_value": default_value,
                    "dimensions": [{"key": k, "value": v} for k, v in dimensions.items()] if dimensions else None,
                    "unit": unit.value if isinstance(unit, enum.Enum) else unit,
                }
            ],
            apply_on_transformed_logs=apply_on_transformed_logs,
        )

    def metric(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The metric this filter publishes (``avg`` by default)."""
        from l2.cloudwatch import Metric

        given = {"account": account, "color": color, "dimensions_map": dimensions_map, "id": id, "label": label,
                 "period": period, "region": region, "stack_account": stack_account, "stack_region": stack_region,
                 "statistic": statistic, "unit": unit, "visible": visible}
        props = {k: v for k, v in given.items() if v is not None}
        return Metric(**{"metric_name": self.metric_name, "namespace": self.metric_namespace, "statistic": "avg",
                         **props}).attach_to(self)
