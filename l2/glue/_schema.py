"""Table schemas and data formats: ``Schema``/``Type``/``Column``, ``DataFormat`` and its parts, storage parameters,
partition projection and partition indexes."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import Token, UnscopedValidationError
from constructs.internals import structs
from l2.glue._constants import (
    ColumnCountMismatchHandlingAction,
    CompressionType,
    DateIntervalUnit,
    InvalidCharHandlingAction,
    NumericOverflowHandlingAction,
    OrcColumnMappingType,
    PartitionProjectionType,
    SurplusBytesHandlingAction,
    SurplusCharHandlingAction,
    WriteParallel,
)

if TYPE_CHECKING:
    from l2.kms import IKey


def _num(value: int | float) -> str:
    """A number as JavaScript's ``toString`` writes it (no ``.0`` on whole numbers)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_int(value: int | float) -> bool:
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


class Type:
    """A column type (build one with ``Schema``).

    Args:
        input_string: the type as Glue/Hive writes it (``int``, ``array<string>``, ...).
        is_primitive: whether it is a primitive type (only those may be map keys).
    """

    def __init__(self, input_string: str, is_primitive: bool) -> None:
        self.input_string = input_string
        """The type as Glue/Hive writes it (``int``, ``array<string>``, ...)."""
        self.is_primitive = is_primitive
        """Whether this is a primitive type (only those may be map keys)."""


@structs.frozen(kw_only=True)
class Column:
    """A table column.

    Args:
        name: the column name.
        type: the column type (``Schema.STRING``, ``Schema.array(...)``, ...).
        comment: a comment.
    """

    name: str
    type: Type
    comment: str | None = None


class Schema:
    """The column types of Glue tables."""

    BOOLEAN: ClassVar[Type] = Type("boolean", True)
    BINARY: ClassVar[Type] = Type("binary", True)
    BIG_INT: ClassVar[Type] = Type("bigint", True)
    DOUBLE: ClassVar[Type] = Type("double", True)
    FLOAT: ClassVar[Type] = Type("float", True)
    INTEGER: ClassVar[Type] = Type("int", True)
    SMALL_INT: ClassVar[Type] = Type("smallint", True)
    TINY_INT: ClassVar[Type] = Type("tinyint", True)
    DATE: ClassVar[Type] = Type("date", True)
    TIMESTAMP: ClassVar[Type] = Type("timestamp", True)
    STRING: ClassVar[Type] = Type("string", True)

    @staticmethod
    def decimal(precision: int | float, scale: int | float | None = None) -> Type:
        """``decimal(precision[,scale])``: precision 1 to 38, scale 0 to 38."""
        if not Token.is_unresolved(precision) and (precision < 1 or precision > 38 or not _is_int(precision)):
            raise UnscopedValidationError(
                f"decimal precision must be a positive integer between 1 and 38, got {_num(precision)}")
        if scale is not None and not Token.is_unresolved(scale) and (scale < 0 or scale > 38 or not _is_int(scale)):
            raise UnscopedValidationError(f"decimal scale must be an integer between 0 and 38, got {_num(scale)}")
        text = f"decimal({_num(precision)},{_num(scale)})" if scale is not None else f"decimal({_num(precision)})"
        return Type(text, True)

    @staticmethod
    def char(length: int | float) -> Type:
        """``char(length)``: a fixed-length string of 1 to 255 characters."""
        if length <= 0 or length > 255:
            raise UnscopedValidationError(
                f"char length must be (inclusively) between 1 and 255, but was {_num(length)}")
        if not _is_int(length):
            raise UnscopedValidationError(f"char length must be a positive integer, was {_num(length)}")
        return Type(f"char({_num(length)})", True)

    @staticmethod
    def varchar(length: int | float) -> Type:
        """``varchar(length)``: a string of at most 1 to 65535 characters."""
        if length <= 0 or length > 65535:
            raise UnscopedValidationError(
                f"varchar length must be (inclusively) between 1 and 65535, but was {_num(length)}")
        if not _is_int(length):
            raise UnscopedValidationError(f"varchar length must be a positive integer, was {_num(length)}")
        return Type(f"varchar({_num(length)})", True)

    @staticmethod
    def array(item_type: Type) -> Type:
        """``array<item_type>``."""
        return Type(f"array<{item_type.input_string}>", False)

    @staticmethod
    def map(key_type: Type, value_type: Type) -> Type:
        """``map<key_type,value_type>`` (the key type must be primitive)."""
        if not key_type.is_primitive:
            raise UnscopedValidationError(
                f"the key type of a 'map' must be a primitive, but was {key_type.input_string}")
        return Type(f"map<{key_type.input_string},{value_type.input_string}>", False)

    @staticmethod
    def struct(columns: Sequence[Column]) -> Type:
        """``struct<name:type,...>``."""
        inner = ",".join(f"{c.name}:{c.type.input_string}" for c in columns)
        return Type(f"struct<{inner}>", False)

    @staticmethod
    def custom(input_string: str, is_primitive: bool | None = None) -> Type:
        """A type written out (primitive unless ``is_primitive=False``)."""
        return Type(input_string, True if is_primitive is None else is_primitive)


