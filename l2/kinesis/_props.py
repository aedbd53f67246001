"""The props and attributes structs of ``aws_cdk.aws_kinesis`` (aws-cdk-lib's interfaces of the same names)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy
from constructs.internals import structs
from l2.kinesis._stream import ShardLevelMetrics, StreamEncryption, StreamMode

if TYPE_CHECKING:
    from l2.iam import PolicyDocument
    from l2.kinesis._interfaces import IStream, IStreamConsumer
    from l2.kms import IKey


@structs.frozen(kw_only=True)
class StreamProps:
    """The properties of a ``Stream``.

    Args:
        encryption: the encryption (optional).
        encryption_key: the encryption key (optional).
        removal_policy: the removal policy (optional).
        retention_period: the retention period (optional).
        shard_count: the shard count (optional).
        shard_level_metrics: the shard level metrics (optional).
        stream_mode: the stream mode (optional).
        stream_name: the stream name (optional).
    """

    encryption: StreamEncryption | None = None
    encryption_key: IKey | None = None
    removal_policy: RemovalPolicy | None = None
    retention_period: Duration | None = None
    shard_count: int | float | None = None
    shard_level_metrics: Sequence[ShardLevelMetrics] | None = None
    stream_mode: StreamMode | None = None
    stream_name: str | None = None


@structs.frozen(kw_only=True)
class StreamConsumerProps:
    """The properties of a ``StreamConsumer``.

    Args:
        stream: the stream.
        stream_consumer_name: the stream consumer name.
    """

    stream: IStream
    stream_consumer_name: str


@structs.frozen(kw_only=True)
class StreamConsumerAttributes:
    """What ``StreamConsumer.from_stream_consumer_attributes`` needs.

    Args:
        stream_consumer_arn: the stream consumer arn.
    """

    stream_consumer_arn: str


@structs.frozen(kw_only=True)
class ResourcePolicyProps:
    """The properties of a ``ResourcePolicy``: the stream or the consumer, and the document.

    Args:
        policy_document: the policy document (optional).
        stream: the stream (optional).
        stream_consumer: the stream consumer (optional).
    """

    policy_document: PolicyDocument | None = None
    stream: IStream | None = None
    stream_consumer: IStreamConsumer | None = None
