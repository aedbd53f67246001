"""The configuration blocks destinations share: logging, buffering, encryption, processing, backup, dynamic
partitioning and time zone (with aws-cdk-lib's validations and the grants each implies, in its order)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Node, Size, Token, ValidationError

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kinesisfirehose._common import DestinationS3BackupProps, ILoggingConfig

PARTITION_KEY_QUERY = "partitionKeyFromQuery"
PARTITION_KEY_LAMBDA = "partitionKeyFromLambda"
ERROR_OUTPUT_TYPE = "!{firehose:error-output-type}"


def compact(value: Any) -> Any:
    """``value`` without ``None`` entries (dicts and lists, recursively); empty dicts stay."""
    if isinstance(value, dict):
        return {k: compact(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [compact(v) for v in value]
    return value


def create_logging_options(
    scope: Construct, logging_config: ILoggingConfig | None, role: IRole, stream_id: str
) -> tuple[dict[str, Any], list[Any]] | None:
    """The ``CloudWatchLoggingOptions`` (creating or reusing ``LogGroup`` and a stream) and the grant."""
    log_group: Any = logging_config.log_group if logging_config is not None else None
    if logging_config is not None and logging_config.logging is False and log_group is None:
        return None
    if log_group is None:
        log_group = Node.of(scope).try_find_child("LogGroup")
    if log_group is None:
        from l2 import logs

        log_group = logs.LogGroup(scope, "LogGroup")
    grant = log_group.grant_write(role)
    options = {
        "enabled": True,
        "log_group_name": log_group.log_group_name,
        "log_stream_name": log_group.add_stream(stream_id).log_stream_name,
    }
    return options, [grant]


def create_buffering_hints(
    scope: Construct,
    interval: Duration | None,
    size: Size | None,
    data_format_conversion_enabled: bool | None = None,
    dynamic_partitioning_enabled: bool | None = None,
) -> dict[str, Any] | None:
    """``BufferingHints`` (300 s and 5 MiB, or 128 MiB with conversion/partitioning), validated."""
    if not interval and not size and not data_format_conversion_enabled and not dynamic_partitioning_enabled:
        return None
    seconds = interval.to_seconds() if interval is not None else 300
    if not Token.is_unresolved(seconds):
        if seconds > 900:
            raise ValidationError(f"Buffering interval must be less than 900 seconds, got {seconds} seconds.", scope)
        if dynamic_partitioning_enabled and seconds < 60:
            raise ValidationError(
                "When dynamic partitioning is enabled, buffering interval must be at least 60 seconds, "
                f"got {seconds} seconds.",
                scope,
            )
    default_size = 128 if data_format_conversion_enabled or dynamic_partitioning_enabled else 5
    mebibytes = size.to_mebibytes() if size is not None else default_size
    if not Token.is_unresolved(mebibytes):
        if mebibytes > 128:
            raise ValidationError(f"Buffering size must be at most 128 MiBs, got {mebibytes} MiBs.", scope)
        if (data_format_conversion_enabled or dynamic_partitioning_enabled) and mebibytes < 64:
            raise ValidationError(
                "When data format conversion or dynamic partitioning is enabled, buffering size must be at least "
                f"64 MiBs, got {mebibytes} MiBs.",
                scope,
            )
        if mebibytes < 1:
            raise ValidationError(f"Buffering size must be at least 1 MiB, got {mebibytes} MiBs.", scope)
    return {"interval_in_seconds": seconds, "size_in_m_bs": mebibytes}


def create_encryption_config(role: IRole, encryption_key: Any) -> dict[str, Any] | None:
    """``EncryptionConfiguration`` of ``encryption_key`` (granting ``role`` encrypt/decrypt)."""
    if encryption_key is None:
        return None
    encryption_key.grant_encrypt_decrypt(role)
    return {"kms_encryption_config": {"awskms_key_arn": encryption_key.key_arn}}


def create_processing_config(
    scope: Construct,
    processor: Any,
    processors: Any,
    role: IRole,
    dynamic_partitioning_enabled: bool | None = None,
    prefix: str | None = None,
) -> dict[str, Any] | None:
    """``ProcessingConfiguration`` of the processors, validated against dynamic partitioning."""
    if processor is not None and processors is not None:
        raise ValidationError("You can specify either 'processors' or 'processor', not both.", scope)
    chosen = [processor] if processor is not None else list(processors or [])
    rendered = [_render_processor(p, scope, role, dynamic_partitioning_enabled, prefix) for p in chosen]
    types = {p["type"] for p in rendered}
    if "CloudWatchLogProcessing" in types and "Decompression" not in types:
        raise ValidationError("CloudWatchLogProcessor can only be enabled with DecompressionProcessor", scope)
    if dynamic_partitioning_enabled:
        with_lambda = "Lambda" in types
        with_inline = "MetadataExtraction" in types
        if not prefix:
            raise ValidationError("When dynamic partitioning is enabled, you must specify dataOutputPrefix.", scope)
        if not with_lambda and not with_inline:
            raise ValidationError(
                "When dynamic partitioning is enabled, you must specify ether LambdaFunctionProcessor or "
                "MetadataExtractionProcessor, or both.",
                scope,
            )
        if with_lambda and not with_inline and f"!{{{PARTITION_KEY_LAMBDA}:" not in prefix:
            raise ValidationError(
                "When dynamic partitioning is enabled and the only LambdaFunctionProcessor is specified, you must "
                f"specify at least one instance of !{{{PARTITION_KEY_LAMBDA}:keyID}}.",
                scope,
            )
        if not with_lambda and f"!{{{PARTITION_KEY_LAMBDA}:" in prefix:
            raise ValidationError(
                f"The dataOutputPrefix cannot contain !{{{PARTITION_KEY_LAMBDA}:keyID}} when "
                "LambdaFunctionProcessor is not specified.",
                scope,
            )
        if not with_inline and f"!{{{PARTITION_KEY_QUERY}:" in prefix:
            raise ValidationError(
                f"The dataOutputPrefix cannot contain !{{{PARTITION_KEY_QUERY}:keyID}} when "
                "MetadataExtractionProcessor is not specified.",
                scope,
            )
    if not rendered:
        return None
    return {"enabled": True, "processors": rendered}


def _param(p: Any) -> dict[str, Any]:
    if isinstance(p, dict):
        return dict(p)
    return {"parameter_name": p.parameter_name, "parameter_value": p.parameter_value}


def _render_processor(
    processor: Any, scope: Construct, role: IRole, dynamic_partitioning_enabled: bool | None, prefix: str | None
) -> dict[str, Any]:
    config = processor.bind(scope, role=role, dynamic_partitioning_enabled=dynamic_partitioning_enabled, prefix=prefix)
    if config.parameters is not None:
        return {"type": config.processor_type, "parameters": [_param(p) for p in config.parameters]}
    parameters = [{"parameter_name": "RoleArn", "parameter_value": role.role_arn}, _param(config.processor_identifier)]
    props = processor.props
    if props.buffer_interval:
        parameters.append(
            {"parameter_name": "BufferIntervalInSeconds", "parameter_value": _js_str(props.buffer_interval.to_seconds())}
        )
    if props.buffer_size:
        parameters.append(
            {"parameter_name": "BufferSizeInMBs", "parameter_value": _js_str(props.buffer_size.to_mebibytes())}
        )
    if props.retries:
        parameters.append({"parameter_name": "NumberOfRetries", "parameter_value": _js_str(props.retries)})
    return {"type": config.processor_type, "parameters": parameters}


def _js_str(number: Any) -> str:
    """JavaScript's ``Number.prototype.toString`` for the numbers used here."""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


