"""``S3Bucket``: the Amazon S3 destination of a delivery stream (``ExtendedS3DestinationConfiguration``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Size, TimeZone, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.kinesisfirehose._common import (
    BackupMode,
    Compression,
    DestinationConfig,
    DestinationS3BackupProps,
    IDataProcessor,
    ILoggingConfig,
)
from l2.kinesisfirehose._private import helpers

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kinesisfirehose._record_format import IInputFormat, IOutputFormat, SchemaConfiguration
    from l2.kms import IKey
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class DataFormatConversionProps:
    """Record format conversion of an S3 destination.

    Args:
        input_format: the input format.
        output_format: the output format.
        schema_configuration: the Glue table schema.
        enabled: whether conversion is on (default true).
    """

    input_format: IInputFormat
    output_format: IOutputFormat
    schema_configuration: SchemaConfiguration
    enabled: bool | None = None


@structs.frozen(kw_only=True)
class DynamicPartitioningProps:
    """Dynamic partitioning of an S3 destination.

    Args:
        enabled: whether partitioning is on.
        retry_duration: how long to retry (default 300 seconds, at most 7200).
    """

    enabled: bool
    retry_duration: Duration | None = None


@structs.frozen(kw_only=True)
class S3BucketProps:
    """The properties of an ``S3Bucket`` destination (see ``S3Bucket``)."""

    buffering_interval: Duration | None = None
    buffering_size: Size | None = None
    compression: Compression | None = None
    data_output_prefix: str | None = None
    encryption_key: IKey | None = None
    error_output_prefix: str | None = None
    logging_config: ILoggingConfig | None = None
    processor: IDataProcessor | None = None
    processors: Sequence[IDataProcessor] | None = None
    role: IRole | None = None
    s3_backup: DestinationS3BackupProps | None = None
    data_format_conversion: DataFormatConversionProps | None = None
    dynamic_partitioning: DynamicPartitioningProps | None = None
    file_extension: str | None = None
    time_zone: TimeZone | None = None


_EXPRESSION = re.compile(r"!\{(?!(?:firehose|timestamp|partitionKeyFrom(?:Lambda|Query)):[^{}]+\})")


def _validate_expression(prefix: str, prop: str) -> None:
    if _EXPRESSION.search(prefix):
        raise UnscopedValidationError(
            f"The expression must be of the form !{{namespace:value}} and include a valid namespace at {prop}."
        )


def _validate_prefixes(prefix: str | None, error_prefix: str | None) -> None:
    if prefix:
        _validate_expression(prefix, "dataOutputPrefix")
    if error_prefix:
        _validate_expression(error_prefix, "errorOutputPrefix")
    if prefix is not None and "!{" in prefix and not error_prefix:
        raise UnscopedValidationError("Specify the errorOutputPrefix in order to use expressions in the dataOutputPrefix.")
    if error_prefix is not None and "!{" in error_prefix and helpers.ERROR_OUTPUT_TYPE not in error_prefix:
        raise UnscopedValidationError(
            f"The errorOutputPrefix expression must include at least one instance of {helpers.ERROR_OUTPUT_TYPE}."
        )
    if prefix is not None and helpers.ERROR_OUTPUT_TYPE in prefix:
        raise UnscopedValidationError(f"The dataOutputPrefix cannot contain {helpers.ERROR_OUTPUT_TYPE}.")
    if error_prefix is not None and (
        f"!{{{helpers.PARTITION_KEY_LAMBDA}:" in error_prefix or f"!{{{helpers.PARTITION_KEY_QUERY}:" in error_prefix
    ):
        raise UnscopedValidationError(
            f"You cannot use {helpers.PARTITION_KEY_LAMBDA} and {helpers.PARTITION_KEY_QUERY} namespaces in "
            "errorOutputPreix."
        )


class S3Bucket:
    """Deliver to an S3 bucket.

    Args:
        bucket: the bucket.
        data_format_conversion: record format conversion (no ``compression`` with it).
        dynamic_partitioning: dynamic partitioning.
        file_extension: the object file extension (starting with ``.``).
        time_zone: the time zone of timestamp prefixes (default UTC).
        buffering_interval: the buffering interval (default 300 seconds).
        buffering_size: the buffering size (default 5 MiB).
        compression: the compression (default none).
        data_output_prefix: the prefix of delivered objects.
        encryption_key: the KMS key of delivered objects.
        error_output_prefix: the prefix of failed records.
        logging_config: error logging (default: a new log group).
        processor: one data processor.
        processors: the data processors.
        role: the role Firehose assumes (default: a new one).
        s3_backup: the S3 backup (``BackupMode.FAILED`` is not supported).
    """

    def __init__(
        self,
        bucket: IBucket,
        *,
        data_format_conversion: DataFormatConversionProps | None = None,
        dynamic_partitioning: DynamicPartitioningProps | None = None,
        file_extension: str | None = None,
        time_zone: TimeZone | None = None,
        buffering_interval: Duration | None = None,
        buffering_size: Size | None = None,
        compression: Compression | None = None,
        data_output_prefix: str | None = None,
        encryption_key: IKey | None = None,
        error_output_prefix: str | None = None,
        logging_config: ILoggingConfig | None = None,
        processor: IDataProcessor | None = None,
        processors: Sequence[IDataProcessor] | None = None,
        role: IRole | None = None,
        s3_backup: DestinationS3BackupProps | None = None,
    ) -> None:
        self.bucket = bucket
        self.props: S3BucketProps = S3BucketProps(
            buffering_interval=buffering_interval,
            buffering_size=buffering_size,
            compression=compression,
            data_output_prefix=data_output_prefix,
            encryption_key=encryption_key,
            error_output_prefix=error_output_prefix,
            logging_config=logging_config,
            processor=processor,
            processors=processors,
            role=role,
            s3_backup=s3_backup,
            data_format_conversion=data_format_conversion,
            dynamic_partitioning=dynamic_partitioning,
            file_extension=file_extension,
            time_zone=time_zone,
        )
        if s3_backup is not None and s3_backup.mode is BackupMode.FAILED:
            raise UnscopedValidationError("S3 destinations do not support BackupMode.FAILED")
        if data_format_conversion is not None and compression is not None:
            raise UnscopedValidationError(
                "When data record format conversion is enabled, compression cannot be set on the S3 Destination. "
                "Compression may only be set in the OutputFormat. By default, this compression is SNAPPY"
            )
        _validate_prefixes(data_output_prefix, error_output_prefix)
        partitioned = dynamic_partitioning is not None and dynamic_partitioning.enabled
        if not partitioned and data_output_prefix is not None and (
            f"!{{{helpers.PARTITION_KEY_LAMBDA}:" in data_output_prefix
            or f"!{{{helpers.PARTITION_KEY_QUERY}:" in data_output_prefix
        ):
            raise UnscopedValidationError(
                "When dynamic partitioning is not enabled, the dataOutputPrefix cannot contain neither "
                f"{helpers.PARTITION_KEY_LAMBDA} nor {helpers.PARTITION_KEY_QUERY}."
            )

    def bind(self, scope: Construct) -> DestinationConfig:
        """The ``ExtendedS3DestinationConfiguration`` (creating the role, log group and backup bucket)."""
        from l2 import iam

        p = self.props
        role = p.role if p.role is not None else iam.Role(
            scope, "S3 Destination Role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com")
        )
        bucket_grant = self.bucket.grant_read_write(role)
        logging = helpers.create_logging_options(scope, p.logging_config, role, "S3Destination")
        backup = helpers.create_backup_config(scope, role, p.s3_backup)
        ext = p.file_extension
        if ext and not Token.is_unresolved(ext):
            if not ext.startswith("."):
                raise ValidationError("fileExtension must start with '.'", scope)
            if re.search(r"[^0-9a-z!\-_.*'()]", ext):
                raise ValidationError("fileExtension can contain allowed characters: 0-9a-z!-_.*'()", scope)
        conversion: dict[str, Any] | None = None
        dfc = p.data_format_conversion
        if dfc is not None:
            conversion = {
                "enabled": dfc.enabled if dfc.enabled is not None else True,
                "schema_configuration": dfc.schema_configuration.bind(scope, role=role),
                "input_format_configuration": dfc.input_format.create_input_format_config(),
                "output_format_configuration": dfc.output_format.create_output_format_config(),
            }
        dp = p.dynamic_partitioning
        config = {
            "cloud_watch_logging_options": logging[0] if logging else None,
            "processing_configuration": helpers.create_processing_config(
                scope,
                p.processor,
                p.processors,
                role,
                dp.enabled if dp is not None else None,
                p.data_output_prefix,
            ),
            "role_arn": role.role_arn,
            "s3_backup_configuration": backup[0] if backup else None,
            "s3_backup_mode": self._backup_mode(),
            "buffering_hints": helpers.create_buffering_hints(
                scope,
                p.buffering_interval,
                p.buffering_size,
                conversion["enabled"] if conversion is not None else None,
                dp.enabled if dp is not None else None,
            ),
            "bucket_arn": self.bucket.bucket_arn,
            "data_format_conversion_configuration": conversion,
            "compression_format": p.compression.value if p.compression is not None else None,
            "encryption_configuration": helpers.create_encryption_config(role, p.encryption_key),
            "error_output_prefix": p.error_output_prefix,
            "prefix": p.data_output_prefix,
            "file_extension": p.file_extension,
            "custom_time_zone": helpers.create_timezone_name(scope, p.time_zone),
            "dynamic_partitioning_configuration": helpers.create_dynamic_partitioning_configuration(scope, dp),
        }
        return DestinationConfig(
            extended_s3_destination_configuration=helpers.compact(config),
            dependables=[bucket_grant, *(logging[1] if logging else []), *(backup[1] if backup else [])],
        )

    def _backup_mode(self) -> str | None:
        backup = self.props.s3_backup
        if backup is not None and (backup.bucket is not None or backup.mode is BackupMode.ALL):
            return "Enabled"
        return None
