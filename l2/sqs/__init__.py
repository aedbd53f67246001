"""Amazon SQS constructs (aws-cdk-lib: ``aws_cdk.aws_sqs``): ``Queue``, ``QueuePolicy`` and the L1 classes.

Names load on first use (PEP 562): ``from l2 import sqs`` stays cheap, and each submodule (and the generated
``l1.sqs`` module) is imported only when one of its names is first touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from constructs.internals import check_public_classes

if TYPE_CHECKING:
    from l1.sqs import *  # noqa: F403
    from l1.sqs import CfnQueue as CfnQueue
    from l1.sqs import CfnQueueInlinePolicy as CfnQueueInlinePolicy
    from l1.sqs import CfnQueuePolicy as CfnQueuePolicy
    from l2.sqs._grants import QueueGrants as QueueGrants
    from l2.sqs._interfaces import IQueue as IQueue
    from l2.sqs._policy import QueuePolicy as QueuePolicy
    from l2.sqs._policy import QueuePolicyProps as QueuePolicyProps
    from l2.sqs._queue import DeadLetterQueue as DeadLetterQueue
    from l2.sqs._queue import DeduplicationScope as DeduplicationScope
    from l2.sqs._queue import FifoThroughputLimit as FifoThroughputLimit
    from l2.sqs._queue import Queue as Queue
    from l2.sqs._queue import QueueAttributes as QueueAttributes
    from l2.sqs._queue import QueueProps as QueueProps
    from l2.sqs._queue import RedriveAllowPolicy as RedriveAllowPolicy
    from l2.sqs._queue import RedrivePermission as RedrivePermission
    from l2.sqs._queue_base import QueueBase as QueueBase
    from l2.sqs._queue_base import QueueEncryption as QueueEncryption

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

_L2_NAMES: dict[str, str] = {
    "DeadLetterQueue": "_queue",
    "DeduplicationScope": "_queue",
    "FifoThroughputLimit": "_queue",
    "IQueue": "_interfaces",
    "Queue": "_queue",
    "QueueAttributes": "_queue",
    "QueueBase": "_queue_base",
    "QueueEncryption": "_queue_base",
    "QueueGrants": "_grants",
    "QueuePolicy": "_policy",
    "QueuePolicyProps": "_policy",
    "QueueProps": "_queue",
    "RedriveAllowPolicy": "_queue",
    "RedrivePermission": "_queue",
}


def __getattr__(name: str) -> object:
    """The names of ``l2.sqs``'s submodules and of ``l1.sqs``, imported on first use."""
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.sqs.{module}"), name)
        check_public_classes({name: value})
    else:
        l1 = importlib.import_module("l1.sqs")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.sqs' has no attribute {name!r}")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
