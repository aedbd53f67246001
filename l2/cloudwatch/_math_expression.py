"""``MathExpression``: a metric computed from other metrics (``m1 + m2``, ``ANOMALY_DETECTION_BAND(m0)``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Duration, Token, UnscopedValidationError
from constructs.internals import structs

from ._metric import IMetric, MetricConfig

if TYPE_CHECKING:
    from constructs import Construct

    from ._alarm import Alarm, ComparisonOperator, TreatMissingData

_VALID_VARIABLE = re.compile(r"^[a-z][a-zA-Z0-9_]*$")
_FIND_VARIABLE = re.compile(r"[a-z][a-zA-Z0-9_]*")
_TOKEN_MARKER = re.compile(r"\$\{Token\[[^\]]+\]\}")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_SPECIAL_FUNCTIONS = re.compile(r"\b(INSIGHT_RULE_METRIC|SELECT|SEARCH|METRICS)\b")


@structs.frozen(kw_only=True)
class MathExpressionConfig:
    """The ``math_expression`` part of a ``MetricConfig``.

    Args:
        expression: the math expression.
        period: the aggregation window of the metrics it uses.
        search_account: the account a ``SEARCH`` expression searches (default the stack's).
        search_region: the region a ``SEARCH`` expression searches (default the stack's).
        using_metrics: the metrics the expression refers to, by name.
    """

    expression: str
    period: float
    using_metrics: Mapping[str, IMetric]
    search_account: str | None = None
    search_region: str | None = None


def _identifiers(expression: str) -> list[str]:
    text = _QUOTED.sub("", _TOKEN_MARKER.sub("", expression))
    return _FIND_VARIABLE.findall(text)


class MathExpression:
    """A metric math expression over ``using_metrics`` (id → metric).

    Args:
        expression: the expression; identifiers refer to keys of ``using_metrics``.
        using_metrics: the metrics the expression uses (their periods are set to ``period``).
        period: the aggregation period (default 5 minutes).
        label / color: rendering options.
        search_account / search_region: for SEARCH expressions in dashboards.

    Raises:
        UnscopedValidationError: an identifier that does not start with a lower-case letter.
    """

    def __init__(
        self,
        *,
        expression: str,
        using_metrics: Mapping[str, IMetric] | None = None,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> None:
        self.period: Duration = period or Duration.minutes(5)
        self.expression = expression
        self.label = label
        self.color = color
        self.search_account = search_account
        self.search_region = search_region
        overridden = False
        metrics: dict[str, Any] = {}
        for key, metric in (using_metrics or {}).items():
            if not hasattr(metric, "with_"):
                raise UnscopedValidationError(f"Metric object should also implement 'with': {metric}")
            own = getattr(metric, "period", None)
            if own is not None and own.to_seconds() not in (300, self.period.to_seconds()):
                overridden = True
            metrics[key] = metric.with_(period=self.period)
        self.using_metrics: dict[str, Any] = metrics
        invalid = [k for k in metrics if not Token.is_unresolved(k) and not _VALID_VARIABLE.match(k)]
        if invalid:
            raise UnscopedValidationError(
                f"Invalid variable names in expression: {','.join(invalid)}. Must start with lowercase letter and "
                "only contain alphanumerics."
            )
        self._validate_no_id_conflicts()
        warnings: dict[str, str] = {}
        if overridden:
            warnings["CloudWatch:Math:MetricsPeriodsOverridden"] = (
                f"Periods of metrics in 'usingMetrics' for Math expression '{expression}' have been overridden to "
                f"{self.period.to_seconds()} seconds."
            )
        missing = [i for i in _identifiers(expression) if i not in metrics]
        if not _SPECIAL_FUNCTIONS.search(expression.upper()) and missing:
            warnings["CloudWatch:Math:UnknownIdentifier"] = (
                f"Math expression '{expression}' references unknown identifiers: {', '.join(missing)}. Please add "
                "them to the 'usingMetrics' map."
            )
        for metric in metrics.values():
            warnings.update(getattr(metric, "warnings_v2", None) or {})
        self.warnings_v2: dict[str, str] | None = warnings or None
        self.warnings: list[str] | None = list(warnings.values()) or None

    def _validate_no_id_conflicts(self) -> None:
        """One id must name one metric throughout nested expressions (as aws-cdk-lib checks)."""
        from ._private.metric_set import metric_key

        seen: dict[str, Any] = {}

        def visit(metric: Any) -> None:
            conf = metric.to_metric_config()
            if conf.math_expression is not None:
                for sub_id, sub in conf.math_expression.using_metrics.items():
                    existing = seen.get(sub_id)
                    if existing is not None and metric_key(existing) != metric_key(sub):
                        raise UnscopedValidationError(
                            f"The ID '{sub_id}' used for two metrics in the expression: '{sub}' and '{existing}'. "
                            "Rename one."
                        )
                    seen[sub_id] = sub
                    visit(sub)
            elif conf.search_expression is not None and conf.search_expression.using_metrics:
                raise UnscopedValidationError(
                    f"Search expression '{conf.search_expression.expression}' should not contain any 'usingMetrics'."
                )

        visit(self)

    def with_(
        self,
        *,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> MathExpression:
        """A copy with the given options changed (``self`` if nothing changes)."""
        if (
            (label is None or label == self.label)
            and (color is None or color == self.color)
            and (period is None or period.to_seconds() == self.period.to_seconds())
            and (search_account is None or search_account == self.search_account)
            and (search_region is None or search_region == self.search_region)
        ):
            return self
        return MathExpression(
            expression=self.expression,
            using_metrics=self.using_metrics,
            label=self.label if label is None else label,
            color=self.color if color is None else color,
            period=self.period if period is None else period,
            search_account=self.search_account if search_account is None else search_account,
            search_region=self.search_region if search_region is None else search_region,
        )

    def to_metric_config(self) -> MetricConfig:
        """How this expression renders in alarms and graphs."""
        return MetricConfig(
            math_expression=MathExpressionConfig(
                period=self.period.to_seconds(),
                expression=self.expression,
                using_metrics=self.using_metrics,
                search_account=self.search_account,
                search_region=self.search_region,
            ),
            rendering_properties={"label": self.label, "color": self.color},
        )

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
        """An ``Alarm`` on this expression."""
        from ._alarm import Alarm

        return Alarm(scope, id, metric=self, alarm_name=alarm_name, alarm_description=alarm_description,
                     comparison_operator=comparison_operator, datapoints_to_alarm=datapoints_to_alarm,
                     threshold=threshold, evaluation_periods=evaluation_periods,
                     evaluate_low_sample_count_percentile=evaluate_low_sample_count_percentile,
                     treat_missing_data=treat_missing_data, actions_enabled=actions_enabled)

    def to_string(self) -> str:
        """The label, or the expression."""
        return self.label or self.expression

    def __str__(self) -> str:
        return self.to_string()
