"""Queue metrics (AWS/SQS, QueueName dimension, CDK's default statistics) used by alarms."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueMetrics")
queue = sqs.Queue(stack, "Queue")
queue.metric_approximate_age_of_oldest_message().create_alarm(stack, "Age", threshold=300, evaluation_periods=1)
queue.metric_number_of_messages_sent(period=cdk.Duration.minutes(1)).create_alarm(
    stack, "Sent", threshold=1000, evaluation_periods=3
)
queue.metric("NumberOfMessagesDeleted", statistic="Average").create_alarm(
    stack, "Deleted", threshold=1, evaluation_periods=2
)
queue.metric_approximate_number_of_messages_outstanding().create_alarm(
    stack, "Outstanding", threshold=50, evaluation_periods=1
)
app.synth()
