"""SqsToLambda with a customer key, queue, dead-letter and event source overrides, spelled out with aws-cdk-lib."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_lambda_event_sources import SqsEventSource

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "S")
key = kms.Key(stack, "Key")
pattern = Construct(stack, "Work")
function = lambda_.Function(
    pattern,
    "LambdaFunction",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    tracing=lambda_.Tracing.ACTIVE,
    timeout=cdk.Duration.seconds(20),
)
dead_letter_queue = sqs.Queue(
    pattern,
    "DeadLetterQueue",
    encryption=sqs.QueueEncryption.SQS_MANAGED,
    enforce_ssl=True,
    retention_period=cdk.Duration.days(14),
)
queue = sqs.Queue(
    pattern,
    "Queue",
    encryption=sqs.QueueEncryption.KMS,
    encryption_master_key=key,
    enforce_ssl=True,
    visibility_timeout=cdk.Duration.minutes(2),
    dead_letter_queue=sqs.DeadLetterQueue(queue=dead_letter_queue, max_receive_count=10),
)
function.add_event_source(SqsEventSource(queue, batch_size=5, report_batch_item_failures=True))
app.synth()
