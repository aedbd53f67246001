"""Port of aws-cdk's integ.gauge-alarm: a full-width gauge with its own range on an L1 queue's metric."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "gauge-alarm")
queue = cdk.CfnResource(stack, "queue", type="AWS::SQS::Queue")
number_of_messages_visible_metric = cloudwatch.Metric(
    namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesVisible",
    dimensions_map={"QueueName": queue.get_att("QueueName").to_string()},
)
dashboard = cloudwatch.Dashboard(stack, "Dash", dashboard_name="MyCustomGaugeAlarm")
dashboard.add_widgets(cloudwatch.GaugeWidget(left_y_axis={"max": 500, "min": 0}, width=24,
                                             metrics=[number_of_messages_visible_metric]))
app.synth()
