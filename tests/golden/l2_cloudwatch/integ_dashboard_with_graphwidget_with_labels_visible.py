"""Port of aws-cdk's integ.dashboard-with-graphwidget-with-labels-visible: pie graphs with and without labels."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class DashboardWithGraphWidgetWithLabelsVisibleIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dash")
        metrics = [
            cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric left 1 - p99",
                              statistic=cloudwatch.Stats.p(99)),
            cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric left 2 - TC_10P_90P",
                              statistic=cloudwatch.Stats.tc(10, 90)),
            cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric left 3 - TS(5%:95%)",
                              statistic="TS(5%:95%)"),
        ]
        widget_props = {
            "title": "My fancy graph",
            "left": metrics,
            "right": [],
            "view": cloudwatch.GraphWidgetView.PIE,
            "left_annotations": [{"value": 10, "label": "Left annotation", "color": "#00ff00",
                                  "fill": cloudwatch.Shading.ABOVE, "visible": True}],
            "right_annotations": [{"value": 20, "label": "Right annotation", "color": "#e30d0d",
                                   "fill": cloudwatch.Shading.BELOW, "visible": False}],
            "vertical_annotations": [{"date": "2023-08-20T00:00:00.000Z", "label": "Vertical annotation",
                                      "color": "#2556f6", "fill": cloudwatch.VerticalShading.AFTER,
                                      "visible": True}],
        }
        dashboard.add_widgets(
            cloudwatch.GraphWidget(**widget_props, display_labels_on_chart=True),
            cloudwatch.GraphWidget(**widget_props, display_labels_on_chart=False),
            cloudwatch.GraphWidget(**widget_props),
        )


app = cdk.App()
DashboardWithGraphWidgetWithLabelsVisibleIntegrationTest(app, "DashboardWithGraphWidgetWithLabelsVisibleIntegrationTest")
app.synth()
