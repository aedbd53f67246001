"""Port of aws-cdk's integ.gauge-widget: a gauge with a range, an annotation, a statistic and a period."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "gauge-alarm")
dashboard = cloudwatch.Dashboard(stack, "Dashboard")
widget = cloudwatch.GaugeWidget(
    title="My gauge widget",
    metrics=[cloudwatch.Metric(namespace="AWS/VPN", metric_name="TunnelState",
                               dimensions_map={"TunnelIpAddress": "123.123.123.123"}, statistic="Minimum")],
    left_y_axis=cloudwatch.YAxisProps(min=0, max=10),
    annotations=[{"color": "#b2df8d", "label": "Up", "value": 5, "fill": cloudwatch.Shading.ABOVE}],
    statistic="Minimum",
    period=cdk.Duration.minutes(1),
)
dashboard.add_widgets(widget)
app.synth()
