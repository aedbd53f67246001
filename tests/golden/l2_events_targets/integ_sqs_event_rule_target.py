"""Port of aws-events-targets integ.sqs-event-rule-target: a KMS-encrypted queue target with a dead-letter queue."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-sqs-event-target")
key = kms.Key(stack, "MyKey")
event = events.Rule(stack, "MyRule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
queue = sqs.Queue(stack, "MyQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
dead_letter_queue = sqs.Queue(
    stack, "MyDeadLetterQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key
)
event.add_target(targets.SqsQueue(queue, dead_letter_queue=dead_letter_queue))
app.synth()
