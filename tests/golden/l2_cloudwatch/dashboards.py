"""Dashboard: rows and wrapping, text/graph/single-value/alarm widgets, axes, annotations, math in graphs."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "Dashboards")
errors = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Errors", statistic="Sum",
                           dimensions_map={"FunctionName": "orders"})
duration = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Duration",
                             dimensions_map={"FunctionName": "orders"}, period=cdk.Duration.minutes(1),
                             label="Duration", color="#ff0000")
invocations = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Invocations", statistic="Sum",
                                dimensions_map={"FunctionName": "orders"})
rate = cloudwatch.MathExpression(expression="100 * e / i", using_metrics={"e": errors, "i": invocations})
alarm = errors.create_alarm(stack, "Errors", threshold=1, evaluation_periods=1)
dashboard = cloudwatch.Dashboard(stack, "Dash", dashboard_name="orders-dashboard",
                                 period_override=cloudwatch.PeriodOverride.AUTO)
dashboard.add_widgets(cloudwatch.TextWidget(markdown="# Orders", width=24, height=1))
dashboard.add_widgets(
    cloudwatch.GraphWidget(title="Errors and duration", left=[errors], right=[duration],
                           left_y_axis=cloudwatch.YAxisProps(min=0, label="count"),
                           left_annotations=[cloudwatch.HorizontalAnnotation(value=5, label="limit")],
                           legend_position=cloudwatch.LegendPosition.RIGHT, stacked=True, width=12),
    cloudwatch.GraphWidget(title="Error rate", left=[rate], view=cloudwatch.GraphWidgetView.BAR,
                           period=cdk.Duration.minutes(5), statistic="Sum", width=12),
    cloudwatch.SingleValueWidget(metrics=[invocations], title="Calls", sparkline=True),
)
dashboard.add_widgets(cloudwatch.AlarmWidget(alarm=alarm, title="Errors alarm"),
                      cloudwatch.TextWidget(markdown="note", background=cloudwatch.TextWidgetBackground.TRANSPARENT))
cloudwatch.Dashboard(stack, "Plain", default_interval=cdk.Duration.hours(3),
                     widgets=[[cloudwatch.GraphWidget(left=[invocations])]])
app.synth()
