"""A queue in one stack subscribed to a topic in another: exports, stack dependency, subscription in the queue's stack."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
producer = cdk.Stack(app, "Producer")
topic = sns.Topic(producer, "Topic")
consumer = cdk.Stack(app, "Consumer")
queue = sqs.Queue(consumer, "Queue")
topic.add_subscription(subs.SqsSubscription(queue, raw_message_delivery=True))
app.synth()
