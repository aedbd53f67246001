"""FIFO queues: fifo flag, the .fifo name rule, content-based deduplication and throughput settings."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueFifo")
sqs.Queue(stack, "Fifo", fifo=True)
sqs.Queue(stack, "NamedFifo", queue_name="orders.fifo")
sqs.Queue(stack, "Dedup", content_based_deduplication=True)
sqs.Queue(
    stack,
    "HighThroughput",
    fifo=True,
    deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
    fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
)
sqs.Queue(stack, "NotFifo", fifo=False)
app.synth()
