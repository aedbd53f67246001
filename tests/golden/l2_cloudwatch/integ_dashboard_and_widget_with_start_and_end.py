"""Port of aws-cdk's integ.dashboard-and-widget-with-start-and-end: start/end on single-value, graph and gauge
widgets, a metric in another account and region."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dashboard")
        test_metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", account="1234",
                                        region="us-north-5")
        single_value_widget = cloudwatch.SingleValueWidget(metrics=[test_metric], start="-P7D",
                                                           end="2018-12-17T06:00:00.000Z")
        graph_widget = cloudwatch.GraphWidget(left=[test_metric], start="-P7D", end="2018-12-17T06:00:00.000Z")
        gauge_widget = cloudwatch.GaugeWidget(metrics=[test_metric], start="-P7D", end="2018-12-17T06:00:00.000Z")
        dashboard.add_widgets(single_value_widget)
        dashboard.add_widgets(graph_widget)
        dashboard.add_widgets(gauge_widget)


app = cdk.App()
TestStack(app, "DashboardAndWidgetWithStartAndEnd")
app.synth()