class InputFormat:
    """The ``InputFormat`` class of a table's storage descriptor.

    Args:
        class_name: the fully qualified Java class name (prefer the constants).
    """

    AVRO: ClassVar[InputFormat]
    CLOUDTRAIL: ClassVar[InputFormat]
    ORC: ClassVar[InputFormat]
    PARQUET: ClassVar[InputFormat]
    TEXT: ClassVar[InputFormat]

    def __init__(self, class_name: str) -> None:
        self.class_name = class_name
        """The Java class name."""


InputFormat.AVRO = InputFormat("org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat")
InputFormat.CLOUDTRAIL = InputFormat("com.amazon.emr.cloudtrail.CloudTrailInputFormat")
InputFormat.ORC = InputFormat("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat")
InputFormat.PARQUET = InputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat")
InputFormat.TEXT = InputFormat("org.apache.hadoop.mapred.TextInputFormat")


class OutputFormat:
    """The ``OutputFormat`` class of a table's storage descriptor.

    Args:
        class_name: the fully qualified Java class name (prefer the constants).
    """

    HIVE_IGNORE_KEY_TEXT: ClassVar[OutputFormat]
    AVRO: ClassVar[OutputFormat]
    ORC: ClassVar[OutputFormat]
    PARQUET: ClassVar[OutputFormat]

    def __init__(self, class_name: str) -> None:
        self.class_name = class_name
        """The Java class name."""


OutputFormat.HIVE_IGNORE_KEY_TEXT = OutputFormat("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat")
OutputFormat.AVRO = OutputFormat("org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat")
OutputFormat.ORC = OutputFormat("org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat")
OutputFormat.PARQUET = OutputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat")


class SerializationLibrary:
    """The SerDe of a table's storage descriptor.

    Args:
        class_name: the fully qualified Java class name (prefer the constants).
    """

    AVRO: ClassVar[SerializationLibrary]
    CLOUDTRAIL: ClassVar[SerializationLibrary]
    GROK: ClassVar[SerializationLibrary]
    HIVE_JSON: ClassVar[SerializationLibrary]
    LAZY_SIMPLE: ClassVar[SerializationLibrary]
    OPEN_CSV: ClassVar[SerializationLibrary]
    OPENX_JSON: ClassVar[SerializationLibrary]
    ORC: ClassVar[SerializationLibrary]
    PARQUET: ClassVar[SerializationLibrary]
    REGEXP: ClassVar[SerializationLibrary]

    def __init__(self, class_name: str) -> None:
        self.class_name = class_name
        """The Java class name."""


SerializationLibrary.AVRO = SerializationLibrary("org.apache.hadoop.hive.serde2.avro.AvroSerDe")
SerializationLibrary.CLOUDTRAIL = SerializationLibrary("com.amazon.emr.hive.serde.CloudTrailSerde")
SerializationLibrary.GROK = SerializationLibrary("com.amazonaws.glue.serde.GrokSerDe")
SerializationLibrary.HIVE_JSON = SerializationLibrary("org.apache.hive.hcatalog.data.JsonSerDe")
SerializationLibrary.LAZY_SIMPLE = SerializationLibrary("org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe")
SerializationLibrary.OPEN_CSV = SerializationLibrary("org.apache.hadoop.hive.serde2.OpenCSVSerde")
SerializationLibrary.OPENX_JSON = SerializationLibrary("org.openx.data.jsonserde.JsonSerDe")
SerializationLibrary.ORC = SerializationLibrary("org.apache.hadoop.hive.ql.io.orc.OrcSerde")
SerializationLibrary.PARQUET = SerializationLibrary("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")
SerializationLibrary.REGEXP = SerializationLibrary("org.apache.hadoop.hive.serde2.RegexSerDe")


