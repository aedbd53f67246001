"""Amazon MSK as an event source (``ManagedKafkaEventSource``) and an S3 bucket as the on-failure destination of
stream sources (``S3OnFailureDestination``)."""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Duration, Names, UnscopedValidationError
from l2.lambda_ import (
    DlqDestinationConfig,
    MetricsConfig,
    ProvisionedPollerConfig,
    SourceAccessConfiguration,
    SourceAccessConfigurationType,
    StartingPosition,
)

from ._props import ProvisionedPollerConfig as SourcesPollerConfig
from ._stream import StreamEventSource, add_mapping

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.kms import IKey
    from l2.lambda_ import (
        EventSourceMappingLogLevel,
        IEventSourceDlq,
        IFunction,
        ISchemaRegistry,
    )
    from l2.s3 import IBucket
    from l2.secretsmanager import ISecret


class S3OnFailureDestination:
    """An S3 bucket that receives the records a stream or Kafka source failed to process.

    Args:
        bucket: the bucket (the function may read and write it).
    """

    def __init__(self, bucket: IBucket) -> None:
        self.bucket = bucket

    def bind(self, _target: object, target_handler: IFunction) -> DlqDestinationConfig:
        """Let the function write to the bucket."""
        self.bucket.grant_read_write(target_handler)
        return DlqDestinationConfig(destination=self.bucket.bucket_arn)


def _check_metrics(metrics_config: Any) -> None:
    if metrics_config is not None and not metrics_config.metrics:
        raise UnscopedValidationError(
            "MetricsConfig must contain at least one metric type. Specify one or more metrics from lambda.MetricType "
            "(EVENT_COUNT, ERROR_COUNT, KAFKA_METRICS)"
        )


def _mapping_pollers(config: Any) -> Any:
    """The event sources' poller config as the mapping's (the same fields; jsii structs convert implicitly)."""
    if config is None or isinstance(config, ProvisionedPollerConfig):
        return config
    return ProvisionedPollerConfig(minimum_pollers=config.minimum_pollers, maximum_pollers=config.maximum_pollers,
                                   poller_group_name=getattr(config, "poller_group_name", None))


