"""The props and options structs of ``l2.cloudwatch`` (the keyword arguments of its classes, as data)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Duration
from constructs.internals import structs

from ._alarm import ComparisonOperator, IAlarm, IAlarmRef, TreatMissingData
from ._alarm_mute_rule import CalendarDateTime, ScheduleExpression
from ._composite_alarm import AlarmState, AtLeastThreshold, IAlarmRule
from ._dashboard import (
    GraphWidgetView,
    HorizontalAnnotation,
    IWidget,
    LegendPosition,
    PeriodOverride,
    TextWidgetBackground,
    VerticalAnnotation,
    YAxisProps,
)
from ._metric import IMetric
from ._stats import Unit
from ._variable import IVariable
from ._widgets import (
    AlarmStatusWidgetSortBy,
    LogQueryLanguage,
    LogQueryVisualizationType,
    TableLayout,
    TableSummaryProps,
    TableThreshold,
)


@structs.frozen(kw_only=True)
class AlarmMuteRuleOptions:
    """Options of ``AlarmBase.add_alarm_mute_rule`` (an ``AlarmMuteRule`` on that alarm).

    See ``AlarmMuteRule`` for each keyword argument.
    """

    duration: Duration
    """The length of time that alarms remain muted when the schedule activates."""
    schedule: ScheduleExpression
    """The schedule defines when alarms should be muted."""
    alarm_mute_rule_name: str | None = None
    """The name of the alarm mute rule."""
    description: str | None = None
    """A description of the alarm mute rule that helps you identify its purpose."""
    expire: CalendarDateTime | None = None
    """The date and time when the mute rule expires and is no longer evaluated."""
    start: CalendarDateTime | None = None
    """The date and time after which the mute rule takes effect."""
    tags: Mapping[str, str] | None = None
    """A list of tags associated with the alarm mute rule."""


@structs.frozen(kw_only=True)
class AlarmMuteRuleProps:
    """The properties of an ``AlarmMuteRule``.

    See ``AlarmMuteRule`` for each keyword argument.
    """

    duration: Duration
    """The length of time that alarms remain muted when the schedule activates."""
    schedule: ScheduleExpression
    """The schedule defines when alarms should be muted."""
    alarm_mute_rule_name: str | None = None
    """The name of the alarm mute rule."""
    description: str | None = None
    """A description of the alarm mute rule that helps you identify its purpose."""
    expire: CalendarDateTime | None = None
    """The date and time when the mute rule expires and is no longer evaluated."""
    start: CalendarDateTime | None = None
    """The date and time after which the mute rule takes effect."""
    tags: Mapping[str, str] | None = None
    """A list of tags associated with the alarm mute rule."""
    alarms: Sequence[IAlarmRef] | None = None
    """The list of alarms that this mute rule targets."""


@structs.frozen(kw_only=True)
class AlarmProps:
    """The properties of an ``Alarm``.

    See ``Alarm`` for each keyword argument.
    """

    evaluation_periods: float
    """The number of periods over which data is compared to the specified threshold."""
    threshold: float
    """The value against which the specified statistic is compared."""
    actions_enabled: bool | None = None
    """Whether the actions for this alarm are enabled."""
    alarm_description: str | None = None
    """Description for the alarm."""
    alarm_name: str | None = None
    """Name of the alarm."""
    comparison_operator: ComparisonOperator | None = None
    """Comparison to use to check if metric is breaching."""
    datapoints_to_alarm: float | None = None
    """The number of datapoints that must be breaching to trigger the alarm."""
    evaluate_low_sample_count_percentile: str | None = None
    """Specifies whether to evaluate the data and potentially change the alarm state if there are too few data..."""
    treat_missing_data: TreatMissingData | None = None
    """Sets how this alarm is to handle missing data points."""
    metric: IMetric
    """The metric to add the alarm on."""


@structs.frozen(kw_only=True)
class AlarmStatusWidgetProps:
    """The properties of an ``AlarmStatusWidget``.

    See ``AlarmStatusWidget`` for each keyword argument.
    """

    alarms: Sequence[IAlarmRef]
    """CloudWatch Alarms to show in widget."""
    height: float | None = None
    """Height of the widget."""
    sort_by: AlarmStatusWidgetSortBy | None = None
    """Specifies how to sort the alarms in the widget."""
    states: Sequence[AlarmState] | None = None
    """Use this field to filter the list of alarms displayed in the widget to only those alarms currently in..."""
    title: str | None = None
    """The title of the widget."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""


