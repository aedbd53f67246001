"""A labelled metric and a cross-account metric render as Metrics (MetricDataQuery) entries."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AlarmLabel", env=cdk.Environment(account="111111111111", region="us-east-1"))
labelled = cloudwatch.Metric(namespace="MyApp", metric_name="Errors", label="App errors", statistic="Sum",
                             unit=cloudwatch.Unit.COUNT)
labelled.create_alarm(stack, "Labelled", threshold=5, evaluation_periods=1)
other = cloudwatch.Metric(namespace="MyApp", metric_name="Errors", account="222222222222",
                          dimensions_map={"Service": "billing"})
other.create_alarm(stack, "CrossAccount", threshold=1, evaluation_periods=2,
                   comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD)
same = cloudwatch.Metric(namespace="MyApp", metric_name="Errors", account="111111111111")
same.create_alarm(stack, "SameAccount", threshold=1, evaluation_periods=1)
app.synth()
