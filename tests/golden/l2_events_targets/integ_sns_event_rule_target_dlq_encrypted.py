"""Port of aws-events-targets integ.sns-event-rule-target-dlq-encrypted: a topic target with a KMS-encrypted DLQ."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-sns-event-target-dlq-encrypted")
topic = sns.Topic(stack, "MyTopic")
event = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
queue = sqs.Queue(stack, "MyQueue")
topic.add_subscription(subs.SqsSubscription(queue))
key = kms.Key(stack, "MyKey")
dead_letter_queue = sqs.Queue(stack, "MyDeadLetterQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
event.add_target(targets.SnsTopic(topic, dead_letter_queue=dead_letter_queue))
app.synth()
