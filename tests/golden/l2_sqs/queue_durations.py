"""Durations and sizes: visibility timeout, retention, delivery delay, receive wait time, max message size."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueDurations")
sqs.Queue(
    stack,
    "Queue",
    visibility_timeout=cdk.Duration.minutes(5),
    retention_period=cdk.Duration.days(14),
    delivery_delay=cdk.Duration.seconds(10),
    receive_message_wait_time=cdk.Duration.seconds(20),
    max_message_size_bytes=2048,
)
param = cdk.CfnParameter(stack, "Timeout", type="Number")
sqs.Queue(stack, "Tokens", visibility_timeout=cdk.Duration.seconds(param.value_as_number))
app.synth()
