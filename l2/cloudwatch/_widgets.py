"""More dashboard widgets: gauge, table, custom (Lambda), log query and alarm status."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Aws, Duration, Stack, UnscopedValidationError
from constructs.internals import structs

from ._composite_alarm import AlarmState
from ._dashboard import (
    ConcreteWidget,
    HorizontalAnnotation,
    LegendPosition,
    Shading,
    YAxisProps,
    _in_order,
    _struct,
)
from ._metric import IMetric
from ._private.graph_json import all_metrics_graph_json

if TYPE_CHECKING:
    from ._alarm import IAlarmRef


def _widget(widget: ConcreteWidget, kind: str, properties: dict[str, Any]) -> list[Any]:
    return [{"type": kind, "width": widget.width, "height": widget.height, "x": widget.x, "y": widget.y,
             "properties": properties}]


def _check_start_end(start: str | None, end: str | None) -> None:
    if end is not None and start is None:
        raise UnscopedValidationError("If you specify a value for end, you must also specify a value for start.")


def _annotation_json(a: HorizontalAnnotation) -> dict[str, Any]:
    return {"value": a.value, "color": a.color, "fill": a.fill.value if a.fill else None, "label": a.label,
            "visible": a.visible}


class GaugeWidget(ConcreteWidget):
    """A gauge of metrics (default 6 x 6); the axis defaults to 0-100.

    Args:
        metrics: the metrics (more with ``add_metric``).
        annotations: horizontal annotations (thresholds) on the gauge.
        left_y_axis: the gauge's range (``min`` 0 and ``max`` 100 unless given).
        legend_position / live_data / set_period_to_time_range / period / statistic / start / end: as for
            ``GraphWidget``.
        title / region / account_id / width / height: as for every metric widget.

    Raises:
        UnscopedValidationError: ``end`` without ``start``.
    """

    def __init__(
        self,
        *,
        annotations: Sequence[HorizontalAnnotation] | None = None,
        end: str | None = None,
        left_y_axis: YAxisProps | None = None,
        legend_position: LegendPosition | None = None,
        live_data: bool | None = None,
        metrics: Sequence[IMetric] | None = None,
        period: Duration | None = None,
        set_period_to_time_range: bool | None = None,
        start: str | None = None,
        statistic: str | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__(width or 6, height or 6)
        self.metrics: list[IMetric] = list(metrics or [])
        self._copy_metric_warnings(*self.metrics)
        _check_start_end(start, end)
        self._p: dict[str, Any] = {"annotations": [_struct(HorizontalAnnotation, a) for a in annotations or []], "end": end, "left_y_axis": left_y_axis,
                   "legend_position": legend_position, "live_data": live_data, "period": period,
                   "set_period_to_time_range": set_period_to_time_range, "start": start, "statistic": statistic,
                   "account_id": account_id, "region": region, "title": title}

    def add_metric(self, metric: IMetric) -> None:
        """Add a metric to the gauge."""
        self.metrics.append(metric)
        self._copy_metric_warnings(metric)

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON object."""
        p = self._p
        metrics = all_metrics_graph_json(stack, self.metrics, [])
        axis: dict[str, Any] = {"min": 0, "max": 100}
        if p["left_y_axis"] is not None:
            axis.update(p["left_y_axis"]._to_json())
        return _widget(self, "metric", {
            "view": "gauge",
            "title": p["title"],
            "region": p["region"] or Aws.REGION,
            "metrics": metrics or None,
            "annotations": {"horizontal": [_in_order(a, _annotation_json(a[0])) for a in p["annotations"]]} if p["annotations"]
            else None,
            "yAxis": {"left": axis},
            "legend": {"position": p["legend_position"].value} if p["legend_position"] is not None else None,
            "liveData": p["live_data"],
            "setPeriodToTimeRange": p["set_period_to_time_range"],
            "period": p["period"].to_seconds() if p["period"] is not None else None,
            "stat": p["statistic"],
            "start": p["start"],
            "end": p["end"],
            "accountId": p["account_id"],
        })


class TableLayout(enum.Enum):
    """Whether a table has a row per metric (horizontal) or a column per metric (vertical)."""

    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


class TableSummaryColumn(enum.Enum):
    """A summary column of a table."""

    MINIMUM = "MIN"
    MAXIMUM = "MAX"
    SUM = "SUM"
    AVERAGE = "AVG"


@structs.frozen(kw_only=True)
class TableSummaryProps:
    """The summary columns of a ``TableWidget``."""

    columns: Sequence[TableSummaryColumn] | None = None
    """The summary columns (default: none)."""
    hide_non_summary_columns: bool | None = None
    """Show only the label and summary columns (default: false)."""
    sticky: bool | None = None
    """Keep the summary columns in view while scrolling (default: false)."""


