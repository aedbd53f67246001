"""Port of aws-cdk's integ.metric-with-dimensions: an alarm on a metric with eleven dimensions."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudwatch-metric-dimensions")
queue = cdk.CfnResource(stack, "queue", type="AWS::SQS::Queue")
dimensions = {"QueueName": queue.get_att("QueueName").to_string()}
dimensions.update({f"BlankD{i}": f"value{i}" for i in range(1, 11)})
number_of_messages_visible_metric = cloudwatch.Metric(namespace="AWS/SQS",
                                                      metric_name="ApproximateNumberOfMessagesVisible",
                                                      dimensions_map=dimensions)
number_of_messages_visible_metric.create_alarm(stack, "Alarm", threshold=100, evaluation_periods=3,
                                               datapoints_to_alarm=2)
app.synth()
