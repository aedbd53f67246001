"""``EventSourceMapping``: Lambda polling a queue or stream (``AWS::Lambda::EventSourceMapping``)."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from constructs import ArnFormat, Construct, Duration, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1.lambda_ import CfnEventSourceMapping

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.lambda_._interfaces import IEventSourceMapping, IFunction
    from l2.lambda_._schema_registry import ISchemaRegistry

    from ._references import EventSourceMappingReference


class StartingPosition(enum.Enum):
    """Where to start reading a stream."""

    TRIM_HORIZON = "TRIM_HORIZON"
    LATEST = "LATEST"
    AT_TIMESTAMP = "AT_TIMESTAMP"


@structs.frozen(kw_only=True)
class DlqDestinationConfig:
    """An on-failure destination of an event source mapping.

    Args:
        destination: the ARN of the destination.
    """

    destination: str


class IEventSourceDlq(Protocol):
    """An on-failure destination (queue or topic) of a stream event source."""

    def bind(self, target: IEventSourceMapping, target_handler: IFunction, /) -> DlqDestinationConfig: ...


class EventSourceMappingLogLevel(enum.Enum):
    """The system log level of an event source mapping's poller."""

    INFO = "INFO"
    DEBUG = "DEBUG"
    WARN = "WARN"


class MetricType(enum.Enum):
    """Metrics an event source mapping can publish."""

    EVENT_COUNT = "EventCount"
    ERROR_COUNT = "ErrorCount"
    KAFKA_METRICS = "KafkaMetrics"


@structs.frozen(kw_only=True)
class MetricsConfig:
    """The metrics an event source mapping publishes.

    Args:
        metrics: the metric groups to publish (e.g. ``MetricType.EVENT_COUNT``).
    """

    metrics: Sequence[MetricType]


@structs.frozen(kw_only=True)
class ProvisionedPollerConfig:
    """Provisioned pollers of an event source mapping.

    Args:
        minimum_pollers: 1 to 200.
        maximum_pollers: 1 to 2000.
        poller_group_name: pollers shared by mappings of the same group.
    """

    maximum_pollers: float | None = None
    minimum_pollers: float | None = None
    poller_group_name: str | None = None


class SourceAccessConfigurationType:
    """How an event source mapping authenticates to, or reaches, its source.

    Args:
        type: the CloudFormation value.
    """

    BASIC_AUTH: SourceAccessConfigurationType
    VPC_SUBNET: SourceAccessConfigurationType
    VPC_SECURITY_GROUP: SourceAccessConfigurationType
    SASL_SCRAM_256_AUTH: SourceAccessConfigurationType
    SASL_SCRAM_512_AUTH: SourceAccessConfigurationType
    CLIENT_CERTIFICATE_TLS_AUTH: SourceAccessConfigurationType
    SERVER_ROOT_CA_CERTIFICATE: SourceAccessConfigurationType
    VIRTUAL_HOST: SourceAccessConfigurationType

    def __init__(self, type: str) -> None:
        self.type = type

    @staticmethod
    def of(name: str) -> SourceAccessConfigurationType:
        """A type not listed here, by its CloudFormation name."""
        return SourceAccessConfigurationType(name)


for _name in ("BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP", "SASL_SCRAM_256_AUTH", "SASL_SCRAM_512_AUTH",
              "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE", "VIRTUAL_HOST"):
    setattr(SourceAccessConfigurationType, _name, SourceAccessConfigurationType(_name))


@structs.frozen(kw_only=True)
class SourceAccessConfiguration:
    """A source access configuration: its type and the secret or resource URI.

    Args:
        type: what the URI is (``SourceAccessConfigurationType``: an authentication secret, a VPC subnet, ...).
        uri: the ARN of the secret, or the id of the subnet or security group.
    """

    type: SourceAccessConfigurationType
    uri: str


def _known_number(value: float | None) -> float | None:
    """``value`` unless it is absent or a token (a token is only known at deployment)."""
    return None if value is None or Token.is_unresolved(value) else value