def create_backup_config(
    scope: Construct, role: IRole, props: DestinationS3BackupProps | None
) -> tuple[dict[str, Any], list[Any]] | None:
    """``S3BackupConfiguration`` (creating ``BackupBucket`` unless given) and its grants."""
    if props is None or (props.mode is None and props.bucket is None):
        return None
    bucket: Any = props.bucket
    if bucket is None:
        from l2 import s3

        bucket = s3.Bucket(scope, "BackupBucket")
    bucket_grant = bucket.grant_read_write(role)
    logging = create_logging_options(scope, props.logging_config, role, "S3Backup")
    config = {
        "bucket_arn": bucket.bucket_arn,
        "role_arn": role.role_arn,
        "prefix": props.data_output_prefix,
        "error_output_prefix": props.error_output_prefix,
        "buffering_hints": create_buffering_hints(scope, props.buffering_interval, props.buffering_size),
        "compression_format": props.compression.value if props.compression is not None else None,
        "encryption_configuration": create_encryption_config(role, props.encryption_key),
        "cloud_watch_logging_options": logging[0] if logging else None,
    }
    return config, [bucket_grant, *(logging[1] if logging else [])]


def create_dynamic_partitioning_configuration(scope: Construct, props: Any) -> dict[str, Any] | None:
    """``DynamicPartitioningConfiguration`` (retry duration at most 7200 seconds)."""
    if props is None:
        return None
    seconds = props.retry_duration.to_seconds() if props.retry_duration is not None else None
    if seconds is not None and not Token.is_unresolved(seconds) and seconds > 7200:
        raise ValidationError(f"Retry duration must be less than 7200 seconds, got {seconds} seconds.", scope)
    return {
        "enabled": props.enabled,
        "retry_options": {"duration_in_seconds": seconds} if seconds is not None else None,
    }


_INVALID_TIMEZONES = ("Etc/UTC", "Etc/GMT", "Factory")


def create_timezone_name(scope: Construct, time_zone: Any) -> str | None:
    """``CustomTimeZone``: an IANA name (not a three-letter one, nor ``Etc/UTC``/``Etc/GMT``/``Factory``)."""
    if time_zone is None:
        return None
    name: str = time_zone.timezone_name
    if Token.is_unresolved(name) or name == "UTC":
        return name
    if re.fullmatch(r"[A-Za-z]{3}", name) or name in _INVALID_TIMEZONES or not re.fullmatch(r"[a-zA-Z/_]+", name):
        raise ValidationError(
            f"Invalid timezone format '{name}'. Use standard IANA timezone identifiers (e.g., 'America/New_York', "
            "'Europe/London'). See https://docs.aws.amazon.com/firehose/latest/dev/s3-object-name.html for more "
            "details",
            scope,
        )
    return name
