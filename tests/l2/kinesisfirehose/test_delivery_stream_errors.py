"""Bad input to ``l2.kinesisfirehose`` fails as aws-cdk-lib 2.275 fails (messages from its source), naming the
construct; wrong types are ``TypeError``s."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, Size, Stack, TimeZone, ValidationError
from l2 import kinesis, s3
from l2 import kinesisfirehose as firehose


def _bucket(stack: Stack) -> s3.Bucket:
    return s3.Bucket(stack, "Bucket")


def _stream(stack: Stack, **destination: Any) -> firehose.DeliveryStream:
    return firehose.DeliveryStream(stack, "DS", destination=firehose.S3Bucket(_bucket(stack), **destination))


def test_server_side_encryption_with_a_kinesis_source_is_rejected(stack: Stack) -> None:
    source = firehose.KinesisStreamSource(kinesis.Stream(stack, "Src"))
    with pytest.raises(ValidationError, match="delivery stream source is a Kinesis data stream") as info:
        firehose.DeliveryStream(
            stack,
            "DS",
            destination=firehose.S3Bucket(_bucket(stack)),
            source=source,
            encryption=firehose.StreamEncryption.aws_owned_key(),
        )
    assert "S/DS" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"buffering_interval": Duration.seconds(901)}, "Buffering interval must be less than 900 seconds, got 901"),
        ({"buffering_size": Size.mebibytes(129)}, "Buffering size must be at most 128 MiBs, got 129 MiBs."),
        ({"buffering_size": Size.mebibytes(0)}, "Buffering size must be at least 1 MiB, got 0 MiBs."),
        ({"file_extension": "json"}, "fileExtension must start with '.'"),
        ({"file_extension": ".JSON"}, "fileExtension can contain allowed characters"),
        ({"time_zone": TimeZone.of("EST")}, "Invalid timezone format 'EST'"),
        ({"time_zone": TimeZone.of("Etc/UTC")}, "Invalid timezone format 'Etc/UTC'"),
        (
            {"processor": firehose.AppendDelimiterToRecordProcessor(), "processors": []},
            "You can specify either 'processors' or 'processor', not both.",
        ),
        (
            {"processors": [firehose.CloudWatchLogProcessor(data_message_extraction=True)]},
            "CloudWatchLogProcessor can only be enabled with DecompressionProcessor",
        ),
        (
            {"dynamic_partitioning": firehose.DynamicPartitioningProps(enabled=True)},
            "When dynamic partitioning is enabled, you must specify dataOutputPrefix.",
        ),
        (
            {
                "dynamic_partitioning": firehose.DynamicPartitioningProps(enabled=True),
                "data_output_prefix": "p/",
                "processors": [firehose.RecordDeAggregationProcessor.json()],
            },
            "you must specify ether LambdaFunctionProcessor or MetadataExtractionProcessor",
        ),
        (
            {
                "dynamic_partitioning": firehose.DynamicPartitioningProps(enabled=True),
                "data_output_prefix": "k=!{partitionKeyFromQuery:a}/",
                "error_output_prefix": "e/!{firehose:error-output-type}",
                "processors": [firehose.MetadataExtractionProcessor.jq16({"a": ".a", "b": ".b"})],
            },
            "you must use all specified dynamic partitioning key values",
        ),
        (
            {
                "dynamic_partitioning": firehose.DynamicPartitioningProps(
                    enabled=True, retry_duration=Duration.hours(3)
                ),
                "data_output_prefix": "k=!{partitionKeyFromQuery:a}/",
                "error_output_prefix": "e/!{firehose:error-output-type}",
                "processors": [firehose.MetadataExtractionProcessor.jq16({"a": ".a"})],
            },
            "Retry duration must be less than 7200 seconds, got 10800 seconds.",
        ),
        (
            {"processors": [firehose.RecordDeAggregationProcessor.json()]},
            "RecordDeAggregationProcessor can only be present when Dynamic Partitioning is enabled.",
        ),
    ],
)
def test_s3_destination_bind_errors_name_the_stream(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=_escape(message)) as info:
        _stream(stack, **kwargs)
    assert "S/DS" in str(info.value)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda b: firehose.S3Bucket(b, s3_backup=firehose.DestinationS3BackupProps(mode=firehose.BackupMode.FAILED)),
            "S3 destinations do not support BackupMode.FAILED",
        ),
        (
            lambda b: firehose.S3Bucket(b, data_output_prefix="!{timestamp:yyyy}/"),
            "Specify the errorOutputPrefix in order to use expressions in the dataOutputPrefix.",
        ),
        (
            lambda b: firehose.S3Bucket(b, data_output_prefix="!{bad:x}/", error_output_prefix="e/"),
            "The expression must be of the form !{namespace:value} and include a valid namespace at dataOutputPrefix.",
        ),
        (
            lambda b: firehose.S3Bucket(b, error_output_prefix="!{timestamp:yyyy}/"),
            "The errorOutputPrefix expression must include at least one instance of !{firehose:error-output-type}.",
        ),
        (
            lambda b: firehose.S3Bucket(b, data_output_prefix="k=!{partitionKeyFromLambda:k}/", error_output_prefix="e/"),
            "When dynamic partitioning is not enabled, the dataOutputPrefix cannot contain neither",
        ),
        (lambda b: firehose.CloudWatchLogProcessor(data_message_extraction=False), "dataMessageExtraction must be true."),
        (lambda b: firehose.MetadataExtractionProcessor.jq16({}), "should not be empty"),
        (lambda b: firehose.TimestampParser.from_format_string("millis"), "Cannot use reserved format string millis"),
        (lambda b: firehose.ParquetOutputFormat(block_size=Size.mebibytes(32)), "Block size 32 is invalid"),
        (lambda b: firehose.OrcOutputFormat(padding_tolerance=2), "Padding tolerance 2 is invalid"),
        (lambda b: firehose.OrcOutputFormat(row_index_stride=10), "Row index stride 10 is invalid"),
    ],
)
def test_unscoped_errors(stack: Stack, make: Callable[[s3.Bucket], Any], message: str) -> None:
    with pytest.raises(ValidationError, match=_escape(message)):
        make(_bucket(stack))


def test_import_needs_a_name_or_an_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Either deliveryStreamName or deliveryStreamArn must be provided"):
        firehose.DeliveryStream.from_delivery_stream_attributes(stack, "Imported")


def test_http_retry_duration_is_at_most_two_hours(stack: Stack) -> None:
    destination = firehose.HttpEndpoint(
        endpoint_config=firehose.HttpEndpointConfig(url="https://example.com"),
        retry_options=firehose.HttpRetryOptions(duration=Duration.hours(3)),
    )
    with pytest.raises(ValidationError, match="Retry duration must be at most 7200 seconds, got 10800 seconds."):
        firehose.DeliveryStream(stack, "DS", destination=destination)


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        firehose.DeliveryStream(stack, "DS", destination="my-bucket")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        firehose.S3Bucket(_bucket(stack), compression="GZIP")  # type: ignore[arg-type]


def test_streams_satisfy_the_interfaces(stack: Stack) -> None:
    stream = _stream(stack)
    imported = firehose.DeliveryStream.from_delivery_stream_name(stack, "Imported", "name")
    assert isinstance(stream, firehose.IDeliveryStream)
    assert isinstance(imported, firehose.IDeliveryStream)
    assert isinstance(firehose.S3Bucket(s3.Bucket(stack, "Other")), firehose.IDestination)
    assert isinstance(firehose.DecompressionProcessor(), firehose.IDataProcessor)
    assert isinstance(firehose.KinesisStreamSource(kinesis.Stream(stack, "Src")), firehose.ISource)
    assert isinstance(firehose.InputFormat.OPENX_JSON, firehose.IInputFormat)
    assert isinstance(firehose.OutputFormat.ORC, firehose.IOutputFormat)
    assert isinstance(firehose.EnableLogging(), firehose.ILoggingConfig)


def _escape(message: str) -> str:
    import re

    return re.escape(message)
