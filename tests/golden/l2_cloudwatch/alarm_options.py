"""Alarm with every simple option: operator, missing data, datapoints, name, description, unit, sorted dimensions."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AlarmOptions")
metric = cloudwatch.Metric(
    namespace="MyApp",
    metric_name="Latency",
    dimensions_map={"Stage": "prod", "Api": "orders"},
    statistic=cloudwatch.Stats.percentile(99),
    period=cdk.Duration.minutes(1),
    unit=cloudwatch.Unit.MILLISECONDS,
)
cloudwatch.Alarm(
    stack,
    "Slow",
    metric=metric,
    threshold=250.5,
    evaluation_periods=5,
    datapoints_to_alarm=3,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
    alarm_name="orders-latency",
    alarm_description="p99 latency above 250 ms",
    actions_enabled=False,
)
app.synth()