class ManagedKafkaEventSource(StreamEventSource):
    """Use an Amazon MSK topic as an event source (with the MSK execution policy on the function's role).

    Args:
        cluster_arn: the MSK cluster.
        topic: the topic to read.
        starting_position: where to start reading.
        secret: the SASL/SCRAM secret (the function may read it).
        consumer_group_id: the Kafka consumer group.
        the others: the ``KafkaEventSourceProps`` keyword arguments (as in ``EventSourceMapping``).

    Raises:
        UnscopedValidationError: an empty ``metrics_config``.
    """

    def __init__(
        self,
        *,
        cluster_arn: str,
        topic: str,
        starting_position: StartingPosition,
        batch_size: float | None = None,
        enabled: bool | None = None,
        max_batching_window: Duration | None = None,
        provisioned_poller_config: SourcesPollerConfig | None = None,
        secret: ISecret | None = None,
        consumer_group_id: str | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        filter_encryption: IKey | None = None,
        on_failure: IEventSourceDlq | None = None,
        starting_position_timestamp: float | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        metrics_config: MetricsConfig | None = None,
        bisect_batch_on_error: bool | None = None,
        max_record_age: Duration | None = None,
        retry_attempts: float | None = None,
        report_batch_item_failures: bool | None = None,
    ) -> None:
        super().__init__(starting_position=starting_position, batch_size=batch_size,
                         bisect_batch_on_error=bisect_batch_on_error, enabled=enabled, filters=filters,
                         max_batching_window=max_batching_window, max_record_age=max_record_age,
                         on_failure=on_failure, report_batch_item_failures=report_batch_item_failures,
                         retry_attempts=retry_attempts, filter_encryption=filter_encryption,
                         metrics_config=metrics_config, provisioned_poller_config=provisioned_poller_config)
        _check_metrics(metrics_config)
        self.cluster_arn = cluster_arn
        self.topic = topic
        self.secret = secret
        self.consumer_group_id = consumer_group_id
        self.starting_position = starting_position
        self.starting_position_timestamp = starting_position_timestamp
        self.schema_registry_config = schema_registry_config
        self.log_level = log_level
        self._mapping: Any = None

    def bind(self, target: IFunction) -> None:
        """Create the mapping on ``target`` and give its role access to the cluster (and secret)."""
        at_timestamp = self.starting_position is StartingPosition.AT_TIMESTAMP
        if at_timestamp and not self.starting_position_timestamp:
            Annotations.of(target).add_warning_v2("@aws-cdk/aws-lambda-event-source:needStartingPositionTimestamp",
                                                  "startingPositionTimestamp must be provided when startingPosition "
                                                  "is AT_TIMESTAMP")
        if not at_timestamp and self.starting_position_timestamp:
            Annotations.of(target).add_warning_v2("@aws-cdk/aws-lambda-event-source:invalidStartingPosition",
                                                  "startingPositionTimestamp can only be used when startingPosition "
                                                  "is AT_TIMESTAMP")
        access = None
        if self.secret is not None:
            access = [SourceAccessConfiguration(type=SourceAccessConfigurationType.SASL_SCRAM_512_AUTH,
                                                uri=self.secret.secret_arn)]
        o = self._options  # aws-cdk-lib's object literal, in its order
        self._mapping = add_mapping(
            target, f"KafkaEventSource:{Names.node_unique_id(target.node)}{self.topic}",
            self.enrich_mapping_options(
                event_source_arn=self.cluster_arn, filters=o["filters"], filter_encryption=o["filter_encryption"],
                starting_position=self.starting_position, starting_position_timestamp=self.starting_position_timestamp,
                source_access_configurations=access, kafka_topic=self.topic,
                kafka_consumer_group_id=self.consumer_group_id, on_failure=o["on_failure"],
                support_s3_on_failure_destination=True,
                provisioned_poller_config=_mapping_pollers(self.provisioned_poller_config),
                schema_registry_config=self.schema_registry_config, log_level=self.log_level,
                metrics_config=self.metrics_config, bisect_batch_on_error=o["bisect_batch_on_error"],
                retry_attempts=o["retry_attempts"], report_batch_item_failures=o["report_batch_item_failures"],
                max_record_age=o["max_record_age"],
            ),
        )
        if self.secret is not None:
            self.secret.grant_read(target)
        from l2 import iam

        target.add_to_role_policy(iam.PolicyStatement(
            actions=["kafka:DescribeCluster", "kafka:GetBootstrapBrokers", "kafka:ListScramSecrets"],
            resources=[self.cluster_arn]))
        if target.role is not None:
            target.role.add_managed_policy(
                iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaMSKExecutionRole"))

    @property
    def event_source_mapping_id(self) -> str:
        """The mapping's id (after ``bind``)."""
        if self._mapping is None:
            raise UnscopedValidationError("KafkaEventSource is not yet bound to an event source mapping")
        return self._mapping.event_source_mapping_id

    @property
    def event_source_mapping_arn(self) -> str:
        """The mapping's ARN (after ``bind``)."""
        if self._mapping is None:
            raise UnscopedValidationError("KafkaEventSource is not yet bound to an event source mapping")
        return self._mapping.event_source_mapping_arn


class AuthenticationMethod(enum.Enum):
    """How Lambda authenticates to self-managed Kafka brokers."""

    SASL_SCRAM_512_AUTH = "SASL_SCRAM_512_AUTH"
    SASL_SCRAM_256_AUTH = "SASL_SCRAM_256_AUTH"
    BASIC_AUTH = "BASIC_AUTH"
    CLIENT_CERTIFICATE_TLS_AUTH = "CLIENT_CERTIFICATE_TLS_AUTH"


class SelfManagedKafkaEventSource(StreamEventSource):
    """Use a topic of a self-managed Kafka cluster as an event source.

    Args:
        bootstrap_servers: the brokers (``host:port``).
        topic: the topic to read.
        starting_position: where to start reading.
        vpc / vpc_subnets / security_group: where Lambda reaches the brokers (all three, or none).
        secret: the authentication secret (required without a VPC; the function may read it).
        authentication_method: how ``secret`` is used (default SASL/SCRAM 512).
        root_ca_certificate: the secret holding the brokers' root CA.
        consumer_group_id: the Kafka consumer group.
        the others: the ``KafkaEventSourceProps`` keyword arguments (as in ``EventSourceMapping``).

    Raises:
        UnscopedValidationError: an incomplete VPC setting, no secret without a VPC, an inconsistent starting
            position or an empty ``metrics_config``.
    """

    def __init__(
        self,
        *,
        bootstrap_servers: Sequence[str],
        topic: str,
        starting_position: StartingPosition,
        authentication_method: AuthenticationMethod | None = None,
        root_ca_certificate: ISecret | None = None,
        security_group: ISecurityGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        batch_size: float | None = None,
        enabled: bool | None = None,
        max_batching_window: Duration | None = None,
        provisioned_poller_config: SourcesPollerConfig | None = None,
        secret: ISecret | None = None,
        consumer_group_id: str | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        filter_encryption: IKey | None = None,
        on_failure: IEventSourceDlq | None = None,
        starting_position_timestamp: float | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        metrics_config: MetricsConfig | None = None,
        bisect_batch_on_error: bool | None = None,
        max_record_age: Duration | None = None,
        retry_attempts: float | None = None,
        report_batch_item_failures: bool | None = None,
    ) -> None:
        super().__init__(starting_position=starting_position, batch_size=batch_size,
                         bisect_batch_on_error=bisect_batch_on_error, enabled=enabled, filters=filters,
                         max_batching_window=max_batching_window, max_record_age=max_record_age,
                         on_failure=on_failure, report_batch_item_failures=report_batch_item_failures,
                         retry_attempts=retry_attempts, filter_encryption=filter_encryption,
                         metrics_config=metrics_config, provisioned_poller_config=provisioned_poller_config)
        if vpc is not None:
            if security_group is None:
                raise UnscopedValidationError("securityGroup must be set when providing vpc")
            if vpc_subnets is None:
                raise UnscopedValidationError("vpcSubnets must be set when providing vpc")
        elif secret is None:
            raise UnscopedValidationError("secret must be set if Kafka brokers accessed over Internet")
        at_timestamp = starting_position is StartingPosition.AT_TIMESTAMP
        if at_timestamp and not starting_position_timestamp:
            raise UnscopedValidationError("startingPositionTimestamp must be provided when startingPosition is "
                                          "AT_TIMESTAMP")
        if not at_timestamp and starting_position_timestamp:
            raise UnscopedValidationError("startingPositionTimestamp can only be used when startingPosition is "
                                          "AT_TIMESTAMP")
        _check_metrics(metrics_config)
        self.bootstrap_servers: list[str] = list(bootstrap_servers)
        self.topic = topic
        self.starting_position = starting_position
        self.starting_position_timestamp = starting_position_timestamp
        self.authentication_method = authentication_method
        self.root_ca_certificate = root_ca_certificate
        self.security_group = security_group
        self.vpc = vpc
        self.vpc_subnets = vpc_subnets
        self.secret = secret
        self.consumer_group_id = consumer_group_id
        self.schema_registry_config = schema_registry_config
        self.log_level = log_level

    def bind(self, target: IFunction) -> None:
        """Create the mapping on ``target`` (and let it read the secret)."""
        o = self._options  # aws-cdk-lib's object literal, in its order
        add_mapping(
            target, self._mapping_id(target),
            self.enrich_mapping_options(
                filters=o["filters"], filter_encryption=o["filter_encryption"],
                kafka_bootstrap_servers=self.bootstrap_servers, kafka_topic=self.topic,
                kafka_consumer_group_id=self.consumer_group_id, starting_position=self.starting_position,
                starting_position_timestamp=self.starting_position_timestamp,
                source_access_configurations=self._source_access_configurations(),
                on_failure=o["on_failure"], support_s3_on_failure_destination=True,
                provisioned_poller_config=_mapping_pollers(self.provisioned_poller_config),
                schema_registry_config=self.schema_registry_config, log_level=self.log_level,
                metrics_config=self.metrics_config, bisect_batch_on_error=o["bisect_batch_on_error"],
                retry_attempts=o["retry_attempts"], report_batch_item_failures=o["report_batch_item_failures"],
                max_record_age=o["max_record_age"],
            ),
        )
        if self.secret is not None:
            self.secret.grant_read(target)

    def _mapping_id(self, target: Any) -> str:
        from constructs import Stack

        servers = Stack.of(target).resolve(self.bootstrap_servers)
        digest = hashlib.md5(json.dumps(servers, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
        return f"KafkaEventSource:{digest}:{self.topic}"

    def _source_access_configurations(self) -> list[SourceAccessConfiguration] | None:
        method = self.authentication_method or AuthenticationMethod.SASL_SCRAM_512_AUTH
        configs: list[SourceAccessConfiguration] = []
        if self.secret is not None:
            configs.append(SourceAccessConfiguration(type=getattr(SourceAccessConfigurationType, method.value),
                                                     uri=self.secret.secret_arn))
        if self.root_ca_certificate is not None:
            configs.append(SourceAccessConfiguration(type=SourceAccessConfigurationType.SERVER_ROOT_CA_CERTIFICATE,
                                                     uri=self.root_ca_certificate.secret_arn))
        if self.vpc_subnets is not None and self.security_group is not None:
            configs.append(SourceAccessConfiguration(type=SourceAccessConfigurationType.VPC_SECURITY_GROUP,
                                                     uri=self.security_group.security_group_id))
            if self.vpc is not None:
                from l2.ec2 import SubnetSelection

                selection = self.vpc_subnets
                kwargs = {f: getattr(selection, f) for f in ("availability_zones", "one_per_az", "subnet_filters",
                                                             "subnet_group_name", "subnets", "subnet_type")
                          if isinstance(selection, SubnetSelection) and getattr(selection, f) is not None}
                for subnet_id in self.vpc.select_subnets(**kwargs).subnet_ids:
                    configs.append(SourceAccessConfiguration(type=SourceAccessConfigurationType.VPC_SUBNET,
                                                             uri=subnet_id))
        return configs or None


_KAFKA_TOPIC = re.compile(r"^[a-zA-Z0-9._-]+$")


class KafkaDlq:
    """A Kafka topic as the on-failure destination of a Kafka event source (``kafka://<topic>``).

    Args:
        topic_name: the topic (with or without the ``kafka://`` prefix).

    Raises:
        TypeError: an empty topic or one with characters Kafka does not allow.
    """

    def __init__(self, topic_name: str) -> None:
        from constructs import Token

        if Token.is_unresolved(topic_name):
            self.topic_name: str = topic_name
            return
        if not topic_name or not topic_name.strip():
            raise TypeError("Topic name cannot be empty")
        clean = topic_name[8:] if topic_name.startswith("kafka://") else topic_name
        if not clean:
            raise TypeError("Topic name cannot be empty after removing kafka:// prefix")
        if not _KAFKA_TOPIC.match(clean):
            raise TypeError("Topic name contains invalid characters. Only alphanumeric characters, dots, underscores, "
                            "and hyphens are allowed")
        self.topic_name = topic_name if topic_name.startswith("kafka://") else f"kafka://{topic_name}"

    def bind(self, _target: object, _target_handler: IFunction) -> DlqDestinationConfig:
        """The topic as the mapping's on-failure destination."""
        return DlqDestinationConfig(destination=self.topic_name)