_KAFKA_GROUP_ID = re.compile(r"[a-zA-Z0-9-/*:_+=.@-]*")


class EventSourceMapping(Resource):
    """An event source mapping.

    Args:
        target: the function that processes the records.
        event_source_arn: the queue, stream or cluster.
        batch_size / enabled / starting_position / starting_position_timestamp: as in CloudFormation.
        max_batching_window: how long to gather records before invoking (up to 5 minutes).
        max_concurrency: the most concurrent invocations an SQS source makes (2 to 1000).
        bisect_batch_on_error: split a failing batch in two and retry each half (streams).
        report_batch_item_failures: the function reports which records of a batch failed.
        retry_attempts / max_record_age: give up on a batch after this many retries / on records older than
            this (streams).
        parallelization_factor: batches processed at once per shard (1 to 10; streams).
        tumbling_window: aggregate state over windows of this length (up to 15 minutes; streams).
        filters / filter_encryption: event filter patterns (``FilterCriteria.filter``), and the KMS key that
            encrypts them.
        on_failure: where the records of batches that failed for good go.
        kafka_bootstrap_servers / kafka_topic / kafka_consumer_group_id: a self-managed Kafka source (instead
            of ``event_source_arn``), the topic to read and the consumer group to join.
        source_access_configurations: how Lambda reaches and authenticates to the source (VPC subnets and
            security groups, SASL or TLS secrets).
        schema_registry_config: a schema registry that decodes Kafka records.
        provisioned_poller_config: provisioned mode: the minimum and maximum number of event pollers.
        log_level / metrics_config: the mapping's log level, and the metrics it emits.
        support_s3_on_failure_destination: whether the source may send failures to an S3 destination (set by
            the event source classes; accepted as in aws-cdk-lib).

    Raises:
        ValidationError: out-of-range values or inconsistent starting positions.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.EventSourceMapping"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: IFunction,
        event_source_arn: str | None = None,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_topic: str | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        tumbling_window: Duration | None = None,
        filter_encryption: IKey | None = None,
        kafka_consumer_group_id: str | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        metrics_config: MetricsConfig | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        source_access_configurations: Sequence[SourceAccessConfiguration] | None = None,
        support_s3_on_failure_destination: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        if event_source_arn is None and kafka_bootstrap_servers is None:
            raise ValidationError("Either eventSourceArn or kafkaBootstrapServers must be set", self)
        if event_source_arn is not None and kafka_bootstrap_servers is not None:
            raise ValidationError("eventSourceArn and kafkaBootstrapServers are mutually exclusive", self)
        if provisioned_poller_config is not None:
            low = _known_number(provisioned_poller_config.minimum_pollers)
            high = _known_number(provisioned_poller_config.maximum_pollers)
            if low is not None and not 1 <= low <= 200:
                raise ValidationError("Minimum provisioned pollers must be between 1 and 200 inclusive", self)
            if high is not None and not 1 <= high <= 2000:
                raise ValidationError("Maximum provisioned pollers must be between 1 and 2000 inclusive", self)
            if low is not None and high is not None and low > high:
                raise ValidationError("Minimum provisioned pollers must be less than or equal to maximum "
                                      "provisioned pollers", self)
        if kafka_bootstrap_servers is not None and len(kafka_bootstrap_servers) < 1:
            raise ValidationError("kafkaBootStrapServers must not be empty if set", self)
        if max_batching_window is not None and max_batching_window.to_seconds() > 300:
            raise ValidationError(
                f"maxBatchingWindow cannot be over 300 seconds, got {max_batching_window.to_seconds()}", self
            )
        if max_concurrency and not Token.is_unresolved(max_concurrency) and not 2 <= max_concurrency <= 1000:
            raise ValidationError("maxConcurrency must be between 2 and 1000 concurrent instances", self)
        if max_record_age is not None and (
            max_record_age.to_seconds() < 60 or max_record_age.to_days(integral=False) > 7
        ):
            raise ValidationError("maxRecordAge must be between 60 seconds and 7 days inclusive", self)
        if retry_attempts is not None and not Token.is_unresolved(retry_attempts) and not (
            retry_attempts == -1 or 0 <= retry_attempts <= 10000
        ):
            raise ValidationError(
                f"retryAttempts must be -1 (for infinite) or between 0 and 10000 inclusive, got {retry_attempts}",
                self,
            )
        if parallelization_factor is not None and not Token.is_unresolved(parallelization_factor) and not (
            1 <= parallelization_factor <= 10
        ):
            raise ValidationError(
                f"parallelizationFactor must be between 1 and 10 inclusive, got {parallelization_factor}", self
            )
        if tumbling_window is not None and tumbling_window.to_seconds() > 900:
            raise ValidationError(f"tumblingWindow cannot be over 900 seconds, got {tumbling_window.to_seconds()}",
                                  self)
        at_timestamp = starting_position is StartingPosition.AT_TIMESTAMP
        if at_timestamp and not starting_position_timestamp:
            raise ValidationError("startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP",
                                  self)
        if not at_timestamp and starting_position_timestamp:
            raise ValidationError("startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP",
                                  self)
        if kafka_consumer_group_id and not Token.is_unresolved(kafka_consumer_group_id):
            if not 1 <= len(kafka_consumer_group_id) <= 200:
                raise ValidationError("kafkaConsumerGroupId must be a valid string between 1 and 200 characters",
                                      self)
            match = _KAFKA_GROUP_ID.match(kafka_consumer_group_id)
            if match is None or match.group(0) != kafka_consumer_group_id:
                raise ValidationError('kafkaConsumerGroupId contains invalid characters. Allowed values are '
                                      '"[a-zA-Z0-9-/*:_+=.@-]"', self)
        if filter_encryption is not None and filters is None:
            raise ValidationError("filter criteria must be provided to enable setting filter criteria encryption",
                                  self)
        if filter_encryption is not None:
            from l2 import iam

            filter_encryption.grant_decrypt(iam.ServicePrincipal("lambda.amazonaws.com"))
        destination = None
        if on_failure is not None:
            config = on_failure.bind(self, target)
            destination = {"on_failure": {"destination": config.destination}}
        kafka_config: dict[str, Any] | None = None
        if kafka_consumer_group_id or schema_registry_config is not None:
            kafka_config = {}
            if kafka_consumer_group_id:
                kafka_config["consumer_group_id"] = kafka_consumer_group_id
            if schema_registry_config is not None:
                registry = schema_registry_config.bind(self, target)
                kafka_config["schema_registry_config"] = {
                    "schema_registry_uri": registry.schema_registry_uri,
                    "event_record_format": registry.event_record_format.value,
                    "access_configs": [{"type": c.type.type, "uri": c.uri} for c in registry.access_configs]
                    if registry.access_configs is not None else None,
                    "schema_validation_configs": [{"attribute": c.attribute.value}
                                                  for c in registry.schema_validation_configs]
                    if registry.schema_validation_configs is not None else None,
                }
        resource = CfnEventSourceMapping(
            self,
            "Resource",
            batch_size=batch_size,
            bisect_batch_on_function_error=bisect_batch_on_error,
            destination_config=destination,
            enabled=enabled,
            event_source_arn=event_source_arn,
            function_name=target.function_name,
            starting_position=starting_position.value if starting_position is not None else None,
            starting_position_timestamp=starting_position_timestamp,
            function_response_types=["ReportBatchItemFailures"] if report_batch_item_failures else None,
            maximum_batching_window_in_seconds=max_batching_window.to_seconds() if max_batching_window else None,
            maximum_record_age_in_seconds=max_record_age.to_seconds() if max_record_age else None,
            maximum_retry_attempts=retry_attempts,
            parallelization_factor=parallelization_factor,
            topics=[kafka_topic] if kafka_topic is not None else None,
            tumbling_window_in_seconds=tumbling_window.to_seconds() if tumbling_window else None,
            scaling_config={"maximum_concurrency": max_concurrency} if max_concurrency else None,
            self_managed_event_source={"endpoints": {"kafka_bootstrap_servers": list(kafka_bootstrap_servers)}}
            if kafka_bootstrap_servers else None,
            source_access_configurations=[{"type": c.type.type, "uri": c.uri}
                                          for c in source_access_configurations]
            if source_access_configurations is not None else None,
            filter_criteria={"filters": [dict(f) for f in filters]} if filters else None,
            kms_key_arn=filter_encryption.key_arn if filter_encryption is not None else None,
            self_managed_kafka_event_source_config=kafka_config if kafka_bootstrap_servers else None,
            amazon_managed_kafka_event_source_config=kafka_config if event_source_arn else None,
            provisioned_poller_config=_struct_dict(provisioned_poller_config),
            metrics_config={"metrics": [m.value for m in metrics_config.metrics]}
            if metrics_config is not None else None,
            logging_config={"system_log_level": log_level.value} if log_level is not None else None,
        )
        self.event_source_mapping_id: str = resource.ref
        self.event_source_mapping_arn: str = EventSourceMapping.format_arn(self, self.event_source_mapping_id)

    @property
    def event_source_mapping_ref(self) -> EventSourceMappingReference:
        """The mapping's ARN and id, as a reference."""
        from ._references import EventSourceMappingReference

        return EventSourceMappingReference(event_source_mapping_arn=self.event_source_mapping_arn,
                                           event_source_mapping_id=self.event_source_mapping_id)

    @staticmethod
    def from_event_source_mapping_id(scope: Construct, id: str, event_source_mapping_id: str) -> IEventSourceMapping:
        """An existing event source mapping, by id."""
        return _ImportedEventSourceMapping(scope, id, event_source_mapping_id)

    @staticmethod
    def format_arn(scope: Construct, event_source_mapping_id: str) -> str:
        """The ARN of an event source mapping in ``scope``'s account and region."""
        return Stack.of(scope).format_arn(service="lambda", resource="event-source-mapping",
                                          resource_name=event_source_mapping_id,
                                          arn_format=ArnFormat.COLON_RESOURCE_NAME)


