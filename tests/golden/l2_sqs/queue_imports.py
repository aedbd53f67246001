"""Imported queues: from_queue_arn and from_queue_attributes, their attributes and grants."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueImports")
by_arn = sqs.Queue.from_queue_arn(stack, "ByArn", "arn:aws:sqs:us-east-1:123456789012:imported")
fifo = sqs.Queue.from_queue_attributes(
    stack, "Fifo", queue_arn="arn:aws:sqs:eu-west-1:123456789012:orders.fifo", queue_url="https://example.com/q"
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
by_arn.grant_send_messages(role)
fifo.grant_consume_messages(role)
encrypted = sqs.Queue.from_queue_attributes(
    stack,
    "Encrypted",
    queue_arn="arn:aws:sqs:us-east-1:123456789012:secret",
    key_arn="arn:aws:kms:us-east-1:123456789012:key/1234",
)
encrypted.grant_send_messages(role)
cdk.CfnOutput(stack, "Url", value=by_arn.queue_url)
cdk.CfnOutput(stack, "Name", value=by_arn.queue_name)
cdk.CfnOutput(stack, "FifoUrl", value=fifo.queue_url)
cdk.CfnOutput(stack, "IsFifo", value=str(fifo.fifo))
app.synth()
