"""SqsToLambda's defaults spelled out with aws-cdk-lib's L2 classes (same construct ids)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_lambda_event_sources import SqsEventSource

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "S")
pattern = Construct(stack, "Work")
function = lambda_.Function(
    pattern,
    "LambdaFunction",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    tracing=lambda_.Tracing.ACTIVE,
)
dead_letter_queue = sqs.Queue(
    pattern, "DeadLetterQueue", encryption=sqs.QueueEncryption.KMS_MANAGED, enforce_ssl=True
)
queue = sqs.Queue(
    pattern,
    "Queue",
    encryption=sqs.QueueEncryption.KMS_MANAGED,
    enforce_ssl=True,
    dead_letter_queue=sqs.DeadLetterQueue(queue=dead_letter_queue, max_receive_count=3),
)
function.add_event_source(SqsEventSource(queue))
app.synth()
