"""Shared value types of ``aws_cdk.aws_kinesisfirehose``: compression, backup mode, encryption, logging, and the
props/config structs destinations and processors exchange."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Duration, IDependable, Size
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.kinesisfirehose import CfnDeliveryStream
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey
    from l2.logs import ILogGroup
    from l2.s3 import IBucket


class Compression:
    """The compression of delivered S3 objects (``Compression.GZIP``, ..., or ``Compression.of(value)``).

    Args:
        value: the compression format's name as CloudFormation spells it (e.g. ``GZIP``).
    """

    GZIP: Compression
    """gzip."""
    HADOOP_SNAPPY: Compression
    """Hadoop-compatible Snappy."""
    SNAPPY: Compression
    """Snappy."""
    ZIP: Compression
    """ZIP."""
    UNCOMPRESSED: Compression
    """No compression."""

    def __init__(self, value: str) -> None:
        self.value = value

    @classmethod
    def of(cls, value: str) -> Compression:
        """A compression format not listed here, by its CloudFormation value."""
        return cls(value)


Compression.GZIP = Compression("GZIP")
Compression.HADOOP_SNAPPY = Compression("HADOOP_SNAPPY")
Compression.SNAPPY = Compression("Snappy")
Compression.ZIP = Compression("ZIP")
Compression.UNCOMPRESSED = Compression("UNCOMPRESSED")


class BackupMode(enum.Enum):
    """Which source records an S3 destination backs up."""

    ALL = "ALL"
    FAILED = "FAILED"


class StreamEncryptionType(enum.Enum):
    """How a delivery stream encrypts data at rest."""

    UNENCRYPTED = "UNENCRYPTED"
    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    AWS_OWNED = "AWS_OWNED"


class StreamEncryption:
    """The server-side encryption of a delivery stream (``unencrypted()``, ``aws_owned_key()``,
    ``customer_managed_key(key)``).

    Args:
        type: the kind of encryption (``StreamEncryptionType``).
        encryption_key: the customer managed key (``CUSTOMER_MANAGED`` only; default: a new key).
    """

    def __init__(self, type: StreamEncryptionType, encryption_key: IKey | None = None) -> None:
        self.type = type
        self.encryption_key = encryption_key

    @classmethod
    def unencrypted(cls) -> StreamEncryption:
        """No server-side encryption."""
        return cls(StreamEncryptionType.UNENCRYPTED)

    @classmethod
    def aws_owned_key(cls) -> StreamEncryption:
        """Encryption with an AWS-owned key."""
        return cls(StreamEncryptionType.AWS_OWNED)

    @classmethod
    def customer_managed_key(cls, encryption_key: IKey | None = None) -> StreamEncryption:
        """Encryption with a customer managed key (default: a new ``Key`` named ``Key``)."""
        return cls(StreamEncryptionType.CUSTOMER_MANAGED, encryption_key)


@runtime_checkable
class ILoggingConfig(Protocol):
    """Error logging of a destination: ``EnableLogging`` or ``DisableLogging``."""

    @property
    def logging(self) -> bool:
        """Whether logging is on."""
        ...

    @property
    def log_group(self) -> ILogGroup | None:
        """The log group (default: a new one)."""
        ...


class EnableLogging:
    """Log delivery errors to CloudWatch Logs (to ``log_group``, default a new ``LogGroup``).

    Args:
        log_group: the log group the errors go to (default a new one).
    """

    def __init__(self, log_group: ILogGroup | None = None) -> None:
        self.log_group = log_group
        self.logging = True


class DisableLogging:
    """No error logging."""

    def __init__(self) -> None:
        self.logging = False
        self.log_group: ILogGroup | None = None


@structs.frozen(kw_only=True)
class DataProcessorProps:
    """Buffering and retries of a data processor.

    Args:
        buffer_interval: the buffer interval (default 60 seconds).
        buffer_size: the buffer size (default 1 MiB).
        retries: the number of retries (default 3).
    """

    buffer_interval: Duration | None = None
    buffer_size: Size | None = None
    retries: int | float | None = None


@structs.frozen(kw_only=True)
class DataProcessorIdentifier:
    """The parameter that identifies a processor (e.g. ``LambdaArn``).

    Args:
        parameter_name: the parameter name.
        parameter_value: the parameter value.
    """

    parameter_name: str
    parameter_value: str


@structs.frozen(kw_only=True)
class DataProcessorConfig:
    """What a processor's ``bind`` returns.

    Args:
        processor_identifier: the identifying parameter.
        processor_type: the CloudFormation processor type.
        parameters: the whole parameter list (when set, the identifier and buffering are not added).
    """

    processor_identifier: DataProcessorIdentifier
    processor_type: str
    parameters: Sequence[CfnDeliveryStream.ProcessorParameterProperty | Mapping[str, object]] | None = None


@structs.frozen(kw_only=True)
class DataProcessorBindOptions:
    """What a processor's ``bind`` receives.

    Args:
        role: the destination's role.
        dynamic_partitioning_enabled: whether dynamic partitioning is on.
        prefix: the data output prefix.
    """

    role: IRole
    dynamic_partitioning_enabled: bool | None = None
    prefix: str | None = None


@runtime_checkable
class IDataProcessor(Protocol):
    """A data processor of a destination."""

    @property
    def props(self) -> DataProcessorProps:
        """The buffering and retries."""
        ...

    def bind(
        self, scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The processor's configuration (granting ``role`` what it needs)."""
        ...


