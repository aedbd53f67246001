"""Port of aws-cdk's integ.dashboard-with-metric-id-and-visible: metric ids and hidden metrics in a graph."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class DashboardWithMetricIdAndVisibleIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dash")
        widget = cloudwatch.GraphWidget(
            title="Metrics with id and visible properties",
            left=[
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric1", label="Visible metric with custom ID",
                                  id="custom_metric_id", visible=True),
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric2", label="Hidden metric for calculations",
                                  id="hidden_metric_id", visible=False),
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric3", label="Metric with only ID",
                                  id="id_only_metric"),
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric4", label="Metric with only visible",
                                  visible=True),
            ],
            right=[cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric5", label="Right side hidden metric",
                                     id="right_hidden_id", visible=False)],
        )
        dashboard.add_widgets(widget)


app = cdk.App()
DashboardWithMetricIdAndVisibleIntegrationTest(app, "DashboardWithMetricIdAndVisibleIntegrationTest")
app.synth()
