"""The CloudWatch metric methods of instances and clusters (namespace ``AWS/RDS``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from l2._private.metric_options import given_options

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import Metric, Unit


def metric(
    owner: Any, dimensions: dict[str, str], metric_name: str, options: dict[str, Any]
) -> Metric:
    """``cloudwatch.Metric`` ``AWS/RDS``/``metric_name`` with ``dimensions`` and ``options``, attached to ``owner``."""
    from l2 import cloudwatch

    props: dict[str, Any] = {"namespace": "AWS/RDS", "metric_name": metric_name, "dimensions_map": dimensions}
    props.update(options)
    return cloudwatch.Metric(**props).attach_to(owner)


def canned(metric_name: str, doc: str) -> Callable[..., Metric]:
    """A method returning ``self.metric(metric_name, statistic="Average", ...)``."""

    def method(
        self: Any,
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
        options = given_options(locals(), "metric_name")
        result: Metric = self.metric(metric_name, **{"statistic": "Average", **options})
        return result

    method.__doc__ = f"{doc} (Average over 5 minutes; the keywords are aws-cdk-lib's ``MetricOptions``)."
    return method