@structs.frozen(kw_only=True)
class AlarmWidgetProps:
    """The properties of an ``AlarmWidget``."""

    account_id: str | None = None
    """The AWS account ID where the metrics are located."""
    height: float | None = None
    """Height of the widget."""
    region: str | None = None
    """The region the metrics of this graph should be taken from."""
    title: str | None = None
    """Title for the graph."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""
    alarm: IAlarmRef
    """The alarm to show."""
    left_y_axis: YAxisProps | None = None
    """Left Y axis."""


@structs.frozen(kw_only=True)
class AnomalyDetectionAlarmProps:
    """The properties of an ``AnomalyDetectionAlarm``.

    See ``AnomalyDetectionAlarm`` for each keyword argument.
    """

    evaluation_periods: float
    """The number of periods over which data is compared to the specified threshold."""
    metric: IMetric
    """The metric to add the alarm on."""
    actions_enabled: bool | None = None
    """Whether the actions for this alarm are enabled."""
    alarm_description: str | None = None
    """Description for the alarm."""
    alarm_name: str | None = None
    """Name of the alarm."""
    comparison_operator: ComparisonOperator | None = None
    """Comparison operator to use to check if metric is breaching."""
    datapoints_to_alarm: float | None = None
    """The number of datapoints that must be breaching to trigger the alarm."""
    evaluate_low_sample_count_percentile: str | None = None
    """Specifies whether to evaluate the data and potentially change the alarm state if there are too few data..."""
    period: Duration | None = None
    """(deprecated) The period over which the specified statistic is applied."""
    statistic: str | None = None
    """(deprecated) What function to use for aggregating."""
    std_devs: float | None = None
    """The number of standard deviations to use for the anomaly detection band."""
    treat_missing_data: TreatMissingData | None = None
    """Sets how this alarm is to handle missing data points."""


@structs.frozen(kw_only=True)
class AnomalyDetectionMetricOptions:
    """Options of ``Metric.anomaly_detection_for``."""

    color: str | None = None
    """Color for this metric when added to a Graph in a Dashboard."""
    label: str | None = None
    """Label for this expression when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the math expression's statistics are applied."""
    search_account: str | None = None
    """Account to evaluate search expressions within."""
    search_region: str | None = None
    """Region to evaluate search expressions within."""
    metric: IMetric
    """The metric to add the alarm on."""
    std_devs: float | None = None
    """The number of standard deviations to use for the anomaly detection band."""


@structs.frozen(kw_only=True)
class AtLeastOptions:
    """Options of ``AlarmRule.at_least`` / ``at_least_not``."""

    operands: Sequence[IAlarm]
    """Alarms to evaluate in the AT_LEAST expression."""
    threshold: AtLeastThreshold
    """Threshold for the AT_LEAST expression."""


@structs.frozen(kw_only=True)
class CommonMetricOptions:
    """Options shared by every metric (``Metric.with_``, service ``metric_*`` methods)."""

    account: str | None = None
    """Account which this metric comes from."""
    color: str | None = None
    """The hex color code, prefixed with '#' (e.g. '#00ff00'), to use when this metric is rendered on a graph...."""
    dimensions_map: Mapping[str, str] | None = None
    """Dimensions of the metric."""
    id: str | None = None
    """Unique identifier for this metric when used in dashboard widgets."""
    label: str | None = None
    """Label for this metric when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the specified statistic is applied."""
    region: str | None = None
    """Region which this metric comes from."""
    stack_account: str | None = None
    """Account of the stack this metric is attached to."""
    stack_region: str | None = None
    """Region of the stack this metric is attached to."""
    statistic: str | None = None
    """What function to use for aggregating."""
    unit: Unit | None = None
    """Unit used to filter the metric stream."""
    visible: bool | None = None
    """Whether this metric should be visible in dashboard graphs."""


