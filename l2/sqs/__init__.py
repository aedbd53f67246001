"""Amazon SQS constructs (aws-cdk-lib: ``aws_cdk.aws_sqs``): ``Queue``, ``QueuePolicy`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.sqs import *  # noqa: F403
from l1.sqs import (
    CfnQueue,
    CfnQueueInlinePolicy,
    CfnQueuePolicy,
)
from l2.sqs._grants import QueueGrants
from l2.sqs._interfaces import IQueue
from l2.sqs._policy import QueuePolicy, QueuePolicyProps
from l2.sqs._queue import (
    DeadLetterQueue,
    DeduplicationScope,
    FifoThroughputLimit,
    Queue,
    QueueAttributes,
    QueueProps,
    RedriveAllowPolicy,
    RedrivePermission,
)
from l2.sqs._queue_base import QueueBase, QueueEncryption

__all__ = [
    "CfnQueue",
    "CfnQueueInlinePolicy",
    "CfnQueuePolicy",
    "DeadLetterQueue",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "IQueue",
    "Queue",
    "QueueAttributes",
    "QueueBase",
    "QueueEncryption",
    "QueueGrants",
    "QueuePolicy",
    "QueuePolicyProps",
    "QueueProps",
    "RedriveAllowPolicy",
    "RedrivePermission",
]

check_public_classes(globals())