class _ImportedEventSourceMapping(Resource):
    def __init__(self, scope: Construct, id: str, mapping_id: str) -> None:
        super().__init__(scope, id)
        self.event_source_mapping_id = mapping_id
        self.event_source_mapping_arn = EventSourceMapping.format_arn(self, mapping_id)


def _struct_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    return {f.name: getattr(value, f.name) for f in structs.fields(type(value))}


@structs.frozen(kw_only=True)
class EventSourceMappingOptions:
    """The options of an event source mapping (``IFunction.add_event_source_mapping``); see ``EventSourceMapping``
    for each keyword argument."""

    batch_size: float | None = None
    bisect_batch_on_error: bool | None = None
    enabled: bool | None = None
    event_source_arn: str | None = None
    filter_encryption: IKey | None = None
    filters: list[Mapping[str, object]] | None = None
    kafka_bootstrap_servers: Sequence[str] | None = None
    kafka_consumer_group_id: str | None = None
    kafka_topic: str | None = None
    log_level: EventSourceMappingLogLevel | None = None
    max_batching_window: Duration | None = None
    max_concurrency: float | None = None
    max_record_age: Duration | None = None
    metrics_config: MetricsConfig | None = None
    on_failure: IEventSourceDlq | None = None
    parallelization_factor: float | None = None
    provisioned_poller_config: ProvisionedPollerConfig | None = None
    report_batch_item_failures: bool | None = None
    retry_attempts: float | None = None
    schema_registry_config: ISchemaRegistry | None = None
    source_access_configurations: Sequence[SourceAccessConfiguration] | None = None
    starting_position: StartingPosition | None = None
    starting_position_timestamp: float | None = None
    support_s3_on_failure_destination: bool | None = None
    tumbling_window: Duration | None = None


@structs.frozen(kw_only=True)
class EventSourceMappingProps(EventSourceMappingOptions):
    """The props of ``EventSourceMapping``: the options plus the target function (see that class for each keyword
    argument)."""

    target: IFunction