@structs.frozen(kw_only=True)
class CompositeAlarmProps:
    """The properties of a ``CompositeAlarm``.

    See ``CompositeAlarm`` for each keyword argument.
    """

    alarm_rule: IAlarmRule
    """Expression that specifies which other alarms are to be evaluated to determine this composite alarm's state."""
    actions_enabled: bool | None = None
    """Whether the actions for this alarm are enabled."""
    actions_suppressor: IAlarmRef | None = None
    """Actions will be suppressed if the suppressor alarm is in the ALARM state."""
    actions_suppressor_extension_period: Duration | None = None
    """The maximum duration that the composite alarm waits after suppressor alarm goes out of the ALARM state."""
    actions_suppressor_wait_period: Duration | None = None
    """The maximum duration that the composite alarm waits for the suppressor alarm to go into the ALARM state."""
    alarm_description: str | None = None
    """Description for the alarm."""
    composite_alarm_name: str | None = None
    """Name of the alarm."""


@structs.frozen(kw_only=True)
class CreateAlarmOptions:
    """Options of ``Metric.create_alarm`` / ``MathExpression.create_alarm``."""

    evaluation_periods: float
    """The number of periods over which data is compared to the specified threshold."""
    threshold: float
    """The value against which the specified statistic is compared."""
    actions_enabled: bool | None = None
    """Whether the actions for this alarm are enabled."""
    alarm_description: str | None = None
    """Description for the alarm."""
    alarm_name: str | None = None
    """Name of the alarm."""
    comparison_operator: ComparisonOperator | None = None
    """Comparison to use to check if metric is breaching."""
    datapoints_to_alarm: float | None = None
    """The number of datapoints that must be breaching to trigger the alarm."""
    evaluate_low_sample_count_percentile: str | None = None
    """Specifies whether to evaluate the data and potentially change the alarm state if there are too few data..."""
    treat_missing_data: TreatMissingData | None = None
    """Sets how this alarm is to handle missing data points."""


