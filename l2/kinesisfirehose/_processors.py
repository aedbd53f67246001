"""The data processors of a destination: Lambda, decompression, CloudWatch Logs message extraction, metadata
extraction (inline parsing), record de-aggregation and delimiter appending."""

from __future__ import annotations

import base64
import enum
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Size, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.kinesisfirehose._common import DataProcessorConfig, DataProcessorIdentifier, DataProcessorProps

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.lambda_ import IFunction

_NO_IDENTIFIER = DataProcessorIdentifier(parameter_name="", parameter_value="")


def _param(name: str, value: str) -> dict[str, str]:
    return {"parameter_name": name, "parameter_value": value}


class LambdaFunctionProcessor:
    """Transform records with a Lambda function (granting the destination role ``lambda:InvokeFunction``).

    Args:
        lambda_function: the function.
        buffer_interval: the buffer interval (default 60 seconds).
        buffer_size: the buffer size (default 1 MiB).
        retries: the number of retries (default 3).
    """

    def __init__(
        self,
        lambda_function: IFunction,
        *,
        buffer_interval: Duration | None = None,
        buffer_size: Size | None = None,
        retries: int | float | None = None,
    ) -> None:
        self.lambda_function = lambda_function
        self.props: DataProcessorProps = DataProcessorProps(buffer_interval=buffer_interval, buffer_size=buffer_size, retries=retries)

    def bind(
        self, _scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The ``Lambda`` processor configuration."""
        self.lambda_function.grant_invoke(role)
        return DataProcessorConfig(
            processor_type="Lambda",
            processor_identifier=DataProcessorIdentifier(
                parameter_name="LambdaArn", parameter_value=self.lambda_function.function_arn
            ),
        )


class DecompressionProcessorCompressionFormat:
    """The compression format a ``DecompressionProcessor`` undoes (``GZIP`` or ``of(value)``).

    Args:
        compression_format: the format's name as CloudFormation spells it.
    """

    GZIP: DecompressionProcessorCompressionFormat
    """gzip."""

    def __init__(self, compression_format: str) -> None:
        self.compression_format = compression_format

    @classmethod
    def of(cls, compression_format: str) -> DecompressionProcessorCompressionFormat:
        """A format by its CloudFormation value."""
        return cls(compression_format)


DecompressionProcessorCompressionFormat.GZIP = DecompressionProcessorCompressionFormat("GZIP")


@structs.frozen(kw_only=True)
class DecompressionProcessorOptions:
    """The options of a ``DecompressionProcessor``.

    Args:
        compression_format: the format (default GZIP).
    """

    compression_format: DecompressionProcessorCompressionFormat | None = None


class DecompressionProcessor:
    """Decompress records (e.g. CloudWatch Logs subscription data).

    Args:
        compression_format: the format (default GZIP).
    """

    def __init__(self, *, compression_format: DecompressionProcessorCompressionFormat | None = None) -> None:
        self.options: DecompressionProcessorOptions = DecompressionProcessorOptions(compression_format=compression_format)
        self.props: DataProcessorProps = DataProcessorProps()

    def bind(
        self, _scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The ``Decompression`` processor configuration."""
        fmt = self.options.compression_format
        return DataProcessorConfig(
            processor_type="Decompression",
            processor_identifier=_NO_IDENTIFIER,
            parameters=[_param("CompressionFormat", fmt.compression_format if fmt is not None else "GZIP")],
        )


@structs.frozen(kw_only=True)
class CloudWatchLogProcessorOptions:
    """The options of a ``CloudWatchLogProcessor``.

    Args:
        data_message_extraction: extract the log messages (must be true).
    """

    data_message_extraction: bool


class CloudWatchLogProcessor:
    """Extract the messages of CloudWatch Logs records (needs a ``DecompressionProcessor``).

    Args:
        data_message_extraction: must be true.
    """

    def __init__(self, *, data_message_extraction: bool) -> None:
        if not data_message_extraction:
            raise UnscopedValidationError("dataMessageExtraction must be true.")
        self.props: DataProcessorProps = DataProcessorProps()

    def bind(
        self, _scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The ``CloudWatchLogProcessing`` processor configuration."""
        return DataProcessorConfig(
            processor_type="CloudWatchLogProcessing",
            processor_identifier=_NO_IDENTIFIER,
            parameters=[_param("DataMessageExtraction", "true")],
        )


class AppendDelimiterToRecordProcessor:
    """Append a newline delimiter to each record."""

    def __init__(self) -> None:
        self.props: DataProcessorProps = DataProcessorProps()

    def bind(
        self, _scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The ``AppendDelimiterToRecord`` processor configuration."""
        return DataProcessorConfig(processor_type="AppendDelimiterToRecord", processor_identifier=_NO_IDENTIFIER, parameters=[])


class JsonParsingEngine:
    """The JSON parsing engine of a ``MetadataExtractionProcessor`` (``JQ_1_6`` or ``of(value)``).

    Args:
        parsing_engine: the engine's name as CloudFormation spells it.
    """

    JQ_1_6: JsonParsingEngine
    """JQ 1.6."""

    def __init__(self, parsing_engine: str) -> None:
        self.parsing_engine = parsing_engine

    @classmethod
    def of(cls, parsing_engine: str) -> JsonParsingEngine:
        """An engine by its CloudFormation value."""
        return cls(parsing_engine)


JsonParsingEngine.JQ_1_6 = JsonParsingEngine("JQ-1.6")


@structs.frozen(kw_only=True)
class MetadataExtractionProcessorOptions:
    """The options of a ``MetadataExtractionProcessor``.

    Args:
        json_parsing_engine: the engine.
        metadata_extraction_query: the query.
    """

    json_parsing_engine: JsonParsingEngine
    metadata_extraction_query: str


class MetadataExtractionProcessor:
    """Extract partition keys with a JQ query (dynamic partitioning with inline parsing); build with ``jq16``.

    Args:
        options: the engine and query.
        keys: the partition keys the query defines.
    """

    def __init__(self, options: MetadataExtractionProcessorOptions, keys: Sequence[str]) -> None:
        self.options = options
        self.keys: list[str] = list(keys)
        self.props: DataProcessorProps = DataProcessorProps()

    @classmethod
    def jq16(cls, query: Mapping[str, str]) -> MetadataExtractionProcessor:
        """A JQ 1.6 query from partition key → JQ expression (1 to 50 keys)."""
        keys = list(query)
        if not keys:
            raise UnscopedValidationError("The query for MetadataExtractionProcessor should not be empty.")
        if len(keys) > 50:
            raise UnscopedValidationError("The query for MetadataExtractionProcessor cannot exceed the limit of 50 keys.")
        text = ",".join(f"{json.dumps(k, ensure_ascii=False)}:{query[k]}" for k in keys)
        options = MetadataExtractionProcessorOptions(
            json_parsing_engine=JsonParsingEngine.JQ_1_6, metadata_extraction_query="{" + text + "}"
        )
        return cls(options, keys)

    def bind(
        self, scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The ``MetadataExtraction`` processor configuration (every key must be used in the prefix)."""
        import re

        if not dynamic_partitioning_enabled:
            raise ValidationError(
                "MetadataExtractionProcessor can only be present when Dynamic Partitioning is enabled.", scope
            )
        used = set(re.findall(r"!\{partitionKeyFromQuery:([^{}]+)\}", prefix or ""))
        if not (len(self.keys) == len(used) and all(k in used for k in self.keys)):
            raise ValidationError(
                "When dynamic partitioning via inline parsing is enabled, you must use all specified dynamic "
                "partitioning key values for partitioning your data source.",
                scope,
            )
        return DataProcessorConfig(
            processor_type="MetadataExtraction",
            processor_identifier=_NO_IDENTIFIER,
            parameters=[
                _param("MetadataExtractionQuery", self.options.metadata_extraction_query),
                _param("JsonParsingEngine", self.options.json_parsing_engine.parsing_engine),
            ],
        )


class SubRecordType(enum.Enum):
    """The kind of aggregated sub-records."""

    JSON = "JSON"
    DELIMITED = "DELIMITED"


@structs.frozen(kw_only=True)
class RecordDeAggregationProcessorOptions:
    """The options of a ``RecordDeAggregationProcessor``.

    Args:
        sub_record_type: the sub-record kind.
        delimiter: the base64 delimiter (for ``DELIMITED``).
    """

    sub_record_type: SubRecordType
    delimiter: str | None = None


class RecordDeAggregationProcessor:
    """Split aggregated records (dynamic partitioning only); build with ``json()`` or ``delimited(delimiter)``.

    Args:
        sub_record_type: the sub-record kind.
        delimiter: the base64 delimiter (for ``DELIMITED``).
    """

    def __init__(self, *, sub_record_type: SubRecordType, delimiter: str | None = None) -> None:
        self.options: RecordDeAggregationProcessorOptions = RecordDeAggregationProcessorOptions(sub_record_type=sub_record_type, delimiter=delimiter)
        self.props: DataProcessorProps = DataProcessorProps()

    @classmethod
    def json(cls) -> RecordDeAggregationProcessor:
        """De-aggregate JSON sub-records."""
        return cls(sub_record_type=SubRecordType.JSON)

    @classmethod
    def delimited(cls, delimiter: str) -> RecordDeAggregationProcessor:
        """De-aggregate sub-records separated by ``delimiter``."""
        return cls(sub_record_type=SubRecordType.DELIMITED, delimiter=base64.b64encode(delimiter.encode()).decode())

    def bind(
        self, scope: Construct, *, role: IRole, dynamic_partitioning_enabled: bool | None = None, prefix: str | None = None
    ) -> DataProcessorConfig:
        """The ``RecordDeAggregation`` processor configuration."""
        parameters = [_param("SubRecordType", self.options.sub_record_type.value)]
        if not dynamic_partitioning_enabled:
            raise ValidationError(
                "RecordDeAggregationProcessor can only be present when Dynamic Partitioning is enabled.", scope
            )
        if self.options.sub_record_type is SubRecordType.DELIMITED:
            if not self.options.delimiter:
                raise ValidationError("The delimiter must be specified when subRecordType is DELIMITED.", scope)
            parameters.append(_param("Delimiter", self.options.delimiter))
        return DataProcessorConfig(
            processor_type="RecordDeAggregation", processor_identifier=_NO_IDENTIFIER, parameters=parameters
        )
