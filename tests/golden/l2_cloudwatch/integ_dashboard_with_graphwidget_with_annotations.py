"""Port of aws-cdk's integ.dashboard-with-graphwidget-with-annotations: left, right and vertical annotations."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class DashboardWithGraphWidgetWithAnnotationsIntegrationTest(cdk.Stack):
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
            left_annotations=[cloudwatch.HorizontalAnnotation(value=10, label="Left annotation", color="#00ff00",
                                                              fill=cloudwatch.Shading.ABOVE, visible=True)],
            right_annotations=[{"value": 20, "label": "Right annotation", "color": "#e30d0d",
                                "fill": cloudwatch.Shading.BELOW, "visible": False}],
            vertical_annotations=[cloudwatch.VerticalAnnotation(date="2023-08-20T00:00:00.000Z",
                                                                label="Vertical annotation", color="#2556f6",
                                                                fill=cloudwatch.VerticalShading.AFTER, visible=True)],
        )
        dashboard.add_widgets(widget)


app = cdk.App()
DashboardWithGraphWidgetWithAnnotationsIntegrationTest(app, "DashboardWithGraphWidgetWithAnnotationsIntegrationTest")
app.synth()