@structs.frozen(kw_only=True)
class CustomWidgetProps:
    """The properties of a ``CustomWidget``.

    See ``CustomWidget`` for each keyword argument.
    """

    function_arn: str
    """The Arn of the AWS Lambda function that returns HTML or JSON that will be displayed in the widget."""
    title: str
    """The title of the widget."""
    height: float | None = None
    """Height of the widget."""
    params: object
    """Parameters passed to the lambda function."""
    update_on_refresh: bool | None = None
    """Update the widget on refresh."""
    update_on_resize: bool | None = None
    """Update the widget on resize."""
    update_on_time_range_change: bool | None = None
    """Update the widget on time range change."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""


@structs.frozen(kw_only=True)
class DashboardProps:
    """The properties of a ``Dashboard``.

    See ``Dashboard`` for each keyword argument.
    """

    dashboard_name: str | None = None
    """Name of the dashboard."""
    default_interval: Duration | None = None
    """Interval duration for metrics. You can specify defaultInterval with the relative time (e.g...."""
    end: str | None = None
    """The end of the time range to use for each widget on the dashboard when the dashboard loads."""
    period_override: PeriodOverride | None = None
    """Use this field to specify the period for the graphs when the dashboard loads."""
    start: str | None = None
    """The start of the time range to use for each widget on the dashboard."""
    variables: Sequence[IVariable] | None = None
    """A list of dashboard variables."""
    widgets: Sequence[Sequence[IWidget]] | None = None
    """Initial set of widgets on the dashboard."""


@structs.frozen(kw_only=True)
class GaugeWidgetProps:
    """The properties of a ``GaugeWidget``.

    See ``GaugeWidget`` for each keyword argument.
    """

    account_id: str | None = None
    """The AWS account ID where the metrics are located."""
    height: float | None = None
    """Height of the widget."""
    region: str | None = None
    """The region the metrics of this graph should be taken from."""
    title: str | None = None
    """Title for the graph."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""
    annotations: Sequence[HorizontalAnnotation] | None = None
    """Annotations for the left Y axis."""
    end: str | None = None
    """The end of the time range to use for each widget independently from those of the dashboard."""
    left_y_axis: YAxisProps | None = None
    """Left Y axis."""
    legend_position: LegendPosition | None = None
    """Position of the legend."""
    live_data: bool | None = None
    """Whether the graph should show live data."""
    metrics: Sequence[IMetric] | None = None
    """Metrics to display on left Y axis."""
    period: Duration | None = None
    """The default period for all metrics in this widget."""
    set_period_to_time_range: bool | None = None
    """Whether to show the value from the entire time range. Only applicable for Bar and Pie charts."""
    start: str | None = None
    """The start of the time range to use for each widget independently from those of the dashboard."""
    statistic: str | None = None
    """The default statistic to be displayed for each metric."""


@structs.frozen(kw_only=True)
class GraphWidgetProps:
    """The properties of a ``GraphWidget``."""

    account_id: str | None = None
    """The AWS account ID where the metrics are located."""
    height: float | None = None
    """Height of the widget."""
    region: str | None = None
    """The region the metrics of this graph should be taken from."""
    title: str | None = None
    """Title for the graph."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""
    display_labels_on_chart: bool | None = None
    """Whether the graph should show labels on the chart."""
    end: str | None = None
    """The end of the time range to use for each widget independently from those of the dashboard."""
    left: Sequence[IMetric] | None = None
    """Metrics to display on left Y axis."""
    left_annotations: Sequence[HorizontalAnnotation] | None = None
    """Annotations for the left Y axis."""
    left_y_axis: YAxisProps | None = None
    """Left Y axis."""
    legend_position: LegendPosition | None = None
    """Position of the legend."""
    live_data: bool | None = None
    """Whether the graph should show live data."""
    period: Duration | None = None
    """The default period for all metrics in this widget."""
    right: Sequence[IMetric] | None = None
    """Metrics to display on right Y axis."""
    right_annotations: Sequence[HorizontalAnnotation] | None = None
    """Annotations for the right Y axis."""
    right_y_axis: YAxisProps | None = None
    """Right Y axis."""
    set_period_to_time_range: bool | None = None
    """Whether to show the value from the entire time range. Only applicable for Bar and Pie charts."""
    stacked: bool | None = None
    """Whether the graph should be shown as stacked lines."""
    start: str | None = None
    """The start of the time range to use for each widget independently from those of the dashboard."""
    statistic: str | None = None
    """The default statistic to be displayed for each metric."""
    vertical_annotations: Sequence[VerticalAnnotation] | None = None
    """Annotations for the X axis."""
    view: GraphWidgetView | None = None
    """Display this metric."""


@structs.frozen(kw_only=True)
class LogQueryWidgetProps:
    """The properties of a ``LogQueryWidget``.

    See ``LogQueryWidget`` for each keyword argument.
    """

    log_group_names: Sequence[str]
    """Names of log groups to query."""
    account_id: str | None = None
    """The AWS account ID where the log groups are located."""
    height: float | None = None
    """Height of the widget."""
    query_language: LogQueryLanguage | None = None
    """The query language to use for the query."""
    query_lines: Sequence[str] | None = None
    """A sequence of lines to use to build the query."""
    query_string: str | None = None
    """Full query string for log insights."""
    region: str | None = None
    """The region the metrics of this widget should be taken from."""
    title: str | None = None
    """Title for the widget."""
    view: LogQueryVisualizationType | None = None
    """The type of view to use."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""


@structs.frozen(kw_only=True)
class MathExpressionOptions:
    """Options of a ``MathExpression`` (``MathExpression.with_``).

    See ``MathExpression`` for each keyword argument.
    """

    color: str | None = None
    """Color for this metric when added to a Graph in a Dashboard."""
    label: str | None = None
    """Label for this expression when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the math expression's statistics are applied."""
    search_account: str | None = None
    """Account to evaluate search expressions within."""
    search_region: str | None = None
    """Region to evaluate search expressions within."""


@structs.frozen(kw_only=True)
class MathExpressionProps:
    """The properties of a ``MathExpression``.

    See ``MathExpression`` for each keyword argument.
    """

    color: str | None = None
    """Color for this metric when added to a Graph in a Dashboard."""
    label: str | None = None
    """Label for this expression when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the math expression's statistics are applied."""
    search_account: str | None = None
    """Account to evaluate search expressions within."""
    search_region: str | None = None
    """Region to evaluate search expressions within."""
    expression: str
    """The expression defining the metric."""
    using_metrics: Mapping[str, IMetric] | None = None
    """The metrics used in the expression, in a map."""


@structs.frozen(kw_only=True)
class MetricOptions:
    """Options of a metric (``Metric.with_`` and the ``metric_*`` methods of other services)."""

    account: str | None = None
    """Account which this metric comes from."""
    color: str | None = None
    """The hex color code, prefixed with '#' (e.g. '#00ff00'), to use when this metric is rendered on a graph...."""
    dimensions_map: Mapping[str, str] | None = None
    """Dimensions of the metric."""
    id: str | None = None
    """Unique identifier for this metric when used in dashboard widgets."""
    label: str | None = None
    """Label for this metric when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the specified statistic is applied."""
    region: str | None = None
    """Region which this metric comes from."""
    stack_account: str | None = None
    """Account of the stack this metric is attached to."""
    stack_region: str | None = None
    """Region of the stack this metric is attached to."""
    statistic: str | None = None
    """What function to use for aggregating."""
    unit: Unit | None = None
    """Unit used to filter the metric stream."""
    visible: bool | None = None
    """Whether this metric should be visible in dashboard graphs."""


@structs.frozen(kw_only=True)
class MetricProps:
    """The properties of a ``Metric``.

    See ``Metric`` for each keyword argument.
    """

    account: str | None = None
    """Account which this metric comes from."""
    color: str | None = None
    """The hex color code, prefixed with '#' (e.g. '#00ff00'), to use when this metric is rendered on a graph...."""
    dimensions_map: Mapping[str, str] | None = None
    """Dimensions of the metric."""
    id: str | None = None
    """Unique identifier for this metric when used in dashboard widgets."""
    label: str | None = None
    """Label for this metric when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the specified statistic is applied."""
    region: str | None = None
    """Region which this metric comes from."""
    stack_account: str | None = None
    """Account of the stack this metric is attached to."""
    stack_region: str | None = None
    """Region of the stack this metric is attached to."""
    statistic: str | None = None
    """What function to use for aggregating."""
    unit: Unit | None = None
    """Unit used to filter the metric stream."""
    visible: bool | None = None
    """Whether this metric should be visible in dashboard graphs."""
    metric_name: str
    """Name of the metric."""
    namespace: str
    """Namespace of the metric."""


@structs.frozen(kw_only=True)
class MetricWidgetProps:
    """The properties every metric widget has."""

    account_id: str | None = None
    """The AWS account ID where the metrics are located."""
    height: float | None = None
    """Height of the widget."""
    region: str | None = None
    """The region the metrics of this graph should be taken from."""
    title: str | None = None
    """Title for the graph."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""


@structs.frozen(kw_only=True)
class PromQLAlarmProps:
    """The properties of a ``PromQLAlarm``.

    See ``PromQLAlarm`` for each keyword argument.
    """

    evaluation_interval: Duration
    """The frequency at which the alarm is evaluated."""
    query: str
    """The PromQL query that the alarm evaluates."""
    actions_enabled: bool | None = None
    """Whether the actions for this alarm are enabled."""
    alarm_description: str | None = None
    """Description for the alarm."""
    alarm_name: str | None = None
    """Name of the alarm."""
    pending_period: Duration | None = None
    """The duration that a contributor must continuously breach before the contributor transitions to ALARM state."""
    recovery_period: Duration | None = None
    """The duration that a contributor must continuously not be breaching before it transitions back to the OK state."""


@structs.frozen(kw_only=True)
class SearchExpressionOptions:
    """Options of a ``SearchExpression`` (``SearchExpression.with_``).

    See ``SearchExpression`` for each keyword argument.
    """

    color: str | None = None
    """Color for the metric produced by the search expression."""
    label: str | None = None
    """Label for this search expression when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the search expression's statistics are applied."""
    search_account: str | None = None
    """Account to evaluate search expressions within."""
    search_region: str | None = None
    """Region to evaluate search expressions within."""


@structs.frozen(kw_only=True)
class SearchExpressionProps:
    """The properties of a ``SearchExpression``.

    See ``SearchExpression`` for each keyword argument.
    """

    color: str | None = None
    """Color for the metric produced by the search expression."""
    label: str | None = None
    """Label for this search expression when added to a Graph in a Dashboard."""
    period: Duration | None = None
    """The period over which the search expression's statistics are applied."""
    search_account: str | None = None
    """Account to evaluate search expressions within."""
    search_region: str | None = None
    """Region to evaluate search expressions within."""
    expression: str
    """The search expression defining the metrics to be retrieved."""


@structs.frozen(kw_only=True)
class SingleValueWidgetProps:
    """The properties of a ``SingleValueWidget``."""

    account_id: str | None = None
    """The AWS account ID where the metrics are located."""
    height: float | None = None
    """Height of the widget."""
    region: str | None = None
    """The region the metrics of this graph should be taken from."""
    title: str | None = None
    """Title for the graph."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""
    metrics: Sequence[IMetric]
    """Metrics to display."""
    end: str | None = None
    """The end of the time range to use for each widget independently from those of the dashboard."""
    full_precision: bool | None = None
    """Whether to show as many digits as can fit, before rounding."""
    period: Duration | None = None
    """The default period for all metrics in this widget."""
    set_period_to_time_range: bool | None = None
    """Whether to show the value from the entire time range."""
    sparkline: bool | None = None
    """Whether to show a graph below the value illustrating the value for the whole time range."""
    start: str | None = None
    """The start of the time range to use for each widget independently from those of the dashboard."""


@structs.frozen(kw_only=True)
class SpacerProps:
    """The properties of a ``Spacer``."""

    height: float | None = None
    """Height of the spacer."""
    width: float | None = None
    """Width of the spacer."""


@structs.frozen(kw_only=True)
class TableWidgetProps:
    """The properties of a ``TableWidget``.

    See ``TableWidget`` for each keyword argument.
    """

    account_id: str | None = None
    """The AWS account ID where the metrics are located."""
    height: float | None = None
    """Height of the widget."""
    region: str | None = None
    """The region the metrics of this graph should be taken from."""
    title: str | None = None
    """Title for the graph."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""
    end: str | None = None
    """The end of the time range to use for each widget independently from those of the dashboard."""
    full_precision: bool | None = None
    """Whether to show as many digits as can fit, before rounding."""
    layout: TableLayout | None = None
    """Table layout."""
    live_data: bool | None = None
    """Whether the graph should show live data."""
    metrics: Sequence[IMetric] | None = None
    """Metrics to display in the table."""
    period: Duration | None = None
    """The default period for all metrics in this widget."""
    set_period_to_time_range: bool | None = None
    """Whether to show the value from the entire time range. Only applicable for Bar and Pie charts."""
    show_units_in_label: bool | None = None
    """Show the metrics units in the label column."""
    start: str | None = None
    """The start of the time range to use for each widget independently from those of the dashboard."""
    statistic: str | None = None
    """The default statistic to be displayed for each metric."""
    summary: TableSummaryProps | None = None
    """Properties for displaying summary columns."""
    thresholds: Sequence[TableThreshold] | None = None
    """Thresholds for highlighting table cells."""


@structs.frozen(kw_only=True)
class TextWidgetProps:
    """The properties of a ``TextWidget``."""

    markdown: str
    """The text to display, in MarkDown format."""
    background: TextWidgetBackground | None = None
    """Background for the widget."""
    height: float | None = None
    """Height of the widget."""
    width: float | None = None
    """Width of the widget, in a grid of 24 units wide."""
