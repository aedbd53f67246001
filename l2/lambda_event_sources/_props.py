"""The props structs of aws-cdk-lib's event sources (the event source classes take them as keyword arguments)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

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
    filters: list[Mapping[str, Any]] | None = None
    max_batching_window: Duration | None = None
    max_concurrency: float | None = None
    metrics_config: MetricsConfig | None = None
    # the aws_lambda ProvisionedPollerConfig (with poller_group_name), as in aws-cdk-lib 2.275
    provisioned_poller_config: ProvisionedPollerConfig | None = None
    report_batch_item_failures: bool | None = None


@structs.frozen(kw_only=True)
class BaseStreamEventSourceProps:
    """Options every stream event source takes (Kinesis, DynamoDB, Kafka)."""

    starting_position: StartingPosition
    batch_size: float | None = None
    enabled: bool | None = None
    max_batching_window: Duration | None = None
    provisioned_poller_config: ProvisionedPollerConfig | None = None


@structs.frozen(kw_only=True)
class StreamEventSourceProps(BaseStreamEventSourceProps):
    """Options of the Kinesis and DynamoDB event sources."""

    bisect_batch_on_error: bool | None = None
    filter_encryption: IKey | None = None
    filters: list[Mapping[str, Any]] | None = None
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
    """Options of ``KinesisEventSource``."""

    starting_position_timestamp: float | None = None


@structs.frozen(kw_only=True)
class S3EventSourceProps:
    """Options of ``S3EventSource``: the bucket events and key filters."""

    events: list[EventType]
    filters: list[NotificationKeyFilter] | None = None


@structs.frozen(kw_only=True)
class SnsEventSourceProps:
    """Options of ``SnsEventSource``: the subscription's dead-letter queue and filter policies."""

    dead_letter_queue: IQueue | None = None
    filter_policy: Mapping[str, SubscriptionFilter] | None = None
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None


@structs.frozen(kw_only=True)
class KafkaEventSourceProps(BaseStreamEventSourceProps):
    """Options of the Kafka event sources."""

    topic: str
    secret: ISecret | None = None
    consumer_group_id: str | None = None
    filters: list[Mapping[str, Any]] | None = None
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
