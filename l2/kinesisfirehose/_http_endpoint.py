"""``HttpEndpoint`` and ``Datadog``: HTTP endpoint destinations (``HttpEndpointDestinationConfiguration``)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, SecretValue, Size, Stack, Token, ValidationError
from constructs.internals import structs
from l2.kinesisfirehose._common import (
    BackupMode,
    DestinationConfig,
    DestinationS3BackupProps,
    IDataProcessor,
    ILoggingConfig,
)
from l2.kinesisfirehose._private import helpers

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.secretsmanager import ISecret


class HttpCompression(enum.Enum):
    """The content encoding of requests."""

    GZIP = "GZIP"
    NONE = "NONE"


class HttpBackupMode(enum.Enum):
    """Which records an HTTP endpoint destination backs up to S3."""

    FAILED = "FailedDataOnly"
    ALL = "AllData"


@structs.frozen(kw_only=True)
class HttpEndpointConfig:
    """The endpoint.

    Args:
        url: the URL (HTTPS).
        access_key: the access key (exclusive with ``secret``).
        name: a display name.
        secret: a Secrets Manager secret with the access key.
    """

    url: str
    access_key: SecretValue | None = None
    name: str | None = None
    secret: ISecret | None = None


@structs.frozen(kw_only=True)
class HttpAttribute:
    """A common attribute sent with each request.

    Args:
        name: the name.
        value: the value.
    """

    name: str
    value: str


@structs.frozen(kw_only=True)
class HttpBufferingHints:
    """Buffering of an HTTP endpoint destination.

    Args:
        interval: the interval (default 300 seconds).
        size: the size (default 5 MiB).
    """

    interval: Duration | None = None
    size: Size | None = None


@structs.frozen(kw_only=True)
class HttpRetryOptions:
    """Retries of an HTTP endpoint destination.

    Args:
        duration: how long to retry (at most 7200 seconds).
    """

    duration: Duration


@structs.frozen(kw_only=True)
class HttpEndpointProps:
    """The properties of an ``HttpEndpoint`` (see ``HttpEndpoint``)."""

    logging_config: ILoggingConfig | None = None
    processor: IDataProcessor | None = None
    processors: Sequence[IDataProcessor] | None = None
    role: IRole | None = None
    s3_backup: DestinationS3BackupProps | None = None
    endpoint_config: HttpEndpointConfig
    attributes: Sequence[HttpAttribute] | None = None
    backup_mode: HttpBackupMode | None = None
    buffering_hints: HttpBufferingHints | None = None
    request_compression: HttpCompression | None = None
    retry_options: HttpRetryOptions | None = None


class HttpEndpoint:
    """Deliver to an HTTP endpoint.

    Args:
        endpoint_config: the endpoint.
        attributes: common attributes sent with each request.
        backup_mode: which records to back up (default failed only).
        buffering_hints: buffering.
        request_compression: the content encoding (default none).
        retry_options: retries.
        logging_config: error logging (default: a new log group).
        processor: one data processor.
        processors: the data processors.
        role: the role Firehose assumes (default: a new one).
        s3_backup: the S3 backup (default: a new bucket).
    """

    def __init__(
        self,
        *,
        endpoint_config: HttpEndpointConfig,
        attributes: Sequence[HttpAttribute] | None = None,
        backup_mode: HttpBackupMode | None = None,
        buffering_hints: HttpBufferingHints | None = None,
        request_compression: HttpCompression | None = None,
        retry_options: HttpRetryOptions | None = None,
        logging_config: ILoggingConfig | None = None,
        processor: IDataProcessor | None = None,
        processors: Sequence[IDataProcessor] | None = None,
        role: IRole | None = None,
        s3_backup: DestinationS3BackupProps | None = None,
    ) -> None:
        self.props: HttpEndpointProps = HttpEndpointProps(
            endpoint_config=endpoint_config,
            attributes=attributes,
            backup_mode=backup_mode,
            buffering_hints=buffering_hints,
            request_compression=request_compression,
            retry_options=retry_options,
            logging_config=logging_config,
            processor=processor,
            processors=processors,
            role=role,
            s3_backup=s3_backup,
        )

    def bind(self, scope: Construct) -> DestinationConfig:
        """The ``HttpEndpointDestinationConfiguration`` (creating the role, log group and backup bucket)."""
        from l2 import iam

        p = self.props
        stack = Stack.of(scope)
        role = p.role
        if role is None:
            principal = iam.ServicePrincipal(
                "firehose.amazonaws.com",
                conditions={
                    "StringEquals": {"aws:SourceAccount": stack.account},
                    "ArnLike": {
                        "aws:SourceArn": stack.format_arn(
                            service="firehose", resource="deliverystream", resource_name="*"
                        )
                    },
                },
            )
            role = iam.Role(scope, "Http Destination Role", assumed_by=principal)
        logging = helpers.create_logging_options(scope, p.logging_config, role, "HttpDestination")
        backup_props = p.s3_backup if p.s3_backup is not None else DestinationS3BackupProps()
        backup_props = structs.evolve(
            backup_props, mode=BackupMode.ALL if p.backup_mode is HttpBackupMode.ALL else BackupMode.FAILED
        )
        backup = helpers.create_backup_config(scope, role, backup_props)
        endpoint = p.endpoint_config
        if endpoint.secret is not None:
            endpoint.secret.grant_read(role)
        if p.retry_options is not None:
            seconds = p.retry_options.duration.to_seconds()
            if not Token.is_unresolved(seconds) and seconds > 7200:
                raise ValidationError(f"Retry duration must be at most 7200 seconds, got {seconds} seconds.", scope)
        endpoint_configuration: dict[str, Any] = {"url": endpoint.url}
        if endpoint.access_key is not None:
            endpoint_configuration["access_key"] = endpoint.access_key.unsafe_unwrap()
        if endpoint.name:
            endpoint_configuration["name"] = endpoint.name
        config: dict[str, Any] = {"endpoint_configuration": endpoint_configuration}
        if p.retry_options is not None:
            config["retry_options"] = {"duration_in_seconds": p.retry_options.duration.to_seconds()}
        hints = p.buffering_hints
        config["buffering_hints"] = helpers.create_buffering_hints(
            scope, hints.interval if hints is not None else None, hints.size if hints is not None else None
        )
        request: dict[str, Any] = {
            "content_encoding": (p.request_compression or HttpCompression.NONE).value,
        }
        if p.attributes is not None:
            request["common_attributes"] = [{"attribute_name": a.name, "attribute_value": a.value} for a in p.attributes]
        config["request_configuration"] = request
        config["cloud_watch_logging_options"] = logging[0] if logging else None
        config["processing_configuration"] = helpers.create_processing_config(scope, p.processor, p.processors, role)
        config["role_arn"] = role.role_arn
        config["s3_backup_mode"] = (p.backup_mode or HttpBackupMode.FAILED).value
        config["s3_configuration"] = backup[0] if backup else None
        if endpoint.secret is not None:
            config["secrets_manager_configuration"] = {
                "secret_arn": endpoint.secret.secret_arn,
                "enabled": True,
                "role_arn": role.role_arn,
            }
        return DestinationConfig(
            http_endpoint_destination_configuration=helpers.compact(config),
            dependables=[*(logging[1] if logging else []), *(backup[1] if backup else [])],
        )


class DatadogEndpoint:
    """A Datadog intake URL (``LOGS_US1``, ..., or ``of(url)``).

    Args:
        url: the intake URL.
    """

    LOGS_US1: DatadogEndpoint
    """Logs, US1."""
    LOGS_US3: DatadogEndpoint
    """Logs, US3."""
    LOGS_US5: DatadogEndpoint
    """Logs, US5."""
    LOGS_AP1: DatadogEndpoint
    """Logs, AP1."""
    LOGS_EU: DatadogEndpoint
    """Logs, EU."""
    LOGS_GOV: DatadogEndpoint
    """Logs, GovCloud."""
    METRICS_US: DatadogEndpoint
    """Metrics, US."""
    METRICS_US5: DatadogEndpoint
    """Metrics, US5."""
    METRICS_AP1: DatadogEndpoint
    """Metrics, AP1."""
    METRICS_EU: DatadogEndpoint
    """Metrics, EU."""
    CONFIGURATION_US1: DatadogEndpoint
    """Cloud configuration, US1."""
    CONFIGURATION_US3: DatadogEndpoint
    """Cloud configuration, US3."""
    CONFIGURATION_US5: DatadogEndpoint
    """Cloud configuration, US5."""
    CONFIGURATION_AP1: DatadogEndpoint
    """Cloud configuration, AP1."""
    CONFIGURATION_EU: DatadogEndpoint
    """Cloud configuration, EU."""
    CONFIGURATION_US_GOV: DatadogEndpoint
    """Cloud configuration, GovCloud."""

    def __init__(self, url: str) -> None:
        self.url = url

    @classmethod
    def of(cls, url: str) -> DatadogEndpoint:
        """An endpoint by URL."""
        return cls(url)


_FIREHOSE_PROTOCOL = "?dd-protocol=aws-kinesis-firehose"
for _name, _url in {
    "LOGS_US1": "https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input",
    "LOGS_US3": "https://aws-kinesis-http-intake.logs.us3.datadoghq.com/api/v2/logs" + _FIREHOSE_PROTOCOL,
    "LOGS_US5": "https://aws-kinesis-http-intake.logs.us5.datadoghq.com/api/v2/logs" + _FIREHOSE_PROTOCOL,
    "LOGS_AP1": "https://aws-kinesis-http-intake.logs.ap1.datadoghq.com/api/v2/logs" + _FIREHOSE_PROTOCOL,
    "LOGS_EU": "https://aws-kinesis-http-intake.logs.datadoghq.eu/v1/input",
    "LOGS_GOV": "https://aws-kinesis-http-intake.logs.ddog-gov.com/v1/input",
    "METRICS_US": "https://awsmetrics-intake.datadoghq.com/v1/input",
    "METRICS_US5": "https://event-platform-intake.us5.datadoghq.com/api/v2/awsmetrics" + _FIREHOSE_PROTOCOL,
    "METRICS_AP1": "https://event-platform-intake.ap1.datadoghq.com/api/v2/awsmetrics" + _FIREHOSE_PROTOCOL,
    "METRICS_EU": "https://awsmetrics-intake.datadoghq.eu/v1/input",
    "CONFIGURATION_US1": "https://cloudplatform-intake.datadoghq.com/api/v2/cloudchanges" + _FIREHOSE_PROTOCOL,
    "CONFIGURATION_US3": "https://cloudplatform-intake.us3.datadoghq.com/api/v2/cloudchanges" + _FIREHOSE_PROTOCOL,
    "CONFIGURATION_US5": "https://cloudplatform-intake.us5.datadoghq.com/api/v2/cloudchanges" + _FIREHOSE_PROTOCOL,
    "CONFIGURATION_AP1": "https://cloudplatform-intake.ap1.datadoghq.com/api/v2/cloudchanges" + _FIREHOSE_PROTOCOL,
    "CONFIGURATION_EU": "https://cloudplatform-intake.datadoghq.eu/api/v2/cloudchanges" + _FIREHOSE_PROTOCOL,
    "CONFIGURATION_US_GOV": "https://cloudplatform-intake.ddog-gov.com/api/v2/cloudchanges" + _FIREHOSE_PROTOCOL,
}.items():
    setattr(DatadogEndpoint, _name, DatadogEndpoint(_url))


@structs.frozen(kw_only=True)
class DatadogProps:
    """The properties of a ``Datadog`` destination (see ``Datadog``)."""

    logging_config: ILoggingConfig | None = None
    processor: IDataProcessor | None = None
    processors: Sequence[IDataProcessor] | None = None
    role: IRole | None = None
    s3_backup: DestinationS3BackupProps | None = None
    api_key: ISecret
    endpoint: DatadogEndpoint
    backup_mode: HttpBackupMode | None = None
    buffering_hints: HttpBufferingHints | None = None
    request_compression: HttpCompression | None = None
    retry_options: HttpRetryOptions | None = None
    tags: Sequence[HttpAttribute] | None = None


class Datadog(HttpEndpoint):
    """Deliver to Datadog (an ``HttpEndpoint`` with Datadog's defaults: GZIP, 60 s / 4 MiB, 60 s retries).

    Args:
        api_key: the secret holding the Datadog API key.
        endpoint: the Datadog intake.
        backup_mode: which records to back up (default failed only).
        buffering_hints: buffering (default 60 seconds, 4 MiB).
        request_compression: the content encoding (default GZIP).
        retry_options: retries (default 60 seconds).
        tags: tags sent with each request.
        logging_config: error logging (default: a new log group).
        processor: one data processor.
        processors: the data processors.
        role: the role Firehose assumes (default: a new one).
        s3_backup: the S3 backup (default: a new bucket).
    """

    def __init__(
        self,
        *,
        api_key: ISecret,
        endpoint: DatadogEndpoint,
        backup_mode: HttpBackupMode | None = None,
        buffering_hints: HttpBufferingHints | None = None,
        request_compression: HttpCompression | None = None,
        retry_options: HttpRetryOptions | None = None,
        tags: Sequence[HttpAttribute] | None = None,
        logging_config: ILoggingConfig | None = None,
        processor: IDataProcessor | None = None,
        processors: Sequence[IDataProcessor] | None = None,
        role: IRole | None = None,
        s3_backup: DestinationS3BackupProps | None = None,
    ) -> None:
        super().__init__(
            endpoint_config=HttpEndpointConfig(url=endpoint.url, secret=api_key),
            request_compression=request_compression or HttpCompression.GZIP,
            buffering_hints=buffering_hints or HttpBufferingHints(interval=Duration.seconds(60), size=Size.mebibytes(4)),
            retry_options=retry_options or HttpRetryOptions(duration=Duration.seconds(60)),
            backup_mode=backup_mode or HttpBackupMode.FAILED,
            attributes=tags if tags is not None else [],
            logging_config=logging_config,
            processor=processor,
            processors=processors,
            role=role,
            s3_backup=s3_backup,
        )