class TableThreshold:
    """A threshold that colors the cells of a table: ``above``, ``below`` or ``between`` values.

    Args:
        color: the color of the matching cells.
        comparator: how values are compared with the bounds.
        lower_bound: the lower (or only) bound.
        upper_bound: the upper bound (``between`` only).
    """

    def __init__(self, lower_bound: float, upper_bound: float | None = None, color: str | None = None,
                 comparator: Shading | None = None) -> None:
        self.lower_bound = lower_bound
        self.upper_bound = upper_bound
        self.color = color
        self.comparator = comparator

    @staticmethod
    def above(value: float, color: str | None = None) -> TableThreshold:
        """Cells above ``value``."""
        return TableThreshold(value, None, color, Shading.ABOVE)

    @staticmethod
    def below(value: float, color: str | None = None) -> TableThreshold:
        """Cells below ``value``."""
        return TableThreshold(value, None, color, Shading.BELOW)

    @staticmethod
    def between(lower_bound: float, upper_bound: float, color: str | None = None) -> TableThreshold:
        """Cells between ``lower_bound`` and ``upper_bound``."""
        return TableThreshold(lower_bound, upper_bound, color)

    def to_json(self) -> Any:
        """The threshold's annotation JSON."""
        if self.upper_bound:
            return [{"value": self.lower_bound, "color": self.color}, {"value": self.upper_bound}]
        return {"value": self.lower_bound, "color": self.color,
                "fill": self.comparator.value if self.comparator is not None else None}


