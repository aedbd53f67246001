"""Port of aws-cdk's integ.alarm-with-label: a labelled metric makes alarms render ``Metrics``."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class AlarmWithLabelIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        test_metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric [AVG: ${AVG}]")
        cloudwatch.Alarm(self, "Alarm1", metric=test_metric, threshold=100, evaluation_periods=3)
        test_metric.create_alarm(self, "Alarm2", threshold=100, evaluation_periods=3)


app = cdk.App()
AlarmWithLabelIntegrationTest(app, "AlarmWithLabelIntegrationTest")
app.synth()
