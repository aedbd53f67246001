"""``ImportSourceSpecification`` and ``InputFormat``: creating a table from data in S3."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.s3 import IBucket

_CSV_DELIMITERS = (",", "\t", ":", ";", "|", " ")
_READABLE_CSV_DELIMITERS = ("comma (,)", "tab (\\t)", "colon (:)", "semicolon (;)", "pipe (|)", "space ( )")


class InputCompressionType(enum.Enum):
    """Compression of the imported files."""

    GZIP = "GZIP"
    ZSTD = "ZSTD"
    NONE = "NONE"


class InputFormat:
    """The format of the imported files: ``dynamo_db_json()``, ``ion()`` or ``csv(...)``.

    Args:
        rendered: the ``InputFormatOptions`` of the template (use the factories).
    """

    def __init__(self, rendered: dict[str, Any]) -> None:
        self._rendered = rendered

    @staticmethod
    def dynamo_db_json() -> InputFormat:
        """DynamoDB JSON."""
        return InputFormat({"input_format": "DYNAMODB_JSON"})

    @staticmethod
    def ion() -> InputFormat:
        """Amazon Ion."""
        return InputFormat({"input_format": "ION"})

    @staticmethod
    def csv(*, delimiter: str | None = None, header_list: Sequence[str] | None = None) -> InputFormat:
        """CSV with an optional one-character ``delimiter`` and header list.

        Raises:
            UnscopedValidationError: an unsupported delimiter.
        """
        if delimiter and (delimiter not in _CSV_DELIMITERS or len(delimiter) != 1):
            raise UnscopedValidationError(
                "Delimiter must be a single character and one of the following: "
                f"{', '.join(_READABLE_CSV_DELIMITERS)}, got '{delimiter}'"
            )
        return InputFormat(
            {
                "input_format": "CSV",
                "input_format_options": {
                    "csv": {"delimiter": delimiter, "header_list": list(header_list) if header_list else None}
                },
            }
        )

    def _render(self) -> dict[str, Any]:
        return dict(self._rendered)


@structs.frozen(kw_only=True)
class ImportSourceSpecification:
    """Data in S3 to create a table from.

    Args:
        bucket: the source bucket.
        input_format: ``InputFormat`` of the files.
        bucket_owner: the account owning the bucket.
        compression_type: ``InputCompressionType`` (default: none).
        key_prefix: only import objects under this prefix.
    """

    bucket: IBucket
    input_format: InputFormat
    bucket_owner: str | None = None
    compression_type: InputCompressionType | None = None
    key_prefix: str | None = None

    def _render(self) -> dict[str, Any]:
        return {
            **self.input_format._render(),
            "input_compression_type": self.compression_type.value if self.compression_type else None,
            "s3_bucket_source": {
                "s3_bucket": self.bucket.bucket_name,
                "s3_bucket_owner": self.bucket_owner,
                "s3_key_prefix": self.key_prefix,
            },
        }
