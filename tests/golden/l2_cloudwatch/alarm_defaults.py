"""Metric.create_alarm with defaults: flat metric properties, Average over 5 minutes."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AlarmDefaults")
metric = cloudwatch.Metric(namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesVisible",
                           dimensions_map={"QueueName": "orders"})
metric.create_alarm(stack, "Backlog", threshold=100, evaluation_periods=3)
app.synth()
