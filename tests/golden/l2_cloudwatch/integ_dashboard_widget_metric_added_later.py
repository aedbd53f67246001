"""Port of aws-cdk's integ.dashboard-widget-metric-added-later: a metric added after the widget is placed."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "dashboard-widget-metric-added-later")
dashboard = cloudwatch.Dashboard(stack, "Dashboard")
widget = cloudwatch.GraphWidget(title="Metric added later")
dashboard.add_widgets(widget)
widget.add_left_metric(cloudwatch.Metric(namespace="AWS/SQS", metric_name="NumberOfMessagesSent",
                                         dimensions_map={"QueueName": "my-queue"}))
app.synth()
