"""The props structs of aws-cdk-lib's event sources (the event source classes take them as keyword arguments)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Duration
from constructs.internals import structs


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
    """Options of ``SqsEventSource``."""

    batch_size: float | None = None
    enabled: bool | None = None
    filter_encryption: Any = None
    filters: Sequence[Mapping[str, Any]] | None = None
    max_batching_window: Duration | None = None
    max_concurrency: float | None = None
    metrics_config: Any = None
    # the aws_lambda ProvisionedPollerConfig (with poller_group_name), as in aws-cdk-lib 2.275
    provisioned_poller_config: Any = None
    report_batch_item_failures: bool | None = None


@structs.frozen(kw_only=True)
class BaseStreamEventSourceProps:
    """Options every stream event source takes (Kinesis, DynamoDB, Kafka)."""

    starting_position: Any
    batch_size: float | None = None
    enabled: bool | None = None
    max_batching_window: Duration | None = None
    provisioned_poller_config: ProvisionedPollerConfig | None = None


@structs.frozen(kw_only=True)
class StreamEventSourceProps(BaseStreamEventSourceProps):
    """Options of the Kinesis and DynamoDB event sources."""

    bisect_batch_on_error: bool | None = None
    filter_encryption: Any = None
    filters: Sequence[Mapping[str, Any]] | None = None
    max_record_age: Duration | None = None
    metrics_config: Any = None
    on_failure: Any = None
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

    events: Sequence[Any]
    filters: Sequence[Any] | None = None


@structs.frozen(kw_only=True)
class SnsEventSourceProps:
    """Options of ``SnsEventSource``: the subscription's dead-letter queue and filter policies."""

    dead_letter_queue: Any = None
    filter_policy: Mapping[str, Any] | None = None
    filter_policy_with_message_body: Mapping[str, Any] | None = None


@structs.frozen(kw_only=True)
class KafkaEventSourceProps(BaseStreamEventSourceProps):
    """Options of the Kafka event sources."""

    topic: str
    secret: Any = None
    consumer_group_id: str | None = None
    filters: Sequence[Mapping[str, Any]] | None = None
    filter_encryption: Any = None
    on_failure: Any = None
    starting_position_timestamp: float | None = None
    schema_registry_config: Any = None
    log_level: Any = None
    metrics_config: Any = None
    bisect_batch_on_error: bool | None = None
    max_record_age: Duration | None = None
    retry_attempts: float | None = None
    report_batch_item_failures: bool | None = None


@structs.frozen(kw_only=True)
class ManagedKafkaEventSourceProps(KafkaEventSourceProps):
    """Options of ``ManagedKafkaEventSource``: the Kafka options plus the MSK cluster."""

    cluster_arn: str


@structs.frozen(kw_only=True)
class SelfManagedKafkaEventSourceProps(KafkaEventSourceProps):
    """Options of ``SelfManagedKafkaEventSource``: the Kafka options plus brokers, network and authentication."""

    bootstrap_servers: Sequence[str]
    authentication_method: Any = None
    root_ca_certificate: Any = None
    security_group: Any = None
    vpc: Any = None
    vpc_subnets: Any = None
