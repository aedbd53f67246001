"""FIFO topics: generated .fifo names, a name without the suffix, content-based deduplication, retention."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicFifo")
sns.Topic(stack, "Fifo", fifo=True)
sns.Topic(stack, "Named", fifo=True, topic_name="orders")
sns.Topic(stack, "Suffixed", fifo=True, topic_name="events.fifo", content_based_deduplication=True)
sns.Topic(stack, "Retained", fifo=True, message_retention_period_in_days=7)
app.synth()