@structs.frozen(kw_only=True)
class DestinationBindOptions:
    """What a destination's ``bind`` receives (nothing today)."""


@structs.frozen(kw_only=True)
class DestinationConfig:
    """What a destination's ``bind`` returns.

    Args:
        dependables: what the delivery stream resource must depend on.
        extended_s3_destination_configuration: the S3 destination.
        http_endpoint_destination_configuration: the HTTP endpoint destination.
    """

    dependables: Sequence[IDependable] | None = None
    extended_s3_destination_configuration: (
        CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty | Mapping[str, object] | None
    ) = None
    http_endpoint_destination_configuration: (
        CfnDeliveryStream.HttpEndpointDestinationConfigurationProperty | Mapping[str, object] | None
    ) = None


@runtime_checkable
class IDestination(Protocol):
    """A delivery stream destination (``S3Bucket``, ``HttpEndpoint``, ``Datadog``)."""

    def bind(self, scope: Construct) -> DestinationConfig:
        """The destination configuration of the delivery stream ``scope``."""
        ...


@runtime_checkable
class ISource(Protocol):
    """A delivery stream source (``KinesisStreamSource``)."""

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the source."""
        ...


@structs.frozen(kw_only=True)
class CommonDestinationProps:
    """Props every destination takes.

    Args:
        logging_config: error logging (default: a new log group).
        processor: one data processor.
        processors: the data processors.
        role: the role Firehose assumes (default: a new one).
        s3_backup: the S3 backup (default: none).
    """

    logging_config: ILoggingConfig | None = None
    processor: IDataProcessor | None = None
    processors: Sequence[IDataProcessor] | None = None
    role: IRole | None = None
    s3_backup: DestinationS3BackupProps | None = None


@structs.frozen(kw_only=True)
class CommonDestinationS3Props:
    """Props of S3 delivery.

    Args:
        buffering_interval: the buffering interval (default 300 seconds).
        buffering_size: the buffering size (default 5 MiB).
        compression: the compression (default none).
        data_output_prefix: the prefix of delivered objects.
        encryption_key: the KMS key of delivered objects.
        error_output_prefix: the prefix of failed records.
    """

    buffering_interval: Duration | None = None
    buffering_size: Size | None = None
    compression: Compression | None = None
    data_output_prefix: str | None = None
    encryption_key: IKey | None = None
    error_output_prefix: str | None = None


@structs.frozen(kw_only=True)
class DestinationS3BackupProps:
    """The S3 backup of a destination.

    Args:
        buffering_interval: the buffering interval (default 300 seconds).
        buffering_size: the buffering size (default 5 MiB).
        compression: the compression (default none).
        data_output_prefix: the prefix of backed-up objects.
        encryption_key: the KMS key of backed-up objects.
        error_output_prefix: the prefix of failed records.
        bucket: the backup bucket (default: a new one).
        logging_config: error logging of the backup (default: the shared log group).
        mode: which records to back up.
    """

    buffering_interval: Duration | None = None
    buffering_size: Size | None = None
    compression: Compression | None = None
    data_output_prefix: str | None = None
    encryption_key: IKey | None = None
    error_output_prefix: str | None = None
    bucket: IBucket | None = None
    logging_config: ILoggingConfig | None = None
    mode: BackupMode | None = None
