"""The SageMaker tasks' enumerations (training, transform and model containers); the values are the SageMaker
API's."""

from __future__ import annotations

import enum


class AssembleWith(enum.Enum):
    """How to assemble the results of the transform job as a single S3 object."""

    NONE = "None"
    """Concatenate the results in binary format."""
    LINE = "Line"
    """Add a newline character at the end of every transformed record."""


class BatchStrategy(enum.Enum):
    """Specifies the number of records to include in a mini-batch for an HTTP inference request."""

    MULTI_RECORD = "MultiRecord"
    """Fits multiple records in a mini-batch."""
    SINGLE_RECORD = "SingleRecord"
    """Use a single record when making an invocation request."""


class CompressionType(enum.Enum):
    """Compression type of the data."""

    NONE = "None"
    """None compression type."""
    GZIP = "Gzip"
    """Gzip compression type."""


class InputMode(enum.Enum):
    """Input mode that the algorithm supports."""

    PIPE = "Pipe"
    """Pipe mode."""
    FILE = "File"
    """File mode."""
    FAST_FILE = "FastFile"
    """FastFile mode."""


class Mode(enum.Enum):
    """Specifies how many models the container hosts."""

    SINGLE_MODEL = "SingleModel"
    """Container hosts a single model."""
    MULTI_MODEL = "MultiModel"
    """Container hosts multiple models."""


class RecordWrapperType(enum.Enum):
    """Define the format of the input data."""

    NONE = "None"
    """None record wrapper type."""
    RECORD_IO = "RecordIO"
    """RecordIO record wrapper type."""


class S3DataDistributionType(enum.Enum):
    """S3 Data Distribution Type."""

    FULLY_REPLICATED = "FullyReplicated"
    """Fully replicated S3 Data Distribution Type."""
    SHARDED_BY_S3_KEY = "ShardedByS3Key"
    """Sharded By S3 Key Data Distribution Type."""


class S3DataType(enum.Enum):
    """S3 Data Type."""

    MANIFEST_FILE = "ManifestFile"
    """Manifest File Data Type."""
    S3_PREFIX = "S3Prefix"
    """S3 Prefix Data Type."""
    AUGMENTED_MANIFEST_FILE = "AugmentedManifestFile"
    """Augmented Manifest File Data Type."""


class SplitType(enum.Enum):
    """Method to use to split the transform job's data files into smaller batches."""

    NONE = "None"
    """Input data files are not split."""
    LINE = "Line"
    """Split records on a newline character boundary."""
    RECORD_IO = "RecordIO"
    """Split using MXNet RecordIO format."""
    TF_RECORD = "TFRecord"
    """Split using TensorFlow TFRecord format."""
