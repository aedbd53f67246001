"""Widget options the integ tests leave out: log query lines and languages, custom widget options, alarm status
filters, table summaries, gauge options, search variables, rows, columns and spacers, search expression ``with_``."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "Widgets")
metric = cloudwatch.Metric(namespace="Shop", metric_name="Latency", statistic=cloudwatch.Stats.p(99),
                           dimensions_map={"Service": "cart"})
other = metric.with_(statistic="Average", label="avg", color=cloudwatch.Color.PURPLE)
alarm = metric.create_alarm(stack, "Slow", threshold=500, evaluation_periods=2)
search = cloudwatch.SearchExpression(expression="SEARCH('{Shop,Service} Latency', 'p99', 60)",
                                     period=cdk.Duration.minutes(1))
dashboard = cloudwatch.Dashboard(stack, "Dash", start="-P1D", end="PT0H")
dashboard.add_widgets(
    cloudwatch.LogQueryWidget(log_group_names=["app", "web"], query_lines=["fields @timestamp", "limit 20"],
                              query_language=cloudwatch.LogQueryLanguage.LOGS_INSIGHTS, width=12,
                              region="us-east-1", account_id="111122223333"),
    cloudwatch.LogQueryWidget(log_group_names=["app"], query_string="SELECT * FROM app",
                              query_language=cloudwatch.LogQueryLanguage.SQL,
                              view=cloudwatch.LogQueryVisualizationType.TABLE),
)
dashboard.add_widgets(
    cloudwatch.CustomWidget(function_arn="arn:aws:lambda:eu-west-1:111122223333:function:draw", title="Custom",
                            params={"zeta": 1, "alpha": ["x", "y"]}, update_on_refresh=False, update_on_resize=True,
                            update_on_time_range_change=False, width=8, height=4),
    cloudwatch.AlarmStatusWidget(alarms=[alarm], states=[cloudwatch.AlarmState.ALARM, cloudwatch.AlarmState.OK],
                                 sort_by=cloudwatch.AlarmStatusWidgetSortBy.STATE_UPDATED_TIMESTAMP),
    cloudwatch.Spacer(width=2, height=2),
    cloudwatch.AlarmStatusWidget(alarms=[alarm], title="Plain"),
)
table = cloudwatch.TableWidget(
    metrics=[metric], summary=cloudwatch.TableSummaryProps(
        columns=[cloudwatch.TableSummaryColumn.MAXIMUM, cloudwatch.TableSummaryColumn.AVERAGE],
        hide_non_summary_columns=True, sticky=True),
    layout=cloudwatch.TableLayout.VERTICAL, live_data=True, set_period_to_time_range=True, statistic="Sum",
    start="-P7D", end="-P1D", title="Table", thresholds=[cloudwatch.TableThreshold.above(5)],
)
table.add_metric(other)
gauge = cloudwatch.GaugeWidget(title="Gauge", left_y_axis=cloudwatch.YAxisProps(max=2000, label="ms", show_units=False),
                               legend_position=cloudwatch.LegendPosition.HIDDEN, live_data=False,
                               set_period_to_time_range=True, account_id="111122223333", region="eu-west-1")
gauge.add_metric(metric)
dashboard.add_widgets(cloudwatch.Column(table, cloudwatch.TextWidget(markdown="below the table")),
                      cloudwatch.Row(gauge, cloudwatch.GraphWidget(left=[search.with_(label="all", color="#000000")],
                                                                   right=[search])))
dashboard.add_variable(cloudwatch.DashboardVariable(
    id="svc", input_type=cloudwatch.VariableInputType.SELECT, type=cloudwatch.VariableType.PROPERTY,
    value="Service", values=cloudwatch.Values.from_search("{Shop,Service} MetricName=\"Latency\"", "Service")))
dashboard.add_variable(cloudwatch.DashboardVariable(
    id="free", input_type=cloudwatch.VariableInputType.INPUT, type=cloudwatch.VariableType.PATTERN,
    value="cart", default_value=cloudwatch.DefaultValue.value("cart"), visible=False))
dashboard.add_variable(cloudwatch.DashboardVariable(
    id="pick", input_type=cloudwatch.VariableInputType.RADIO, type=cloudwatch.VariableType.PATTERN, value="env",
    values=cloudwatch.Values.from_values(cloudwatch.VariableValue(value="prod"), cloudwatch.VariableValue(value="dev", label="Dev"))))
cdk.CfnOutput(stack, "Name", value=dashboard.dashboard_name)
app.synth()