class ClassificationString:
    """The ``classification`` table parameter (how Athena and crawlers read the data).

    Args:
        value: the classification (``csv``, ``parquet``, ...; prefer the constants).
    """

    AVRO: ClassVar[ClassificationString]
    CSV: ClassVar[ClassificationString]
    JSON: ClassVar[ClassificationString]
    XML: ClassVar[ClassificationString]
    PARQUET: ClassVar[ClassificationString]
    ORC: ClassVar[ClassificationString]

    def __init__(self, value: str) -> None:
        self.value = value
        """The classification."""


ClassificationString.AVRO = ClassificationString("avro")
ClassificationString.CSV = ClassificationString("csv")
ClassificationString.JSON = ClassificationString("json")
ClassificationString.XML = ClassificationString("xml")
ClassificationString.PARQUET = ClassificationString("parquet")
ClassificationString.ORC = ClassificationString("orc")


@structs.frozen(kw_only=True)
class DataFormatProps:
    """The parts of a ``DataFormat`` (see ``DataFormat``)."""

    input_format: InputFormat
    output_format: OutputFormat
    serialization_library: SerializationLibrary
    classification_string: ClassificationString | None = None


class DataFormat:
    """How a table's data is stored: input/output format classes, SerDe and classification.

    Args:
        input_format: the input format class.
        output_format: the output format class.
        serialization_library: the SerDe.
        classification_string: the ``classification`` parameter (default none).
    """

    APACHE_LOGS: ClassVar[DataFormat]
    AVRO: ClassVar[DataFormat]
    CLOUDTRAIL_LOGS: ClassVar[DataFormat]
    CSV: ClassVar[DataFormat]
    JSON: ClassVar[DataFormat]
    LOGSTASH: ClassVar[DataFormat]
    ORC: ClassVar[DataFormat]
    PARQUET: ClassVar[DataFormat]
    TSV: ClassVar[DataFormat]

    def __init__(self, *, input_format: InputFormat, output_format: OutputFormat,
                 serialization_library: SerializationLibrary,
                 classification_string: ClassificationString | None = None) -> None:
        self.input_format = input_format
        """The input format class."""
        self.output_format = output_format
        """The output format class."""
        self.serialization_library = serialization_library
        """The SerDe."""
        self.classification_string = classification_string
        """The classification, if any."""


DataFormat.APACHE_LOGS = DataFormat(input_format=InputFormat.TEXT, output_format=OutputFormat.HIVE_IGNORE_KEY_TEXT,
                                    serialization_library=SerializationLibrary.REGEXP)
DataFormat.AVRO = DataFormat(input_format=InputFormat.AVRO, output_format=OutputFormat.AVRO,
                             serialization_library=SerializationLibrary.AVRO,
                             classification_string=ClassificationString.AVRO)
DataFormat.CLOUDTRAIL_LOGS = DataFormat(input_format=InputFormat.CLOUDTRAIL,
                                        output_format=OutputFormat.HIVE_IGNORE_KEY_TEXT,
                                        serialization_library=SerializationLibrary.CLOUDTRAIL)
DataFormat.CSV = DataFormat(input_format=InputFormat.TEXT, output_format=OutputFormat.HIVE_IGNORE_KEY_TEXT,
                            serialization_library=SerializationLibrary.OPEN_CSV,
                            classification_string=ClassificationString.CSV)
DataFormat.JSON = DataFormat(input_format=InputFormat.TEXT, output_format=OutputFormat.HIVE_IGNORE_KEY_TEXT,
                             serialization_library=SerializationLibrary.OPENX_JSON,
                             classification_string=ClassificationString.JSON)
DataFormat.LOGSTASH = DataFormat(input_format=InputFormat.TEXT, output_format=OutputFormat.HIVE_IGNORE_KEY_TEXT,
                                 serialization_library=SerializationLibrary.GROK)
DataFormat.ORC = DataFormat(input_format=InputFormat.ORC, output_format=OutputFormat.ORC,
                            serialization_library=SerializationLibrary.ORC,
                            classification_string=ClassificationString.ORC)
