"""Port of aws-events-targets integ.sns-event-rule-target-custom-role: a topic target publishing with a given role."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-sns-event-target")
topic = sns.Topic(stack, "MyTopic")
event = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
queue = sqs.Queue(stack, "MyQueue")
topic.add_subscription(subs.SqsSubscription(queue))
dead_letter_queue = sqs.Queue(stack, "MyDeadLetterQueue")
role = iam.Role(stack, "MyRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
event.add_target(targets.SnsTopic(topic, dead_letter_queue=dead_letter_queue, role=role))
app.synth()
