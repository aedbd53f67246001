"""``SearchExpression``: a SEARCH() expression that finds metrics at display time (dashboards only)."""

from __future__ import annotations

from constructs import Duration, UnscopedValidationError
from constructs.internals import structs

from ._metric import MetricConfig


@structs.frozen(kw_only=True)
class MetricExpressionConfig:
    """The ``search_expression`` part of a ``MetricConfig``."""

    expression: str
    """The SEARCH expression."""
    period: float
    """The period, in seconds."""
    using_metrics: dict[str, object]
    """Always empty for a search expression."""
    search_account: str | None = None
    """The account to search in (default: the dashboard's)."""
    search_region: str | None = None
    """The region to search in (default: the dashboard's)."""


class SearchExpression:
    """A metric search (``SEARCH('{AWS/EC2,InstanceId} MetricName="CPUUtilization"', 'Average', 300)``).

    A search returns any number of time series, so it can only be graphed (``GraphWidget``), never alarmed on.

    Args:
        expression: the SEARCH expression.
        color: the color of the lines (default: automatic).
        label: the label of the series (default: CloudWatch's).
        period: the period (default 5 minutes).
        search_account: the account to search in (default: the dashboard's).
        search_region: the region to search in (default: the dashboard's).
    """

    def __init__(
        self,
        *,
        expression: str,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> None:
        self.expression = expression
        self.label = label
        self.color = color
        self.period: Duration = period or Duration.minutes(5)
        self.search_account = search_account
        self.search_region = search_region
        self.warnings: list[str] | None = None
        self.warnings_v2: dict[str, str] | None = None

    def with_(
        self,
        *,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> SearchExpression:
        """A copy with the given options changed (``self`` if nothing changes)."""
        if (
            (label is None or label == self.label)
            and (color is None or color == self.color)
            and (period is None or period.to_seconds() == self.period.to_seconds())
            and (search_account is None or search_account == self.search_account)
            and (search_region is None or search_region == self.search_region)
        ):
            return self
        return SearchExpression(
            expression=self.expression,
            label=self.label if label is None else label,
            color=self.color if color is None else color,
            period=self.period if period is None else period,
            search_account=self.search_account if search_account is None else search_account,
            search_region=self.search_region if search_region is None else search_region,
        )

    def to_metric_config(self) -> MetricConfig:
        """How this search renders in graphs."""
        return MetricConfig(
            search_expression=MetricExpressionConfig(
                period=self.period.to_seconds(),
                expression=self.expression,
                using_metrics={},
                search_account=self.search_account,
                search_region=self.search_region,
            ),
            rendering_properties={"label": self.label, "color": self.color},
        )

    def to_alarm_config(self) -> None:
        """Search expressions cannot be alarmed on.

        Raises:
            UnscopedValidationError: always.
        """
        raise UnscopedValidationError("Using a search expression is not supported in CloudWatch Alarms.")

    def to_string(self) -> str:
        """The label, or the expression."""
        return self.label or self.expression

    def __str__(self) -> str:
        return self.to_string()