DataFormat.PARQUET = DataFormat(input_format=InputFormat.PARQUET, output_format=OutputFormat.PARQUET,
                                serialization_library=SerializationLibrary.PARQUET,
                                classification_string=ClassificationString.PARQUET)
DataFormat.TSV = DataFormat(input_format=InputFormat.TEXT, output_format=OutputFormat.HIVE_IGNORE_KEY_TEXT,
                            serialization_library=SerializationLibrary.LAZY_SIMPLE)


class StorageParameter:
    """One storage parameter of a table (``StorageDescriptor.Parameters``).

    Args:
        key: the parameter name.
        value: its value.
    """

    def __init__(self, key: str, value: str) -> None:
        self.key = key
        """The parameter name."""
        self.value = value
        """The parameter value."""

    @staticmethod
    def skip_header_line_count(value: int | float) -> StorageParameter:
        """``skip.header.line.count``: header lines to skip."""
        return StorageParameter("skip.header.line.count", _num(value))

    @staticmethod
    def data_cleansing_enabled(value: bool) -> StorageParameter:
        """``data_cleansing_enabled``."""
        return StorageParameter("data_cleansing_enabled", "true" if value else "false")

    @staticmethod
    def compression_type(value: CompressionType) -> StorageParameter:
        """``compression_type``."""
        return StorageParameter("compression_type", value.value)

    @staticmethod
    def invalid_char_handling(value: InvalidCharHandlingAction) -> StorageParameter:
        """``invalid_char_handling``."""
        return StorageParameter("invalid_char_handling", value.value)

    @staticmethod
    def replacement_char(value: str) -> StorageParameter:
        """``replacement_char``."""
        return StorageParameter("replacement_char", value)

    @staticmethod
    def numeric_overflow_handling(value: NumericOverflowHandlingAction) -> StorageParameter:
        """``numeric_overflow_handling``."""
        return StorageParameter("numeric_overflow_handling", value.value)

    @staticmethod
    def surplus_bytes_handling(value: SurplusBytesHandlingAction) -> StorageParameter:
        """``surplus_bytes_handling``."""
        return StorageParameter("surplus_bytes_handling", value.value)

    @staticmethod
    def surplus_char_handling(value: SurplusCharHandlingAction) -> StorageParameter:
        """``surplus_char_handling``."""
        return StorageParameter("surplus_char_handling", value.value)

    @staticmethod
    def column_count_mismatch_handling(value: ColumnCountMismatchHandlingAction) -> StorageParameter:
        """``column_count_mismatch_handling``."""
        return StorageParameter("column_count_mismatch_handling", value.value)

    @staticmethod
    def num_rows(value: int | float) -> StorageParameter:
        """``num_rows``."""
        return StorageParameter("num_rows", _num(value))

    @staticmethod
    def serialization_null_format(value: str) -> StorageParameter:
        """``serialization.null.format``."""
        return StorageParameter("serialization.null.format", value)

    @staticmethod
    def orc_schema_resolution(value: OrcColumnMappingType) -> StorageParameter:
        """``orc.schema.resolution``."""
        return StorageParameter("orc.schema.resolution", value.value)

    @staticmethod
    def write_parallel(value: WriteParallel) -> StorageParameter:
        """``write.parallel``."""
        return StorageParameter("write.parallel", value.value)

    @staticmethod
    def write_max_file_size_mb(value: int | float) -> StorageParameter:
        """``write.maxfilesize.mb``."""
        return StorageParameter("write.maxfilesize.mb", _num(value))

    @staticmethod
    def write_kms_key_id(key: IKey) -> StorageParameter:
        """``write.kms.key.id``: the key's ARN."""
        return StorageParameter("write.kms.key.id", key.key_arn)

    @staticmethod
    def custom(key: str, value: Any) -> StorageParameter:
        """Any other parameter."""
        return StorageParameter(key, value)


@structs.frozen(kw_only=True)
class PartitionIndex:
    """A partition index of a table.

    Args:
        key_names: the partition keys the index covers.
        index_name: the index name (default generated from the keys and the table's path).
    """

    key_names: Sequence[str]
    index_name: str | None = None


