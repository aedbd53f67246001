"""``MetricFilter``: turn matching log events into a CloudWatch metric."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Resource, ValidationError
from l1.logs import CfnMetricFilter

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit

    from ._log_group import LogGroupBase
    from ._pattern import IFilterPattern


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

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group: LogGroupBase,
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

    def metric(self, **props: Any) -> Metric:
        """The metric this filter publishes (``avg`` by default)."""
        from l2.cloudwatch import Metric

        return Metric(**{"metric_name": self.metric_name, "namespace": self.metric_namespace, "statistic": "avg",
                         **props}).attach_to(self)
