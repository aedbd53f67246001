"""Port of aws-cdk's integ.dashboard-with-graphwidget-with-statistic: percentile and trimmed statistics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class DashboardWithGraphWidgetWithStatisticIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dash")
        widget = cloudwatch.GraphWidget(
            title="My fancy graph",
            left=[
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric left 1 - p99",
                                  statistic=cloudwatch.Stats.p(99)),
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric left 2 - TC_10P_90P",
                                  statistic=cloudwatch.Stats.tc(10, 90)),
                cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric left 3 - TS(5%:95%)",
                                  statistic="TS(5%:95%)"),
            ],
            right=[cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric right 1 - p90.1234",
                                     statistic="p90.1234")],
        )
        dashboard.add_widgets(widget)


app = cdk.App()
DashboardWithGraphWidgetWithStatisticIntegrationTest(app, "DashboardWithGraphWidgetWithStatisticIntegrationTest")
app.synth()
