"""Port of aws-events-targets integ.sqs-imported-key: a queue encrypted with an imported key as a target."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-sqs-event-target-imported-key")
imported_key = kms.Key.from_key_arn(
    stack, "ImportedKey", "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"
)
queue = sqs.Queue(stack, "MyQueue", encryption_master_key=imported_key)
event = events.Rule(stack, "MyRule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
event.add_target(targets.SqsQueue(queue))
app.synth()
