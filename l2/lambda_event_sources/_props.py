"""The props structs of aws-cdk-lib's event sources (the event source classes take them as keyword arguments)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.kms import IKey
    from l2.lambda_ import (
        EventSourceMappingLogLevel,
        IEventSourceDlq,
        ISchemaRegistry,
        MetricsConfig,
        StartingPosition,
    )
    from l2.lambda_event_sources._kafka import AuthenticationMethod
    from l2.s3 import EventType, NotificationKeyFilter
    from l2.secretsmanager import ISecret
    from l2.sns import FilterOrPolicy, SubscriptionFilter
    from l2.sqs import IQueue


@structs.frozen(kw_only=True)
class ProvisionedPollerConfig:
    """Provisioned pollers of an event source (SQS: 2 to 200 minimum and 2 to 2000 maximum; streams and Kafka: 1
    to 200 and 1 to 2000).

    Args:
        maximum_pollers / minimum_pollers: the range of pollers.
        poller_group_name: share the pollers of mappings with the same group name (Kafka sources pass it on;
            default: pollers of the mapping's own).
    """

    maximum_pollers: float | None = None
    minimum_pollers: float | None = None
    poller_group_name: str | None = None


@structs.frozen(kw_only=True)
class SqsEventSourceProps:
    """Options of ``SqsEventSource``.

    See ``SqsEventSource`` for each keyword argument.
    """

    batch_size: float | None = None
    enabled: bool | None = None
    filter_encryption: IKey | None = None
    filters: list[Mapping[str, object]] | None = None
    max_batching_window: Duration | None = None
    max_concurrency: float | None = None
    metrics_config: MetricsConfig | None = None
    # the aws_lambda ProvisionedPollerConfig (with poller_group_name), as in aws-cdk-lib 2.275
    provisioned_poller_config: ProvisionedPollerConfig | None = None
    report_batch_item_failures: bool | None = None


@structs.frozen(kw_only=True)
class BaseStreamEventSourceProps:
    """Options every stream event source takes (Kinesis, DynamoDB, Kafka).

    Args:
        starting_position: where reading starts (``TRIM_HORIZON``, ``LATEST``; ``AT_TIMESTAMP`` for Kinesis).
        batch_size: the most records per invocation (default 100).
        enabled: whether the mapping polls (default True).
        max_batching_window: how long to gather records before invoking (up to 5 minutes).
        provisioned_poller_config: provisioned mode: the minimum and maximum number of event pollers.
    """

    starting_position: StartingPosition
    batch_size: float | None = None
    enabled: bool | None = None
    max_batching_window: Duration | None = None
    provisioned_poller_config: ProvisionedPollerConfig | None = None


@structs.frozen(kw_only=True)
class StreamEventSourceProps(BaseStreamEventSourceProps):
    """Options of the Kinesis and DynamoDB event sources.

    Args:
        bisect_batch_on_error: split a failing batch in two and retry each half.
        filters / filter_encryption: event filter patterns (``lambda_.FilterCriteria.filter``), and the KMS key
            that encrypts them.
        max_record_age: skip records older than this (60 seconds to 7 days; default: no limit).
        metrics_config: the event source mapping metrics to emit.
        on_failure: where the records of batches that failed for good go (an SQS, SNS or S3 destination).
        parallelization_factor: batches processed at once per shard (1 to 10, default 1).
        report_batch_item_failures: the function reports which records of a batch failed.
        retry_attempts: retries of a failed batch (default: until its records expire).
        tumbling_window: aggregate state over windows of this length (up to 15 minutes).
    """

    bisect_batch_on_error: bool | None = None
    filter_encryption: IKey | None = None
    filters: list[Mapping[str, object]] | None = None
    max_record_age: Duration | None = None
    metrics_config: MetricsConfig | None = None
    on_failure: IEventSourceDlq | None = None
    parallelization_factor: float | None = None
    report_batch_item_failures: bool | None = None
    retry_attempts: float | None = None
    tumbling_window: Duration | None = None


@structs.frozen(kw_only=True)
class DynamoEventSourceProps(StreamEventSourceProps):
    """Options of ``DynamoEventSource``."""


@structs.frozen(kw_only=True)
class KinesisEventSourceProps(StreamEventSourceProps):
    """Options of ``KinesisEventSource``.

    Args:
        starting_position_timestamp: with ``AT_TIMESTAMP``, the time to start reading from (Unix seconds).
    """

    starting_position_timestamp: float | None = None


@structs.frozen(kw_only=True)
class S3EventSourceProps:
    """Options of ``S3EventSource``: the bucket events and key filters.

    Args:
        events: the S3 events that invoke the function.
        filters: only objects whose keys match these prefix/suffix filters (default every object).
    """

    events: list[EventType]
    filters: list[NotificationKeyFilter] | None = None


@structs.frozen(kw_only=True)
class SnsEventSourceProps:
    """Options of ``SnsEventSource``: the subscription's dead-letter queue and filter policies.

    Args:
        dead_letter_queue: the queue that receives messages that could not be delivered (default none).
        filter_policy: which messages reach the function, by their attributes (default all).
        filter_policy_with_message_body: which messages reach the function, by their body (default all).
    """

    dead_letter_queue: IQueue | None = None
    filter_policy: Mapping[str, SubscriptionFilter] | None = None
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None


@structs.frozen(kw_only=True)
class KafkaEventSourceProps(BaseStreamEventSourceProps):
    """Options of the Kafka event sources.

    Args:
        topic: the topic to read.
        secret: the secret holding the cluster credentials (SASL/SCRAM or mutual TLS).
        consumer_group_id: the consumer group to join (default: one Lambda names).
        filters / filter_encryption: event filter patterns, and the KMS key that encrypts them.
        on_failure: where records that failed for good go.
        starting_position_timestamp: with ``AT_TIMESTAMP``, the time to start reading from (Unix seconds).
        schema_registry_config: a schema registry that decodes the records (Confluent or AWS Glue).
        log_level: the log level of the event source mapping.
        metrics_config: the event source mapping metrics to emit.
        bisect_batch_on_error: split a failing batch in two and retry each half.
        max_record_age / retry_attempts: give up on records older than this / after this many retries.
        report_batch_item_failures: the function reports which records of a batch failed.
    """

    topic: str
    secret: ISecret | None = None
    consumer_group_id: str | None = None
    filters: list[Mapping[str, object]] | None = None
    filter_encryption: IKey | None = None
    on_failure: IEventSourceDlq | None = None
    starting_position_timestamp: float | None = None
    schema_registry_config: ISchemaRegistry | None = None
    log_level: EventSourceMappingLogLevel | None = None
    metrics_config: MetricsConfig | None = None
    bisect_batch_on_error: bool | None = None
    max_record_age: Duration | None = None
    retry_attempts: float | None = None
    report_batch_item_failures: bool | None = None


@structs.frozen(kw_only=True)
class ManagedKafkaEventSourceProps(KafkaEventSourceProps):
    """Options of ``ManagedKafkaEventSource``: the Kafka options plus the MSK cluster.

    See ``ManagedKafkaEventSource`` for each keyword argument.
    """

    cluster_arn: str


@structs.frozen(kw_only=True)
class SelfManagedKafkaEventSourceProps(KafkaEventSourceProps):
    """Options of ``SelfManagedKafkaEventSource``: the Kafka options plus brokers, network and authentication.

    See ``SelfManagedKafkaEventSource`` for each keyword argument.
    """

    bootstrap_servers: Sequence[str]
    authentication_method: AuthenticationMethod | None = None
    root_ca_certificate: ISecret | None = None
    security_group: ISecurityGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None
