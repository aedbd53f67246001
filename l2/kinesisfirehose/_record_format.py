"""Record format conversion of an S3 destination: input formats (OpenX JSON, Hive JSON), output formats
(Parquet, ORC) and the Glue table schema."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Size, Stack, UnscopedValidationError
from constructs.internals import structs
from l2.kinesisfirehose._private.helpers import compact

if TYPE_CHECKING:
    from l1.glue import CfnTable
    from l1.kinesisfirehose import CfnDeliveryStream
    from l2.iam import IRole


@runtime_checkable
class IInputFormat(Protocol):
    """An input (deserializer) format."""

    def create_input_format_config(self) -> CfnDeliveryStream.InputFormatConfigurationProperty | Mapping[str, Any]:
        """The ``InputFormatConfiguration``."""
        ...


@runtime_checkable
class IOutputFormat(Protocol):
    """An output (serializer) format."""

    def create_output_format_config(self) -> CfnDeliveryStream.OutputFormatConfigurationProperty | Mapping[str, Any]:
        """The ``OutputFormatConfiguration``."""
        ...


@structs.frozen(kw_only=True)
class OpenXJsonInputFormatProps:
    """The OpenX JSON SerDe options.

    Args:
        column_to_json_key_mappings: column → JSON key.
        convert_dots_in_json_keys_to_underscores: replace dots in keys.
        lowercase_column_names: case-insensitive keys.
    """

    column_to_json_key_mappings: Mapping[str, str] | None = None
    convert_dots_in_json_keys_to_underscores: bool | None = None
    lowercase_column_names: bool | None = None


class OpenXJsonInputFormat:
    """The OpenX JSON SerDe.

    Args:
        column_to_json_key_mappings: column → JSON key.
        convert_dots_in_json_keys_to_underscores: replace dots in keys.
        lowercase_column_names: case-insensitive keys.
    """

    def __init__(
        self,
        *,
        column_to_json_key_mappings: Mapping[str, str] | None = None,
        convert_dots_in_json_keys_to_underscores: bool | None = None,
        lowercase_column_names: bool | None = None,
    ) -> None:
        self.props: OpenXJsonInputFormatProps = OpenXJsonInputFormatProps(
            column_to_json_key_mappings=column_to_json_key_mappings,
            convert_dots_in_json_keys_to_underscores=convert_dots_in_json_keys_to_underscores,
            lowercase_column_names=lowercase_column_names,
        )

    def create_input_format_config(self) -> CfnDeliveryStream.InputFormatConfigurationProperty | Mapping[str, Any]:
        """``{"deserializer": {"open_x_json_ser_de": ...}}``."""
        p = self.props
        serde = {
            "case_insensitive": p.lowercase_column_names,
            "column_to_json_key_mappings": dict(p.column_to_json_key_mappings)
            if p.column_to_json_key_mappings is not None
            else None,
            "convert_dots_in_json_keys_to_underscores": p.convert_dots_in_json_keys_to_underscores,
        }
        return {"deserializer": {"open_x_json_ser_de": compact(serde)}}


class TimestampParser:
    """A timestamp format of the Hive JSON SerDe (``EPOCH_MILLIS`` or ``from_format_string``).

    Args:
        format: the Joda-Time pattern, or ``millis`` for epoch milliseconds.
    """

    EPOCH_MILLIS: TimestampParser
    """Milliseconds since the epoch."""

    def __init__(self, format: str) -> None:
        self.format = format

    @classmethod
    def from_format_string(cls, format: str) -> TimestampParser:
        """A Joda-Time pattern."""
        if format == "millis":
            raise UnscopedValidationError(
                f"Cannot use reserved format string {format} - Use 'TimestampParser.EPOCH_MILLIS' instead"
            )
        if format.strip() == "":
            raise UnscopedValidationError("Format string cannot be blank or empty")
        return cls(format)


TimestampParser.EPOCH_MILLIS = TimestampParser("millis")


@structs.frozen(kw_only=True)
class HiveJsonInputFormatProps:
    """The Hive JSON SerDe options.

    Args:
        timestamp_parsers: the timestamp formats.
    """

    timestamp_parsers: Sequence[TimestampParser] | None = None


class HiveJsonInputFormat:
    """The Hive JSON SerDe.

    Args:
        timestamp_parsers: the timestamp formats.
    """

    def __init__(self, *, timestamp_parsers: Sequence[TimestampParser] | None = None) -> None:
        self.props: HiveJsonInputFormatProps = HiveJsonInputFormatProps(timestamp_parsers=timestamp_parsers)

    def create_input_format_config(self) -> CfnDeliveryStream.InputFormatConfigurationProperty | Mapping[str, Any]:
        """``{"deserializer": {"hive_json_ser_de": ...}}``."""
        parsers = self.props.timestamp_parsers
        serde = {"timestamp_formats": [p.format for p in parsers] if parsers is not None else None}
        return {"deserializer": {"hive_json_ser_de": compact(serde)}}


class InputFormat:
    """The input formats with default options."""

    OPENX_JSON: OpenXJsonInputFormat
    """OpenX JSON."""
    HIVE_JSON: HiveJsonInputFormat
    """Hive JSON."""


InputFormat.OPENX_JSON = OpenXJsonInputFormat()
InputFormat.HIVE_JSON = HiveJsonInputFormat()


class ParquetCompression:
    """Parquet compression (``GZIP``, ``SNAPPY``, ``UNCOMPRESSED`` or ``of(value)``).

    Args:
        value: the compression's name as CloudFormation spells it.
    """

    GZIP: ParquetCompression
    """gzip."""
    SNAPPY: ParquetCompression
    """Snappy."""
    UNCOMPRESSED: ParquetCompression
    """None."""

    def __init__(self, value: str) -> None:
        self.value = value

    @classmethod
    def of(cls, value: str) -> ParquetCompression:
        """A compression by its CloudFormation value."""
        return cls(value)


ParquetCompression.GZIP = ParquetCompression("GZIP")
ParquetCompression.SNAPPY = ParquetCompression("SNAPPY")
ParquetCompression.UNCOMPRESSED = ParquetCompression("UNCOMPRESSED")


class ParquetWriterVersion(enum.Enum):
    """The Parquet writer version."""

    V1 = "V1"
    V2 = "V2"


@structs.frozen(kw_only=True)
class ParquetOutputFormatProps:
    """The Parquet SerDe options.

    Args:
        block_size: the HDFS block size (at least 64 MiB).
        compression: the compression.
        enable_dictionary_compression: dictionary compression.
        max_padding: the maximum padding.
        page_size: the page size (at least 64 KiB).
        writer_version: the writer version.
    """

    block_size: Size | None = None
    compression: ParquetCompression | None = None
    enable_dictionary_compression: bool | None = None
    max_padding: Size | None = None
    page_size: Size | None = None
    writer_version: ParquetWriterVersion | None = None


class ParquetOutputFormat:
    """The Parquet SerDe.

    Args:
        block_size: the HDFS block size (at least 64 MiB).
        compression: the compression.
        enable_dictionary_compression: dictionary compression.
        max_padding: the maximum padding.
        page_size: the page size (at least 64 KiB).
        writer_version: the writer version.
    """

    def __init__(
        self,
        *,
        block_size: Size | None = None,
        compression: ParquetCompression | None = None,
        enable_dictionary_compression: bool | None = None,
        max_padding: Size | None = None,
        page_size: Size | None = None,
        writer_version: ParquetWriterVersion | None = None,
    ) -> None:
        if block_size is not None and block_size.to_mebibytes() < 64:
            raise UnscopedValidationError(f"Block size {block_size.to_mebibytes()} is invalid, it must be at least 64 MiB")
        if page_size is not None and page_size.to_kibibytes() < 64:
            raise UnscopedValidationError(f"Page size {page_size.to_kibibytes()} is invalid, it must be at least 64 KiB")
        self.props: ParquetOutputFormatProps = ParquetOutputFormatProps(
            block_size=block_size,
            compression=compression,
            enable_dictionary_compression=enable_dictionary_compression,
            max_padding=max_padding,
            page_size=page_size,
            writer_version=writer_version,
        )

    def create_output_format_config(self) -> CfnDeliveryStream.OutputFormatConfigurationProperty | Mapping[str, Any]:
        """``{"serializer": {"parquet_ser_de": ...}}``."""
        p = self.props
        serde = {
            "block_size_bytes": p.block_size.to_bytes() if p.block_size is not None else None,
            "compression": p.compression.value if p.compression is not None else None,
            "enable_dictionary_compression": p.enable_dictionary_compression,
            "max_padding_bytes": p.max_padding.to_bytes() if p.max_padding is not None else None,
            "page_size_bytes": p.page_size.to_bytes() if p.page_size is not None else None,
            "writer_version": p.writer_version.value if p.writer_version is not None else None,
        }
        return {"serializer": {"parquet_ser_de": compact(serde)}}


class OrcCompression:
    """ORC compression (``ZLIB``, ``SNAPPY``, ``NONE`` or ``of(value)``).

    Args:
        value: the compression's name as CloudFormation spells it.
    """

    ZLIB: OrcCompression
    """zlib."""
    SNAPPY: OrcCompression
    """Snappy."""
    NONE: OrcCompression
    """None."""

    def __init__(self, value: str) -> None:
        self.value = value

    @classmethod
    def of(cls, value: str) -> OrcCompression:
        """A compression by its CloudFormation value."""
        return cls(value)


OrcCompression.ZLIB = OrcCompression("ZLIB")
OrcCompression.SNAPPY = OrcCompression("SNAPPY")
OrcCompression.NONE = OrcCompression("NONE")


class OrcFormatVersion(enum.Enum):
    """The ORC file format version."""

    V0_11 = "V0_11"
    V0_12 = "V0_12"


@structs.frozen(kw_only=True)
class OrcOutputFormatProps:
    """The ORC SerDe options.

    Args:
        block_size: the HDFS block size (at least 64 MiB).
        bloom_filter_columns: columns with Bloom filters.
        bloom_filter_false_positive_probability: 0 to 1.
        compression: the compression.
        dictionary_key_threshold: 0 to 1.
        enable_padding: pad stripes to block boundaries.
        format_version: the format version.
        padding_tolerance: 0 to 1.
        row_index_stride: at least 1000.
        stripe_size: at least 8 MiB.
    """

    block_size: Size | None = None
    bloom_filter_columns: Sequence[str] | None = None
    bloom_filter_false_positive_probability: int | float | None = None
    compression: OrcCompression | None = None
    dictionary_key_threshold: int | float | None = None
    enable_padding: bool | None = None
    format_version: OrcFormatVersion | None = None
    padding_tolerance: int | float | None = None
    row_index_stride: int | float | None = None
    stripe_size: Size | None = None


class OrcOutputFormat:
    """The ORC SerDe.

    Args:
        block_size: the HDFS block size (at least 64 MiB).
        bloom_filter_columns: columns with Bloom filters.
        bloom_filter_false_positive_probability: 0 to 1.
        compression: the compression.
        dictionary_key_threshold: 0 to 1.
        enable_padding: pad stripes to block boundaries.
        format_version: the format version.
        padding_tolerance: 0 to 1.
        row_index_stride: at least 1000.
        stripe_size: at least 8 MiB.
    """

    def __init__(
        self,
        *,
        block_size: Size | None = None,
        bloom_filter_columns: Sequence[str] | None = None,
        bloom_filter_false_positive_probability: int | float | None = None,
        compression: OrcCompression | None = None,
        dictionary_key_threshold: int | float | None = None,
        enable_padding: bool | None = None,
        format_version: OrcFormatVersion | None = None,
        padding_tolerance: int | float | None = None,
        row_index_stride: int | float | None = None,
        stripe_size: Size | None = None,
    ) -> None:
        if block_size is not None and block_size.to_mebibytes() < 64:
            raise UnscopedValidationError(f"Block size {block_size.to_mebibytes()} is invalid, it must be at least 64 MiB")
        if stripe_size is not None and stripe_size.to_mebibytes() < 8:
            raise UnscopedValidationError(
                f"Stripe size {stripe_size.to_mebibytes()} is invalid, it must be at least 8 MiB"
            )
        for name, value in (
            ("Bloom filter false positive probability", bloom_filter_false_positive_probability),
            ("Dictionary key threshold", dictionary_key_threshold),
            ("Padding tolerance", padding_tolerance),
        ):
            if value is not None and not 0 <= value <= 1:
                raise UnscopedValidationError(f"{name} {value} is invalid, it must be between 0 and 1, inclusive")
        if row_index_stride is not None and row_index_stride < 1000:
            raise UnscopedValidationError(f"Row index stride {row_index_stride} is invalid, it must be at least 1000")
        self.props: OrcOutputFormatProps = OrcOutputFormatProps(
            block_size=block_size,
            bloom_filter_columns=bloom_filter_columns,
            bloom_filter_false_positive_probability=bloom_filter_false_positive_probability,
            compression=compression,
            dictionary_key_threshold=dictionary_key_threshold,
            enable_padding=enable_padding,
            format_version=format_version,
            padding_tolerance=padding_tolerance,
            row_index_stride=row_index_stride,
            stripe_size=stripe_size,
        )

    def create_output_format_config(self) -> CfnDeliveryStream.OutputFormatConfigurationProperty | Mapping[str, Any]:
        """``{"serializer": {"orc_ser_de": ...}}``."""
        p = self.props
        serde = {
            "block_size_bytes": p.block_size.to_bytes() if p.block_size is not None else None,
            "bloom_filter_columns": list(p.bloom_filter_columns) if p.bloom_filter_columns is not None else None,
            "bloom_filter_false_positive_probability": p.bloom_filter_false_positive_probability,
            "compression": p.compression.value if p.compression is not None else None,
            "dictionary_key_threshold": p.dictionary_key_threshold,
            "enable_padding": p.enable_padding,
            "format_version": p.format_version.value if p.format_version is not None else None,
            "padding_tolerance": p.padding_tolerance,
            "row_index_stride": p.row_index_stride,
            "stripe_size_bytes": p.stripe_size.to_bytes() if p.stripe_size is not None else None,
        }
        return {"serializer": {"orc_ser_de": compact(serde)}}


class OutputFormat:
    """The output formats with default options."""

    PARQUET: ParquetOutputFormat
    """Parquet."""
    ORC: OrcOutputFormat
    """ORC."""


OutputFormat.PARQUET = ParquetOutputFormat()
OutputFormat.ORC = OrcOutputFormat()


@structs.frozen(kw_only=True)
class SchemaConfigurationBindOptions:
    """What ``SchemaConfiguration.bind`` receives.

    Args:
        role: the destination's role.
    """

    role: IRole


@structs.frozen(kw_only=True)
class SchemaConfigurationFromCfnTableProps:
    """The options of ``SchemaConfiguration.from_cfn_table``.

    Args:
        region: the Glue region (default: the stack's).
        version_id: the table version (default ``LATEST``).
    """

    region: str | None = None
    version_id: str | None = None


class SchemaConfiguration:
    """The Glue table that holds the schema of converted records (``from_cfn_table``).

    Args:
        catalog_id: the account id of the Glue Data Catalog (default the stack's account).
        database_name: the Glue database holding the table.
        database_region: the region of the Glue database (default the stack's region).
        table_name: the Glue table holding the schema.
        version_id: the table version to use (default ``LATEST``).
    """

    def __init__(self, database_name: str, table_name: str, catalog_id: str, database_region: str, version_id: str) -> None:
        self.database_name = database_name
        self.table_name = table_name
        self.catalog_id = catalog_id
        self.database_region = database_region
        self.version_id = version_id

    @classmethod
    def from_cfn_table(
        cls, table: CfnTable, *, region: str | None = None, version_id: str | None = None
    ) -> SchemaConfiguration:
        """The schema of a ``glue.CfnTable``."""
        stack = Stack.of(table)
        return cls(
            table.database_name,
            table.ref,
            table.catalog_id,
            region if region is not None else stack.region,
            version_id if version_id is not None else "LATEST",
        )

    def bind(self, scope: Construct, *, role: IRole) -> CfnDeliveryStream.SchemaConfigurationProperty | Mapping[str, Any]:
        """The ``SchemaConfiguration``, granting ``role`` read access to the table."""
        from l2 import iam

        stack = Stack.of(scope)
        region, account = self.database_region, self.catalog_id
        catalog_arn = stack.format_arn(service="glue", resource="catalog", region=region, account=account)
        database_arn = stack.format_arn(
            service="glue", resource="database", resource_name=self.database_name, region=region, account=account
        )
        table_arn = stack.format_arn(
            service="glue",
            resource="table",
            resource_name=f"{self.database_name}/{self.table_name}",
            region=region,
            account=account,
        )
        iam.Grant.add_to_principal(
            actions=["glue:GetTable", "glue:GetTableVersion", "glue:GetTableVersions"],
            grantee=role,
            resource_arns=[catalog_arn, database_arn, table_arn],
        )
        iam.Grant.add_to_principal(actions=["glue:GetSchemaVersion"], grantee=role, resource_arns=["*"])
        return {
            "role_arn": role.role_arn,
            "region": self.database_region,
            "table_name": self.table_name,
            "database_name": self.database_name,
            "version_id": self.version_id,
            "catalog_id": self.catalog_id,
        }
