"""SQS queues with a dead-letter redrive policy (JSON-typed, emitted verbatim) and a queue policy."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "L1Sqs")

dlq = sqs.CfnQueue(stack, "DeadLetters", message_retention_period=1209600)
queue = sqs.CfnQueue(
    stack,
    "Queue",
    queue_name="golden-jobs.fifo",
    fifo_queue=True,
    content_based_deduplication=True,
    visibility_timeout=120,
    delay_seconds=5,
    receive_message_wait_time_seconds=20,
    redrive_policy={"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 3},
    sqs_managed_sse_enabled=True,
    tags=[{"key": "tier", "value": "jobs"}],
)
sqs.CfnQueuePolicy(
    stack,
    "Policy",
    queues=[queue.ref],
    policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "sns.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue.attr_arn,
            }
        ],
    },
)

cdk.CfnOutput(stack, "QueueUrl", value=queue.attr_queue_url)
cdk.CfnOutput(stack, "QueueName", value=queue.attr_queue_name)

app.synth()
