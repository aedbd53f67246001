"""Dashboards (``Dashboard``), their layout (``Row``, ``Column``, ``Spacer``) and widgets."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Aws,
    Construct,
    Duration,
    Lazy,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import cached_property, protocols, structs
from l1.cloudwatch import CfnDashboard

from ._metric import IMetric
from ._private.graph_json import all_metrics_graph_json

if TYPE_CHECKING:
    from ._alarm import IAlarmRef
    from ._variable import IVariable

GRID_WIDTH = 24
_ISO8601 = re.compile(
    r"^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12][0-9])T(2[0-3]|[01][0-9]):([0-5][0-9]):"
    r"([0-5][0-9])(.[0-9]+)?(Z)?$"
)


@runtime_checkable
class IWidget(Protocol, metaclass=protocols.OptionalMembersMeta):
    """A dashboard widget: a size, a position and its JSON (``to_json`` gets the dashboard's stack).

    ``warnings`` and ``warnings_v2`` are optional (a user widget may leave them out).
    """

    if not TYPE_CHECKING:  # not a member for mypy
        __optional_members__ = frozenset({"warnings", "warnings_v2"})

    width: float
    height: float
    warnings: list[str] | None
    warnings_v2: dict[str, str] | None

    def position(self, x: float, y: float) -> None:
        """Place the widget on the grid."""
        ...

    def to_json(self) -> list[object]:
        """The widget's JSON objects (a widget may render as several, or none)."""
        ...


def _widget_json(widget: IWidget, stack: Stack | None) -> list[Any]:
    """A widget's JSON: pycdk's own widgets get the dashboard's stack (to leave out its own account and region),
    others (user ``IWidget`` classes) are called as aws-cdk-lib calls them."""
    if isinstance(widget, (ConcreteWidget, Row, Column, Spacer)):
        return widget.to_json(stack)
    return list(widget.to_json())


class GraphWidgetView(enum.Enum):
    """How a graph displays its metrics."""

    TIME_SERIES = "timeSeries"
    BAR = "bar"
    PIE = "pie"


class LegendPosition(enum.Enum):
    """Where the legend of a graph goes."""

    BOTTOM = "bottom"
    RIGHT = "right"
    HIDDEN = "hidden"


class PeriodOverride(enum.Enum):
    """Whether the dashboard's period overrides the widgets'."""

    AUTO = "auto"
    INHERIT = "inherit"


class TextWidgetBackground(enum.Enum):
    """The background of a text widget."""

    SOLID = "solid"
    TRANSPARENT = "transparent"


class Shading(enum.Enum):
    """Shading of a horizontal annotation."""

    NONE = "none"
    ABOVE = "above"
    BELOW = "below"


class VerticalShading(enum.Enum):
    """Shading of a vertical annotation."""

    NONE = "none"
    BEFORE = "before"
    AFTER = "after"


class Color:
    """The standard colors of CloudWatch graphs (hex codes for the ``color`` of metrics and annotations)."""

    BLUE = "#1f77b4"
    BROWN = "#8c564b"
    GREEN = "#2ca02c"
    GREY = "#7f7f7f"
    ORANGE = "#ff7f0e"
    PINK = "#e377c2"
    PURPLE = "#9467bd"
    RED = "#d62728"


@structs.frozen(kw_only=True)
class YAxisProps:
    """A graph axis.

    Args:
        label: the axis label (default none).
        max: the largest value shown (default automatic).
        min: the smallest value shown (default automatic).
        show_units: show the metrics' units on the axis (default true).
    """

    label: str | None = None
    max: float | None = None
    min: float | None = None
    show_units: bool | None = None

    def _to_json(self) -> dict[str, Any]:
        d = {"label": self.label, "max": self.max, "min": self.min, "showUnits": self.show_units}
        return {k: v for k, v in d.items() if v is not None}


@structs.frozen(kw_only=True)
class HorizontalAnnotation:
    """A horizontal line (threshold) on a graph.

    Args:
        color: the line's color, a hex code (default automatic).
        fill: shade the area above or below the line (default none).
        label: the line's label (default none).
        value: where the line is drawn, on the axis's scale.
        visible: whether the line is shown (default true).
    """

    value: float
    color: str | None = None
    fill: Shading | None = None
    label: str | None = None
    visible: bool | None = None

    def _to_json(self, y_axis: str) -> dict[str, Any]:
        d = {"value": self.value, "color": self.color, "fill": self.fill.value if self.fill else None,
             "label": self.label, "visible": self.visible, "yAxis": y_axis}
        return {k: v for k, v in d.items() if v is not None}


@structs.frozen(kw_only=True)
class VerticalAnnotation:
    """A vertical line (a date) on a graph, with optional shading before or after it."""

    date: str
    """The date and time, in ISO 8601 format (``2024-01-31T09:00:00Z``)."""
    color: str | None = None
    """The hex color code of the line (default: automatic)."""
    fill: VerticalShading | None = None
    """Shade the area before or after the line (default: none)."""
    label: str | None = None
    """The label of the line."""
    visible: bool | None = None
    """Whether the annotation is visible (default: true)."""

    def _to_json(self) -> dict[str, Any]:
        return {"value": self.date, "color": self.color, "fill": self.fill.value if self.fill else None,
                "label": self.label, "visible": self.visible}


def _struct(cls: Any, value: Any) -> Any:
    """``(struct, key order)``: the struct ``cls`` (built from ``value`` if it is a mapping, as jsii accepts) and,
    for a mapping, its keys: aws-cdk-lib renders a dict given in Python in the dict's own key order."""
    if isinstance(value, Mapping):
        return cls(**value), list(value)
    return value, None


def _in_order(item: Any, rendered: dict[str, Any], renames: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``rendered`` (the JSON of ``_struct``'s struct), in the key order of the mapping it came from."""
    order = item[1]
    if order is None:
        return rendered
    names = [(renames or {}).get(k, k) for k in order]
    out = {k: rendered[k] for k in names if k in rendered}
    out.update((k, v) for k, v in rendered.items() if k not in out)
    return out


class ConcreteWidget:
    """A widget with a fixed size (the base of every widget).

    Raises:
        UnscopedValidationError: wider than the 24-unit grid.

    Args:
        width: the width in grid units (the grid is 24 units wide).
        height: the height in grid units.
    """

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.x: float | None = None
        self.y: float | None = None
        self.warnings: list[str] | None = []
        self.warnings_v2: dict[str, str] | None = {}
        if width > GRID_WIDTH:
            raise UnscopedValidationError(f"Widget is too wide, max {GRID_WIDTH} units allowed")

    def position(self, x: float, y: float) -> None:
        """Place the widget on the grid."""
        self.x = x
        self.y = y

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects; every concrete widget defines it.

        Raises:
            NotImplementedError: on ``ConcreteWidget`` itself.
        """
        raise NotImplementedError(f"{type(self).__name__} does not define to_json")

    def _copy_metric_warnings(self, *metrics: Any) -> None:
        assert self.warnings_v2 is not None
        for metric in metrics:
            self.warnings_v2.update(getattr(metric, "warnings_v2", None) or {})


class TextWidget(ConcreteWidget):
    """Markdown text (default 6 x 2).

    Takes the ``TextWidgetProps`` keyword arguments (see that class for each).
    """

    def __init__(self, *, markdown: str, background: TextWidgetBackground | None = None, height: float | None = None,
                 width: float | None = None) -> None:
        super().__init__(width or 6, height or 2)
        self.markdown = markdown
        self.background = background

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects."""
        props = {"markdown": self.markdown, "background": self.background.value if self.background else None}
        return [{"type": "text", "width": self.width, "height": self.height, "x": self.x, "y": self.y,
                 "properties": {k: v for k, v in props.items() if v is not None}}]


def _metric_widget(widget: ConcreteWidget, properties: dict[str, Any]) -> list[Any]:
    return [{"type": "metric", "width": widget.width, "height": widget.height, "x": widget.x, "y": widget.y,
             "properties": {k: v for k, v in properties.items() if v is not None}}]


class GraphWidget(ConcreteWidget):
    """A line, bar or pie graph of metrics (default 6 x 6).

    Takes the ``GraphWidgetProps`` keyword arguments (see that class for each).

    Raises:
        UnscopedValidationError: ``end`` without ``start``, or chart labels outside pie charts.
    """

    def __init__(
        self,
        *,
        left: Sequence[IMetric] | None = None,
        right: Sequence[IMetric] | None = None,
        title: str | None = None,
        region: str | None = None,
        width: float | None = None,
        height: float | None = None,
        view: GraphWidgetView | None = None,
        stacked: bool | None = None,
        left_y_axis: YAxisProps | None = None,
        right_y_axis: YAxisProps | None = None,
        left_annotations: Sequence[HorizontalAnnotation] | None = None,
        right_annotations: Sequence[HorizontalAnnotation] | None = None,
        legend_position: LegendPosition | None = None,
        live_data: bool | None = None,
        set_period_to_time_range: bool | None = None,
        period: Duration | None = None,
        statistic: str | None = None,
        start: str | None = None,
        end: str | None = None,
        account_id: str | None = None,
        display_labels_on_chart: bool | None = None,
        vertical_annotations: Sequence[VerticalAnnotation] | None = None,
    ) -> None:
        super().__init__(width or 6, height or 6)
        vertical_annotations = [_struct(VerticalAnnotation, a) for a in vertical_annotations or []]
        for annotation, _order in vertical_annotations:
            if not _ISO8601.match(annotation.date):
                raise UnscopedValidationError(f"Given date {annotation.date} is not in ISO 8601 format")
        self.left_metrics: list[IMetric] = list(left or [])
        self.right_metrics: list[IMetric] = list(right or [])
        self._copy_metric_warnings(*self.left_metrics, *self.right_metrics)
        if end is not None and start is None:
            raise UnscopedValidationError("If you specify a value for end, you must also specify a value for start.")
        if display_labels_on_chart and view is not GraphWidgetView.PIE:
            raise UnscopedValidationError(
                "displayLabelsOnChart can currently only be set to true if view is GraphWidgetView.PIE"
            )
        self._p: dict[str, Any] = {
            "title": title, "region": region, "view": view, "stacked": stacked, "left_y_axis": left_y_axis,
            "right_y_axis": right_y_axis,
            "left_annotations": [_struct(HorizontalAnnotation, a) for a in left_annotations or []],
            "right_annotations": [_struct(HorizontalAnnotation, a) for a in right_annotations or []], "legend_position": legend_position,
            "live_data": live_data, "set_period_to_time_range": set_period_to_time_range, "period": period,
            "statistic": statistic, "start": start, "end": end, "account_id": account_id,
            "display_labels_on_chart": display_labels_on_chart,
            "vertical_annotations": list(vertical_annotations or []),
        }

    def add_left_metric(self, metric: IMetric) -> None:
        """Add a metric on the left axis."""
        self.left_metrics.append(metric)
        self._copy_metric_warnings(metric)

    def add_right_metric(self, metric: IMetric) -> None:
        """Add a metric on the right axis."""
        self.right_metrics.append(metric)
        self._copy_metric_warnings(metric)

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects."""
        p = self._p
        horizontal = [_in_order(a, a[0]._to_json("left")) for a in p["left_annotations"]] + [
            _in_order(a, a[0]._to_json("right")) for a in p["right_annotations"]]
        # aws-cdk-lib puts ``value`` (the date) first, then the other keys in their given order
        vertical = [{"value": a[0].date, **_in_order(a, a[0]._to_json())} for a in p["vertical_annotations"]]
        metrics = all_metrics_graph_json(stack, self.left_metrics, self.right_metrics)
        y_axis = {k: v for k, v in (("left", p["left_y_axis"]), ("right", p["right_y_axis"])) if v is not None}
        return _metric_widget(self, {
            "view": (p["view"] or GraphWidgetView.TIME_SERIES).value,
            "title": p["title"],
            "region": p["region"] or Aws.REGION,
            "stacked": p["stacked"],
            "labels": {"visible": True} if p["display_labels_on_chart"] else None,
            "metrics": metrics or None,
            "annotations": {"horizontal": horizontal or None, "vertical": vertical or None}
            if horizontal or vertical else None,
            "yAxis": {k: v._to_json() for k, v in y_axis.items()},
            "legend": {"position": p["legend_position"].value} if p["legend_position"] is not None else None,
            "liveData": p["live_data"],
            "setPeriodToTimeRange": p["set_period_to_time_range"],
            "period": p["period"].to_seconds() if p["period"] is not None else None,
            "stat": p["statistic"],
            "start": p["start"],
            "end": p["end"],
            "accountId": p["account_id"],
        })


class SingleValueWidget(ConcreteWidget):
    """The latest value of metrics (default 6 x 3).

    Takes the ``SingleValueWidgetProps`` keyword arguments (see that class for each).

    Raises:
        UnscopedValidationError: ``set_period_to_time_range`` with ``sparkline``, or ``end`` without ``start``.
    """

    def __init__(
        self,
        *,
        metrics: Sequence[IMetric],
        title: str | None = None,
        region: str | None = None,
        width: float | None = None,
        height: float | None = None,
        sparkline: bool | None = None,
        set_period_to_time_range: bool | None = None,
        full_precision: bool | None = None,
        period: Duration | None = None,
        start: str | None = None,
        end: str | None = None,
        account_id: str | None = None,
    ) -> None:
        super().__init__(width or 6, height or 3)
        self.metrics: list[IMetric] = list(metrics)
        self._copy_metric_warnings(*self.metrics)
        if set_period_to_time_range and sparkline:
            raise UnscopedValidationError("You cannot use setPeriodToTimeRange with sparkline")
        if end is not None and start is None:
            raise UnscopedValidationError("If you specify a value for end, you must also specify a value for start.")
        self._p: dict[str, Any] = {"title": title, "region": region, "sparkline": sparkline,
                   "set_period_to_time_range": set_period_to_time_range, "full_precision": full_precision,
                   "period": period, "start": start, "end": end, "account_id": account_id}

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects."""
        p = self._p
        return _metric_widget(self, {
            "view": "singleValue",
            "title": p["title"],
            "region": p["region"] or Aws.REGION,
            "sparkline": p["sparkline"],
            "metrics": all_metrics_graph_json(stack, self.metrics, []),
            "setPeriodToTimeRange": p["set_period_to_time_range"],
            "singleValueFullPrecision": p["full_precision"],
            "period": p["period"].to_seconds() if p["period"] is not None else None,
            "start": p["start"],
            "end": p["end"],
            "accountId": p["account_id"],
        })


class AlarmWidget(ConcreteWidget):
    """An alarm's metric and threshold (default 6 x 6).

    Takes the ``AlarmWidgetProps`` keyword arguments (see that class for each).
    """

    def __init__(self, *, alarm: IAlarmRef, title: str | None = None, region: str | None = None,
                 width: float | None = None, height: float | None = None, left_y_axis: YAxisProps | None = None,
                 account_id: str | None = None) -> None:
        super().__init__(width or 6, height or 6)
        self._p: dict[str, Any] = {"alarm": alarm, "title": title, "region": region, "left_y_axis": left_y_axis,
                   "account_id": account_id}

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects."""
        p = self._p
        left = p["left_y_axis"]
        return _metric_widget(self, {
            "view": "timeSeries",
            "title": p["title"],
            "region": p["region"] or Aws.REGION,
            "annotations": {"alarms": [p["alarm"].alarm_ref.alarm_arn]},
            "yAxis": {"left": left._to_json()} if left is not None else {},
            "accountId": p["account_id"],
        })


class Row:
    """Widgets side by side, wrapping at the grid width."""

    warnings: list[str] | None = None
    warnings_v2: dict[str, str] | None = None

    def __init__(self, *widgets: IWidget) -> None:
        self.widgets: list[IWidget] = []
        self._offsets: list[tuple[float, float]] = []
        self.width: float = 0
        self.height: float = 0
        x: float = 0
        y: float = 0
        for widget in widgets:
            if x + widget.width > GRID_WIDTH:
                y = self.height
                x = 0
            self._place(x, y, widget)
            x += widget.width

    def _place(self, x: float, y: float, w: IWidget) -> None:
        self.widgets.append(w)
        self._offsets.append((x, y))
        self.width = max(self.width, x + w.width)
        self.height = max(self.height, y + w.height)

    def add_widget(self, w: IWidget) -> None:
        """Add a widget after the others: to the right of and below everything so far (as aws-cdk-lib places it),
        or at the start of a new line if it does not fit."""
        x, y = self.width, self.height
        if x + w.width > GRID_WIDTH:
            x = 0
        self._place(x, y, w)

    def position(self, x: float, y: float) -> None:
        """Place the widgets on the grid, from ``(x, y)``."""
        for widget, (dx, dy) in zip(self.widgets, self._offsets, strict=True):
            widget.position(x + dx, y + dy)

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects."""
        return [j for w in self.widgets for j in _widget_json(w, stack)]


class Column:
    """Widgets stacked vertically."""

    warnings: list[str] | None = None
    warnings_v2: dict[str, str] | None = None

    def __init__(self, *widgets: IWidget) -> None:
        self.widgets: list[IWidget] = list(widgets)

    @property
    def width(self) -> float:
        """The widest widget's width."""
        return max((w.width for w in self.widgets), default=0)

    @property
    def height(self) -> float:
        """The sum of the widgets' heights."""
        return sum(w.height for w in self.widgets)

    def add_widget(self, w: IWidget) -> None:
        """Append a widget below the others."""
        self.widgets.append(w)

    def position(self, x: float, y: float) -> None:
        """Place the widgets on the grid, from ``(x, y)``."""
        for widget in self.widgets:
            widget.position(x, y)
            y += widget.height

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """The widget's JSON objects."""
        return [j for w in self.widgets for j in _widget_json(w, stack)]


class Spacer:
    """Empty space in a row (default 1 x 1).

    Takes the ``SpacerProps`` keyword arguments (see that class for each).
    """

    warnings: list[str] | None = None
    warnings_v2: dict[str, str] | None = None

    def __init__(self, *, height: float | None = None, width: float | None = None) -> None:
        self.width = width or 1
        self.height = height or 1

    def position(self, _x: float, _y: float) -> None:
        """A spacer has no position of its own."""
        return None

    def to_json(self, stack: Stack | None = None) -> list[object]:
        """Nothing: a spacer only takes room."""
        return []


_DASHBOARD_NAME = re.compile(r"^[\w-]+$")


class Dashboard(Resource):
    """A CloudWatch dashboard (``AWS::CloudWatch::Dashboard``).

    Args:
        dashboard_name: the dashboard's name (default: generated by CloudFormation).
        default_interval: the default time range, back from now (not with ``start``).
        start / end: the default time range: relative (``-P7D``) or ISO 8601 times; ``end`` needs ``start``.
        period_override: whether the dashboard's period overrides the widgets' (default: CloudWatch's, auto).
        variables: dashboard variables (more with ``add_variable``).
        widgets: rows of widgets (more with ``add_widgets``).

    Raises:
        ValidationError: an invalid name, ``default_interval`` with ``start``, or ``end`` without ``start``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudwatch.Dashboard"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dashboard_name: str | None = None,
        default_interval: Duration | None = None,
        end: str | None = None,
        period_override: PeriodOverride | None = None,
        start: str | None = None,
        variables: Sequence[IVariable] | None = None,
        widgets: Sequence[Sequence[IWidget]] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=dashboard_name)
        if dashboard_name and not Token.is_unresolved(dashboard_name) and not _DASHBOARD_NAME.match(dashboard_name):
            raise ValidationError(
                f"The value {dashboard_name} for field dashboardName contains invalid characters. It can only "
                "contain alphanumerics, dash (-) and underscore (_).",
                self,
            )
        if start is not None and default_interval is not None:
            raise ValidationError("both properties defaultInterval and start cannot be set at once", self)
        if end is not None and start is None:
            raise ValidationError("If you specify a value for end, you must also specify a value for start.", self)
        self._rows: list[IWidget] = []
        self._variables: list[IVariable] = []
        self._settings: dict[str, Any] = {"default_interval": default_interval, "start": start, "end": end,
                          "period_override": period_override}
        self.resource: CfnDashboard = CfnDashboard(
            self,
            "Resource",
            dashboard_name=self.physical_name if dashboard_name is not None else None,
            dashboard_body=Lazy.string(self._render_body),
        )
        for row in widgets or []:
            self.add_widgets(*row)
        for variable in variables or []:
            self.add_variable(variable)
        self.dashboard_arn: str = Stack.of(self).format_arn(service="cloudwatch", resource="dashboard", region="",
                                                            resource_name=self.physical_name)

    @cached_property
    def dashboard_name(self) -> str:
        """The dashboard's name (``Ref``)."""
        return self.get_resource_name_attribute(self.resource.ref)

    def add_variable(self, variable: IVariable) -> None:
        """Add a dashboard variable."""
        self._variables.append(variable)

    def add_widgets(self, *widgets: IWidget) -> None:
        """Add a row of widgets below the existing ones."""
        if not widgets:
            return
        from constructs import Annotations

        for widget in _all_widgets(widgets):
            for warning_id, message in (getattr(widget, "warnings_v2", None) or {}).items():
                Annotations.of(self).add_warning_v2(warning_id, message)
        self._rows.append(Row(*widgets) if len(widgets) > 1 else widgets[0])

    def _render_body(self) -> str:
        stack = Stack.of(self)
        column = Column(*self._rows)
        column.position(0, 0)
        s = self._settings
        interval = s["default_interval"]
        body = {
            "start": f"-{interval.to_iso_string()}" if interval is not None else s["start"],
            "end": None if interval is not None else s["end"],
            "periodOverride": s["period_override"].value if s["period_override"] is not None else None,
            "widgets": column.to_json(stack),
            "variables": [v.to_json() for v in self._variables] or None,
        }
        return stack.to_json_string({k: v for k, v in body.items() if v is not None})


def _all_widgets(widgets: Sequence[IWidget]) -> list[IWidget]:
    out: list[IWidget] = []
    for w in widgets:
        out.append(w)
        if hasattr(w, "widgets"):
            out.extend(_all_widgets(w.widgets))
    return out
