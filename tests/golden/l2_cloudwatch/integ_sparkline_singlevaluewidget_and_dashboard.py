"""Port of aws-cdk's integ.sparkline-singlevaluewidget-and-dashboard: a single-value widget with a sparkline."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dashboard")
        test_metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric")
        widget = cloudwatch.SingleValueWidget(metrics=[test_metric], sparkline=True)
        dashboard.add_widgets(widget)


app = cdk.App()
TestStack(app, "aws-cdk-cloudwatch-singlevaluewidget-sparkline-integ")
app.synth()
