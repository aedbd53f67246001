"""Port of aws-cdk's aws-scheduler-targets integ.sns-publish.ts: publish to a topic with a queue subscription."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_scheduler_targets import SnsPublish

app = cdk.App()
stack = cdk.Stack(app, "AwsSchedulerTargetsSnsPublish")
topic = sns.Topic(stack, "Topic")
queue = sqs.Queue(stack, "Queue")
topic.add_subscription(subscriptions.SqsSubscription(queue, raw_message_delivery=True))
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=SnsPublish(topic, input=scheduler.ScheduleTargetInput.from_text("Hello, Scheduler!")),
)
app.synth()
