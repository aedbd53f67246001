"""Amazon Kinesis constructs (aws-cdk-lib: ``aws_cdk.aws_kinesis``): ``Stream``, ``StreamConsumer``,
``ResourcePolicy`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.kinesis import *  # noqa: F403
from l1.kinesis import __all__ as _l1_all
from l2.kinesis._interfaces import IStream, IStreamConsumer
from l2.kinesis._props import ResourcePolicyProps, StreamConsumerAttributes, StreamConsumerProps, StreamProps
from l2.kinesis._resource_policy import ResourcePolicy
from l2.kinesis._stream import (
    ShardLevelMetrics,
    Stream,
    StreamAttributes,
    StreamBase,
    StreamEncryption,
    StreamMode,
    StreamReference,
)
from l2.kinesis._stream_consumer import StreamConsumer

__all__ = [
    "IStream",
    "IStreamConsumer",
    "ResourcePolicyProps",
    "StreamConsumer",
    "StreamConsumerAttributes",
    "StreamConsumerProps",
    "StreamProps",
    "ResourcePolicy",
    "ShardLevelMetrics",
    "Stream",
    "StreamAttributes",
    "StreamBase",
    "StreamEncryption",
    "StreamMode",
    "StreamReference",
]
__all__ += _l1_all
__all__.sort()

check_public_classes(globals())