@structs.frozen(kw_only=True)
class IntegerPartitionProjectionConfigurationProps:
    """An integer partition projection (see ``PartitionProjectionConfiguration.integer``).

    Args:
        max: the largest value.
        min: the smallest value.
        digits: the number of digits values are zero-padded to (default: no padding).
        interval: the distance between two values (default: 1).
    """

    max: int | float
    min: int | float
    digits: int | float | None = None
    interval: int | float | None = None


@structs.frozen(kw_only=True)
class DateProjectionStep:
    """The step of a date partition projection.

    Args:
        interval: the step size.
        interval_unit: its unit.
    """

    interval: int | float
    interval_unit: DateIntervalUnit


@structs.frozen(kw_only=True)
class DatePartitionProjectionConfigurationProps:
    """A date partition projection (see ``PartitionProjectionConfiguration.date``).

    Args:
        format: the date format, a Java ``DateTimeFormatter`` pattern.
        max: the last date, in ``format`` or relative (``NOW``, ``NOW-3YEARS``).
        min: the first date, written the same way.
        step: the distance between two dates (default: none).
    """

    format: str
    max: str
    min: str
    step: DateProjectionStep | None = None


@structs.frozen(kw_only=True)
class EnumPartitionProjectionConfigurationProps:
    """An enum partition projection (see ``PartitionProjectionConfiguration.enum``).

    Args:
        values: the values the partition column takes.
    """

    values: Sequence[str]


_DATE_LETTERS = "GyuYDMLdQqwWEecFahKkHmsSAnNVzOXxZp"
_SUB_DAY_LETTERS = "ahKkHmsSAnN"


def _format_letters(fmt: str) -> tuple[list[str], bool]:
    """The unquoted pattern letters of a Java date format, and whether a quote is left open."""
    letters: list[str] = []
    in_quote = False
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "'":
            if i + 1 < len(fmt) and fmt[i + 1] == "'":
                i += 1
            else:
                in_quote = not in_quote
        elif not in_quote and re.match(r"[a-zA-Z]", ch):
            letters.append(ch)
        i += 1
    return letters, in_quote


