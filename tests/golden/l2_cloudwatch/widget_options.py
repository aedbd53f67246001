"""Options of the older widgets and alarms not pinned elsewhere: axis and legend options, live data, alarm widget
axes, solid text, single values over a time range, anomaly alarms on expressions, alarms across accounts."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "WidgetOptions", env=cdk.Environment(account="111111111111", region="eu-central-1"))
requests = cloudwatch.Metric(namespace="Api", metric_name="Requests", statistic=cloudwatch.Stats.SAMPLE_COUNT,
                             unit=cloudwatch.Unit.COUNT, dimensions_map={"Stage": "prod"})
errors = cloudwatch.Metric(namespace="Api", metric_name="Errors", statistic="sum", account="222222222222",
                           id="err", visible=True)
rate = cloudwatch.MathExpression(expression="e / r", using_metrics={"e": errors, "r": requests},
                                 period=cdk.Duration.minutes(15), color=cloudwatch.Color.BROWN)
alarm = cloudwatch.Alarm(stack, "Rate", metric=rate, threshold=0.05, evaluation_periods=4, datapoints_to_alarm=3,
                         comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
                         alarm_description="error rate", evaluate_low_sample_count_percentile="ignore")
anomaly = cloudwatch.AnomalyDetectionAlarm(stack, "Anomaly", metric=rate, evaluation_periods=2,
                                           comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD)
dashboard = cloudwatch.Dashboard(stack, "Dash", dashboard_name="options", default_interval=cdk.Duration.hours(6))
dashboard.add_widgets(
    cloudwatch.GraphWidget(left=[requests], right=[rate], left_y_axis=cloudwatch.YAxisProps(show_units=False),
                           right_y_axis={"max": 1, "min": 0, "label": "ratio"}, legend_position=cloudwatch.LegendPosition.BOTTOM,
                           live_data=True, set_period_to_time_range=True, statistic="p50",
                           period=cdk.Duration.hours(1), height=8, width=9, region="us-west-2",
                           right_annotations=[alarm.to_annotation(), anomaly.to_annotation()]),
    cloudwatch.AlarmWidget(alarm=anomaly, left_y_axis=cloudwatch.YAxisProps(min=0), width=7, height=5),
    cloudwatch.TextWidget(markdown="**solid**", background=cloudwatch.TextWidgetBackground.SOLID, width=8),
)
dashboard.add_widgets(cloudwatch.SingleValueWidget(metrics=[requests, errors], set_period_to_time_range=True,
                                                   start="-PT3H", end="-PT1H", title="window"))
cdk.CfnOutput(stack, "Arn", value=dashboard.dashboard_arn)
cdk.CfnOutput(stack, "Annotation", value=alarm.to_annotation().label)
app.synth()