class TableWidget(ConcreteWidget):
    """A table of metric values (default 6 x 6).

    Args:
        metrics: the metrics (more with ``add_metric``).
        layout: a row per metric (default) or a column per metric.
        summary: summary columns.
        thresholds: thresholds that color the cells.
        show_units_in_label: show the units in the labels (default: false).
        full_precision: show full precision (default: false).
        live_data / set_period_to_time_range / period / statistic / start / end: as for ``GraphWidget``.
        title / region / account_id / width / height: as for every metric widget.

    Raises:
        UnscopedValidationError: ``end`` without ``start``.
    """

    def __init__(
        self,
        *,
        end: str | None = None,
        full_precision: bool | None = None,
        layout: TableLayout | None = None,
        live_data: bool | None = None,
        metrics: Sequence[IMetric] | None = None,
        period: Duration | None = None,
        set_period_to_time_range: bool | None = None,
        show_units_in_label: bool | None = None,
        start: str | None = None,
        statistic: str | None = None,
        summary: TableSummaryProps | None = None,
        thresholds: Sequence[TableThreshold] | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__(width or 6, height or 6)
        self.metrics: list[IMetric] = list(metrics or [])
        self._copy_metric_warnings(*self.metrics)
        _check_start_end(start, end)
        self._p: dict[str, Any] = {"end": end, "full_precision": full_precision, "layout": layout, "live_data": live_data,
                   "period": period, "set_period_to_time_range": set_period_to_time_range,
                   "show_units_in_label": show_units_in_label, "start": start, "statistic": statistic,
                   "summary": _struct(TableSummaryProps, summary)[0], "thresholds": list(thresholds or []), "account_id": account_id,
                   "region": region, "title": title}

    def add_metric(self, metric: IMetric) -> None:
        """Add a metric to the table."""
        self.metrics.append(metric)
        self._copy_metric_warnings(metric)

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON object."""
        p = self._p
        summary: TableSummaryProps | None = p["summary"]
        horizontal = [t.to_json() for t in p["thresholds"]]
        metrics = all_metrics_graph_json(stack, self.metrics, [])
        return _widget(self, "metric", {
            "title": p["title"],
            "view": "table",
            "table": {
                "layout": (p["layout"] or TableLayout.HORIZONTAL).value,
                "showTimeSeriesData": not (summary is not None and summary.hide_non_summary_columns),
                "stickySummary": bool(summary is not None and summary.sticky),
                "summaryColumns": [c.value for c in (summary.columns or [])] if summary is not None else [],
            },
            "region": p["region"] or Aws.REGION,
            "metrics": metrics or None,
            "annotations": {"horizontal": horizontal} if horizontal else None,
            "yAxis": {"left": {"showUnits": True} if p["show_units_in_label"] else None},
            "liveData": p["live_data"],
            "singleValueFullPrecision": p["full_precision"],
            "setPeriodToTimeRange": p["set_period_to_time_range"],
            "period": p["period"].to_seconds() if p["period"] is not None else None,
            "stat": p["statistic"],
            "start": p["start"],
            "end": p["end"],
            "accountId": p["account_id"],
        })


class CustomWidget(ConcreteWidget):
    """A widget drawn by a Lambda function (default 6 x 6).

    Args:
        function_arn: the ARN of the function that returns the widget's HTML.
        title: the widget's title.
        params: parameters passed to the function.
        update_on_refresh / update_on_resize / update_on_time_range_change: when the function is called again
            (default: true each).
        width / height: the size.
    """

    def __init__(
        self,
        *,
        function_arn: str,
        title: str,
        height: float | None = None,
        params: object = None,
        update_on_refresh: bool | None = None,
        update_on_resize: bool | None = None,
        update_on_time_range_change: bool | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__(6 if width is None else width, 6 if height is None else height)
        self._p: dict[str, Any] = {"function_arn": function_arn, "title": title, "params": params,
                   "update_on_refresh": update_on_refresh, "update_on_resize": update_on_resize,
                   "update_on_time_range_change": update_on_time_range_change}

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON object."""
        p = self._p

        def flag(value: bool | None) -> bool:
            return True if value is None else value

        return _widget(self, "custom", {
            "endpoint": p["function_arn"],
            "params": p["params"],
            "title": p["title"],
            "updateOn": {"refresh": flag(p["update_on_refresh"]), "resize": flag(p["update_on_resize"]),
                         "timeRange": flag(p["update_on_time_range_change"])},
        })


class LogQueryVisualizationType(enum.Enum):
    """How a log query widget shows its results."""

    TABLE = "table"
    LINE = "line"
    STACKEDAREA = "stackedarea"
    BAR = "bar"
    PIE = "pie"


class LogQueryLanguage(enum.Enum):
    """The language of a log query."""

    LOGS_INSIGHTS = "Logs"
    SQL = "SQL"
    PPL = "PPL"


class LogQueryWidget(ConcreteWidget):
    """The results of a CloudWatch Logs Insights query (default 6 x 6).

    Args:
        log_group_names: the log groups to query.
        query_string / query_lines: the query, as one string or as lines joined by ``|`` (exactly one).
        query_language: the query's language (default: Logs Insights).
        view: how the results are shown (default: a table).
        title / region / account_id / width / height: as for every widget.

    Raises:
        UnscopedValidationError: neither or both of ``query_string`` and ``query_lines``.
    """

    def __init__(
        self,
        *,
        log_group_names: Sequence[str],
        account_id: str | None = None,
        height: float | None = None,
        query_language: LogQueryLanguage | None = None,
        query_lines: Sequence[str] | None = None,
        query_string: str | None = None,
        region: str | None = None,
        title: str | None = None,
        view: LogQueryVisualizationType | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__(width or 6, height or 6)
        if bool(query_string) == bool(query_lines):
            raise UnscopedValidationError("Specify exactly one of 'queryString' and 'queryLines'")
        self._p: dict[str, Any] = {"log_group_names": list(log_group_names), "account_id": account_id,
                   "query_language": query_language, "query_lines": query_lines, "query_string": query_string,
                   "region": region, "title": title, "view": view}

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON object."""
        p = self._p
        sources = " | ".join(f"SOURCE '{name}'" for name in p["log_group_names"])
        query = "\n| ".join(p["query_lines"]) if p["query_lines"] else p["query_string"]
        view = p["view"]
        properties: dict[str, Any] = {
            "view": (view or LogQueryVisualizationType.TABLE).value,
            "title": p["title"],
            "region": p["region"] or Aws.REGION,
            "accountId": p["account_id"],
            "query": f"{sources} | {query}",
        }
        if p["query_language"] is not None:
            properties["queryLanguage"] = p["query_language"].value
        if view in (LogQueryVisualizationType.LINE, LogQueryVisualizationType.STACKEDAREA):
            properties["view"] = "timeSeries"
            properties["stacked"] = view is LogQueryVisualizationType.STACKEDAREA
        return _widget(self, "log", properties)


class AlarmStatusWidgetSortBy(enum.Enum):
    """How an alarm status widget sorts its alarms."""

    DEFAULT = "default"
    STATE_UPDATED_TIMESTAMP = "stateUpdatedTimestamp"
    TIMESTAMP = "timestamp"


class AlarmStatusWidget(ConcreteWidget):
    """The states of alarms (default 6 x 3).

    Args:
        alarms: the alarms.
        title: the title (default "Alarm Status").
        states: show only alarms in these states (default: all).
        sort_by: how alarms are sorted (default: CloudWatch's).
        width / height: the size.
    """

    def __init__(
        self,
        *,
        alarms: Sequence[IAlarmRef],
        height: float | None = None,
        sort_by: AlarmStatusWidgetSortBy | None = None,
        states: Sequence[AlarmState] | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__(width or 6, height or 3)
        self._p: dict[str, Any] = {"alarms": list(alarms), "sort_by": sort_by, "states": states, "title": title}

    def position(self, x: float, y: float) -> None:
        """Place the widget on the grid."""
        self.x: float = x
        self.y: float = y

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON object."""
        p = self._p
        return _widget(self, "alarm", {
            "title": p["title"] or "Alarm Status",
            "alarms": [a.alarm_ref.alarm_arn for a in p["alarms"]],
            "states": [s.value for s in p["states"]] if p["states"] is not None else None,
            "sortBy": p["sort_by"].value if p["sort_by"] is not None else None,
        })