class PartitionProjectionConfiguration:
    """How Athena computes a partition column's values (partition projection); build one with the static methods.

    Args:
        type: the projection type (prefer the static methods, which fill in the rest).
        integer_range: ``[min, max]`` of an integer projection (default: none).
        date_range: ``[min, max]`` of a date projection (default: none).
        interval: the step of an integer or date projection (default: none).
        digits: the zero-padded width of an integer projection (default: none).
        format: the date format of a date projection (default: none).
        interval_unit: the unit of a date projection's step (default: none).
        values: the values of an enum projection (default: none).
    """

    def __init__(self, *, type: PartitionProjectionType, integer_range: Sequence[Any] | None = None,
                 date_range: Sequence[str] | None = None, interval: int | float | None = None,
                 digits: int | float | None = None, format: str | None = None,
                 interval_unit: DateIntervalUnit | None = None, values: Sequence[str] | None = None) -> None:
        self.type = type
        """The projection type."""
        self.integer_range = integer_range
        """``[min, max]`` of an integer projection."""
        self.date_range = date_range
        """``[min, max]`` of a date projection."""
        self.interval = interval
        """The step."""
        self.digits = digits
        """The digits of an integer projection."""
        self.format = format
        """The format of a date projection."""
        self.interval_unit = interval_unit
        """The step unit of a date projection."""
        self.values = values
        """The values of an enum projection."""

    @staticmethod
    def integer(*, max: int | float, min: int | float, digits: int | float | None = None,
                interval: int | float | None = None) -> PartitionProjectionConfiguration:
        """Integer values from ``min`` to ``max``."""
        if not Token.is_unresolved(min) and not Token.is_unresolved(max):
            if not _is_int(min) or not _is_int(max):
                raise UnscopedValidationError(
                    f"INTEGER partition projection range must contain integers, but got [{_num(min)}, {_num(max)}]")
            if min > max:
                raise UnscopedValidationError(
                    "INTEGER partition projection range must be [min, max] where min <= max, "
                    f"but got [{_num(min)}, {_num(max)}]")
        if interval is not None and not Token.is_unresolved(interval) and (not _is_int(interval) or interval <= 0):
            raise UnscopedValidationError(
                f"INTEGER partition projection interval must be a positive integer, but got {_num(interval)}")
        if digits is not None and not Token.is_unresolved(digits) and (not _is_int(digits) or digits < 1):
            raise UnscopedValidationError(
                f"INTEGER partition projection digits must be an integer >= 1, but got {_num(digits)}")
        return PartitionProjectionConfiguration(type=PartitionProjectionType.INTEGER, integer_range=[min, max],
                                                interval=interval, digits=digits)

    @staticmethod
    def date(*, format: str, max: str, min: str,
             step: DateProjectionStep | None = None) -> PartitionProjectionConfiguration:
        """Dates from ``min`` to ``max`` written in ``format`` (a Java ``DateTimeFormatter`` pattern)."""
        if not Token.is_unresolved(min) and not Token.is_unresolved(max) and (not min.strip() or not max.strip()):
            raise UnscopedValidationError("DATE partition projection range must not contain empty strings")
        if not Token.is_unresolved(format):
            if not format.strip():
                raise UnscopedValidationError("DATE partition projection format must be a non-empty string")
            letters, open_quote = _format_letters(format)
            if open_quote:
                raise UnscopedValidationError(
                    f"DATE partition projection format has an unclosed single quote: '{format}'")
            invalid = list(dict.fromkeys(c for c in letters if c not in _DATE_LETTERS))
            if invalid:
                raise UnscopedValidationError(
                    f"DATE partition projection format contains invalid pattern characters: {', '.join(invalid)}. "
                    "Must use Java DateTimeFormatter valid pattern letters.")
        if step is not None and not Token.is_unresolved(step.interval) and (
                not _is_int(step.interval) or step.interval <= 0):
            raise UnscopedValidationError(
                f"DATE partition projection interval must be a positive integer, but got {_num(step.interval)}")
        if not Token.is_unresolved(format) and step is None:
            letters, _ = _format_letters(format)
            if any(c in letters for c in _SUB_DAY_LETTERS):
                raise UnscopedValidationError(
                    f"DATE partition projection with format '{format}' has sub-day precision, so 'step' "
                    "(interval and intervalUnit) is required")
        return PartitionProjectionConfiguration(
            type=PartitionProjectionType.DATE, date_range=[min, max],
            interval=step.interval if step else None, format=format,
            interval_unit=step.interval_unit if step else None)

    @staticmethod
    def enum(*, values: Sequence[str]) -> PartitionProjectionConfiguration:
        """One of ``values``."""
        if len(values) == 0:
            raise UnscopedValidationError("ENUM partition projection values must be a non-empty array")
        for value in values:
            if Token.is_unresolved(value):
                continue
            if not value.strip():
                raise UnscopedValidationError("ENUM partition projection values must not contain empty strings")
            if "," in value:
                raise UnscopedValidationError(
                    "ENUM partition projection values must not contain commas because the values are serialized "
                    f"as a comma-separated list, got: '{value}'")
        return PartitionProjectionConfiguration(type=PartitionProjectionType.ENUM, values=list(values))

    @staticmethod
    def injected() -> PartitionProjectionConfiguration:
        """Values given in each query."""
        return PartitionProjectionConfiguration(type=PartitionProjectionType.INJECTED)

    def _render_parameters(self, column: str) -> dict[str, str]:
        params: dict[str, str] = {f"projection.{column}.type": self.type.value}
        if self.type is PartitionProjectionType.INTEGER:
            lo, hi = self.integer_range or [0, 0]
            params[f"projection.{column}.range"] = f"{_num(lo)},{_num(hi)}"
            if self.interval is not None:
                params[f"projection.{column}.interval"] = _num(self.interval)
            if self.digits is not None:
                params[f"projection.{column}.digits"] = _num(self.digits)
        elif self.type is PartitionProjectionType.DATE:
            start, end = self.date_range or ["", ""]
            params[f"projection.{column}.range"] = f"{start},{end}"
            params[f"projection.{column}.format"] = self.format or ""
            if self.interval is not None:
                params[f"projection.{column}.interval"] = _num(self.interval)
            if self.interval_unit is not None:
                params[f"projection.{column}.interval.unit"] = self.interval_unit.value
        elif self.type is PartitionProjectionType.ENUM:
            params[f"projection.{column}.values"] = ",".join(self.values or [])
        return params


def render_columns(columns: Sequence[Column] | None) -> list[Mapping[str, Any]] | None:
    """The ``Column`` property list of a table input."""
    if columns is None:
        return None
    return [{"name": c.name, "type": c.type.input_string, "comment": c.comment} for c in columns]
