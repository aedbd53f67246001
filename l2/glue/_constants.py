"""The enums of ``aws_cdk.aws_glue``: job, trigger, table storage, catalog and encryption settings."""

from __future__ import annotations

import enum


class WorkerType(enum.Enum):
    """The kind of worker a Glue job runs on."""

    STANDARD = "Standard"
    G_1X = "G.1X"
    G_2X = "G.2X"
    G_4X = "G.4X"
    G_8X = "G.8X"
    G_12X = "G.12X"
    G_16X = "G.16X"
    G_025X = "G.025X"
    R_1X = "R.1X"
    R_2X = "R.2X"
    R_4X = "R.4X"
    R_8X = "R.8X"


class JobState(enum.Enum):
    """The states of a job run (for event rules and trigger conditions)."""

    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    TIMEOUT = "TIMEOUT"
    STARTING = "STARTING"
    RUNNING = "RUNNING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"


class MetricType(enum.Enum):
    """The ``Type`` dimension of a Glue job metric."""

    GAUGE = "gauge"
    COUNT = "count"


class ExecutionClass(enum.Enum):
    """Whether a job runs on standard or flexible (spare) capacity."""

    FLEX = "FLEX"
    STANDARD = "STANDARD"


class GlueVersion(enum.Enum):
    """The Glue runtime version of a job."""

    V0_9 = "0.9"
    V1_0 = "1.0"
    V2_0 = "2.0"
    V3_0 = "3.0"
    V4_0 = "4.0"
    V5_0 = "5.0"
    V5_1 = "5.1"
    V6_0 = "6.0"


class JobLanguage(enum.Enum):
    """The language of a job's script (``--job-language``)."""

    SCALA = "scala"
    PYTHON = "python"


class PythonVersion(enum.Enum):
    """The Python version of a job's script."""

    TWO = "2"
    THREE = "3"
    THREE_NINE = "3.9"


class LibrarySet(enum.Enum):
    """The library set preloaded for a Python 3.9 shell job."""

    ANALYTICS = "analytics"
    NONE = "none"


class JobType(enum.Enum):
    """The command name of a job (``Command.Name``)."""

    ETL = "glueetl"
    STREAMING = "gluestreaming"
    PYTHON_SHELL = "pythonshell"


class MaxCapacity(enum.Enum):
    """The DPUs a Python shell job may use."""

    DPU_1_16TH = 0.0625
    DPU_1 = 1


class PredicateLogical(enum.Enum):
    """How a conditional trigger combines its conditions."""

    AND = "AND"
    ANY = "ANY"


class ConditionLogicalOperator(enum.Enum):
    """The operator of one trigger condition."""

    EQUALS = "EQUALS"


class CrawlerState(enum.Enum):
    """The states of a crawl (for trigger conditions)."""

    RUNNING = "RUNNING"
    CANCELLING = "CANCELLING"
    CANCELLED = "CANCELLED"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    ERROR = "ERROR"


class CatalogEncryptionMode(enum.Enum):
    """How the Data Catalog's metadata is encrypted at rest."""

    DISABLED = "DISABLED"
    SSE_KMS = "SSE-KMS"
    SSE_KMS_WITH_SERVICE_ROLE = "SSE-KMS-WITH-SERVICE-ROLE"


class S3EncryptionMode(enum.Enum):
    """How a security configuration encrypts data written to S3."""

    S3_MANAGED = "SSE-S3"
    KMS = "SSE-KMS"


class PartitionProjectionType(enum.Enum):
    """The kind of a partition projection."""

    INTEGER = "integer"
    DATE = "date"
    ENUM = "enum"
    INJECTED = "injected"


class DateIntervalUnit(enum.Enum):
    """The unit of a date partition projection's interval."""

    YEARS = "YEARS"
    MONTHS = "MONTHS"
    WEEKS = "WEEKS"
    DAYS = "DAYS"
    HOURS = "HOURS"
    MINUTES = "MINUTES"
    SECONDS = "SECONDS"


class CompressionType(enum.Enum):
    """The compression of a table's data (storage parameter ``compression_type``)."""

    NONE = "none"
    BZIP2 = "bzip2"
    GZIP = "gzip"
    SNAPPY = "snappy"


class InvalidCharHandlingAction(enum.Enum):
    """What to do with invalid characters (storage parameter ``invalid_char_handling``)."""

    DISABLED = "DISABLED"
    FAIL = "FAIL"
    SET_TO_NULL = "SET_TO_NULL"
    DROP_ROW = "DROP_ROW"
    REPLACE = "REPLACE"


class NumericOverflowHandlingAction(enum.Enum):
    """What to do with numeric overflow (storage parameter ``numeric_overflow_handling``)."""

    DISABLED = "DISABLED"
    FAIL = "FAIL"
    SET_TO_NULL = "SET_TO_NULL"
    DROP_ROW = "DROP_ROW"


class SurplusBytesHandlingAction(enum.Enum):
    """What to do with surplus bytes (storage parameter ``surplus_bytes_handling``)."""

    SET_TO_NULL = "SET_TO_NULL"
    DISABLED = "DISABLED"
    FAIL = "FAIL"
    DROP_ROW = "DROP_ROW"
    TRUNCATE = "TRUNCATE"


class SurplusCharHandlingAction(enum.Enum):
    """What to do with surplus characters (storage parameter ``surplus_char_handling``)."""

    SET_TO_NULL = "SET_TO_NULL"
    DISABLED = "DISABLED"
    FAIL = "FAIL"
    DROP_ROW = "DROP_ROW"
    TRUNCATE = "TRUNCATE"


class ColumnCountMismatchHandlingAction(enum.Enum):
    """What to do when a row's column count differs (storage parameter ``column_count_mismatch_handling``)."""

    DISABLED = "DISABLED"
    FAIL = "FAIL"
    SET_TO_NULL = "SET_TO_NULL"
    DROP_ROW = "DROP_ROW"


class WriteParallel(enum.Enum):
    """Whether writes go to several files in parallel (storage parameter ``write.parallel``)."""

    ON = "on"
    OFF = "off"


class OrcColumnMappingType(enum.Enum):
    """How ORC columns map to table columns (storage parameter ``orc.schema.resolution``)."""

    NAME = "name"
    POSITION = "position"


class StorageParameters(enum.Enum):
    """The keys of the storage parameters ``StorageParameter`` builds."""

    SKIP_HEADER_LINE_COUNT = "skip.header.line.count"
    DATA_CLEANSING_ENABLED = "data_cleansing_enabled"
    COMPRESSION_TYPE = "compression_type"
    INVALID_CHAR_HANDLING = "invalid_char_handling"
    REPLACEMENT_CHAR = "replacement_char"
    NUMERIC_OVERFLOW_HANDLING = "numeric_overflow_handling"
    SURPLUS_BYTES_HANDLING = "surplus_bytes_handling"
    SURPLUS_CHAR_HANDLING = "surplus_char_handling"
    COLUMN_COUNT_MISMATCH_HANDLING = "column_count_mismatch_handling"
    NUM_ROWS = "num_rows"
    SERIALIZATION_NULL_FORMAT = "serialization.null.format"
    ORC_SCHEMA_RESOLUTION = "orc.schema.resolution"
    WRITE_PARALLEL = "write.parallel"
    WRITE_MAX_FILESIZE_MB = "write.maxfilesize.mb"
    WRITE_KMS_KEY_ID = "write.kms.key.id"
