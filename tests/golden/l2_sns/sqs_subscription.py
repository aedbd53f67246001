"""SqsSubscription: queue policy and subscription under the queue (id = node unique id of the topic)."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "TopicSub")
topic = sns.Topic(stack, "Topic")
queue = sqs.Queue(stack, "Queue")
topic.add_subscription(subs.SqsSubscription(queue))
raw = sqs.Queue(stack, "Raw")
dlq = sqs.Queue(stack, "DeadLetters")
topic.add_subscription(
    subs.SqsSubscription(
        raw,
        raw_message_delivery=True,
        dead_letter_queue=dlq,
        filter_policy={
            "color": sns.SubscriptionFilter.string_filter(allowlist=["red", "blue"], match_prefixes=["dark"]),
            "size": sns.SubscriptionFilter.numeric_filter(between=sns.BetweenCondition(start=1, stop=10)),
            "store": sns.SubscriptionFilter.exists_filter(),
        },
    )
)
fifo_topic = sns.Topic(stack, "FifoTopic", fifo=True)
fifo_queue = sqs.Queue(stack, "FifoQueue", fifo=True)
fifo_topic.add_subscription(subs.SqsSubscription(fifo_queue))
app.synth()
