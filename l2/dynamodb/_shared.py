"""Enums and data types shared by ``Table`` and ``TableV2``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from constructs import ValidationError
from constructs.internals import structs


class AttributeType(enum.Enum):
    """The data type of a key attribute."""

    BINARY = "B"
    NUMBER = "N"
    STRING = "S"


class BillingMode(enum.Enum):
    """How read and write throughput is charged."""

    PAY_PER_REQUEST = "PAY_PER_REQUEST"
    """On-demand: pay per request."""
    PROVISIONED = "PROVISIONED"
    """Provisioned read and write capacity units."""


class ContributorInsightsMode(enum.Enum):
    """Which events CloudWatch Contributor Insights reports."""

    ACCESSED_AND_THROTTLED_KEYS = "ACCESSED_AND_THROTTLED_KEYS"
    THROTTLED_KEYS = "THROTTLED_KEYS"


class ProjectionType(enum.Enum):
    """Which attributes a secondary index copies."""

    KEYS_ONLY = "KEYS_ONLY"
    INCLUDE = "INCLUDE"
    ALL = "ALL"


class StreamViewType(enum.Enum):
    """What a DynamoDB stream record contains."""

    NEW_IMAGE = "NEW_IMAGE"
    OLD_IMAGE = "OLD_IMAGE"
    NEW_AND_OLD_IMAGES = "NEW_AND_OLD_IMAGES"
    KEYS_ONLY = "KEYS_ONLY"


class TableClass(enum.Enum):
    """The storage class of a table."""

    STANDARD = "STANDARD"
    STANDARD_INFREQUENT_ACCESS = "STANDARD_INFREQUENT_ACCESS"


class TableEncryption(enum.Enum):
    """Server-side encryption of a ``Table``."""

    DEFAULT = "AWS_OWNED"
    """A key owned by DynamoDB (renders ``SSEEnabled: false``)."""
    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    """A KMS key you own (created unless ``encryption_key`` is given)."""
    AWS_MANAGED = "AWS_MANAGED"
    """The AWS managed key ``alias/aws/dynamodb``."""


class Operation(enum.Enum):
    """DynamoDB operations, the ``Operation`` dimension of per-operation metrics."""

    GET_ITEM = "GetItem"
    BATCH_GET_ITEM = "BatchGetItem"
    SCAN = "Scan"
    QUERY = "Query"
    GET_RECORDS = "GetRecords"
    PUT_ITEM = "PutItem"
    DELETE_ITEM = "DeleteItem"
    UPDATE_ITEM = "UpdateItem"
    BATCH_WRITE_ITEM = "BatchWriteItem"
    TRANSACT_WRITE_ITEMS = "TransactWriteItems"
    TRANSACT_GET_ITEMS = "TransactGetItems"
    EXECUTE_TRANSACTION = "ExecuteTransaction"
    BATCH_EXECUTE_STATEMENT = "BatchExecuteStatement"
    EXECUTE_STATEMENT = "ExecuteStatement"


class MultiRegionConsistency(enum.Enum):
    """Consistency mode of a multi-region ``TableV2``."""

    EVENTUAL = "EVENTUAL"
    STRONG = "STRONG"


@structs.frozen(kw_only=True)
class Attribute:
    """A key attribute: its name and ``AttributeType``.

    Args:
        name: the attribute's name.
        type: the attribute's data type.
    """

    name: str
    type: AttributeType


@structs.frozen(kw_only=True)
class PointInTimeRecoverySpecification:
    """Point-in-time recovery settings.

    Args:
        point_in_time_recovery_enabled: whether continuous backups are on.
        recovery_period_in_days: days of recoverable history, 1 to 35 (default 35).
    """

    point_in_time_recovery_enabled: bool
    recovery_period_in_days: int | float | None = None

    def _render(self) -> dict[str, Any]:
        return {
            "point_in_time_recovery_enabled": self.point_in_time_recovery_enabled,
            "recovery_period_in_days": self.recovery_period_in_days,
        }


@structs.frozen(kw_only=True)
class ContributorInsightsSpecification:
    """CloudWatch Contributor Insights settings of a table or index.

    Args:
        enabled: whether Contributor Insights is on.
        mode: what it reports: the most accessed keys, or the most throttled keys (default the service's).
    """

    enabled: bool
    mode: ContributorInsightsMode | None = None

    def _render(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "mode": self.mode.value if self.mode is not None else None}


@structs.frozen(kw_only=True)
class WarmThroughput:
    """Pre-warmed read and write units per second of a table or index.

    Args:
        read_units_per_second: the read request units per second the table is ready for at once.
        write_units_per_second: the write request units per second the table is ready for at once.
    """

    read_units_per_second: int | float | None = None
    write_units_per_second: int | float | None = None

    def _render(self) -> dict[str, Any]:
        return {
            "read_units_per_second": self.read_units_per_second,
            "write_units_per_second": self.write_units_per_second,
        }


@structs.frozen(kw_only=True)
class KeySchema:
    """The partition and sort key attributes of a table or index (``Table.schema_v2``).

    Args:
        partition_keys: the partition key attributes.
        sort_keys: the sort key attributes (default none).
    """

    partition_keys: Sequence[Attribute]
    sort_keys: Sequence[Attribute]


@structs.frozen(kw_only=True)
class SchemaOptions:
    """The key schema of a table or index (``Table.schema``).

    Args:
        partition_key: the partition key attribute.
        sort_key: the sort key attribute (default none).
    """

    partition_key: Attribute | None = None
    sort_key: Attribute | None = None


HASH = "HASH"
RANGE = "RANGE"


def index_key_schema(register: Any, schema: KeySchema) -> list[dict[str, Any]]:
    """An index's key schema (HASH keys, then RANGE keys), registering each attribute through ``register``."""
    for attribute in (*schema.partition_keys, *schema.sort_keys):
        register(attribute)
    return [
        *({"attribute_name": a.name, "key_type": HASH} for a in schema.partition_keys),
        *({"attribute_name": a.name, "key_type": RANGE} for a in schema.sort_keys),
    ]


def register_attribute(scope: Any, definitions: list[dict[str, Any]], attribute: Attribute) -> None:
    """Add ``attribute`` to a table's ``AttributeDefinitions`` unless it is there (each name once, one type).

    Raises:
        ValidationError: the name is already defined with another type.
    """
    type_value = attribute.type.value
    for existing in definitions:
        if existing["attribute_name"] == attribute.name:
            if existing["attribute_type"] != type_value:
                raise ValidationError(
                    f"Unable to specify {attribute.name} as {type_value} because it was already defined as "
                    f"{existing['attribute_type']}",
                    scope,
                )
            return
    definitions.append({"attribute_name": attribute.name, "attribute_type": type_value})


def render_optional(value: Any) -> Any:
    """``value._render()`` for a struct, the value itself for anything else (dicts, tokens), ``None`` kept."""
    if value is None:
        return None
    render = getattr(value, "_render", None)
    return render() if render is not None else value


def parse_key_schema(
    scope: Any,
    partition_key: Attribute | None,
    partition_keys: Sequence[Attribute] | None,
    sort_key: Attribute | None,
    sort_keys: Sequence[Attribute] | None,
) -> KeySchema:
    """Normalise the single- and multi-attribute key props into lists, as aws-cdk-lib does.

    Raises:
        ValidationError: both or neither partition-key forms, both sort-key forms, or more than 4 keys.
    """
    if (partition_key is None) == (partition_keys is None):
        raise ValidationError("Exactly one of 'partitionKey', 'partitionKeys' must be specified", scope)
    if sort_key is not None and sort_keys is not None:
        raise ValidationError("At most one of 'sortKey', 'sortKeys' may be specified", scope)
    pks = list(partition_keys) if partition_keys is not None else [partition_key]
    sks = list(sort_keys) if sort_keys is not None else ([sort_key] if sort_key is not None else [])
    if not pks:
        raise ValidationError("'partitionKeys' must contain at least one element", scope)
    if len(pks) > 4:
        raise ValidationError("Maximum of 4 partition keys allowed", scope)
    if len(sks) > 4:
        raise ValidationError("Maximum of 4 sort keys allowed", scope)
    return KeySchema(partition_keys=pks, sort_keys=sks)


def contributor_insights(
    scope: Any,
    enabled: bool | None,
    specification: ContributorInsightsSpecification | None,
    deprecated_name: str,
) -> Any:
    """The ``ContributorInsightsSpecification`` to render, from the new or the deprecated prop.

    Raises:
        ValidationError: both props are set.
    """
    if specification is not None and enabled is not None:
        raise ValidationError(
            f"`contributorInsightsSpecification` and `{deprecated_name}` are set. "
            "Use `contributorInsightsSpecification` only.",
            scope,
        )
    if specification is not None:
        return render_optional(specification)
    return {"enabled": enabled} if enabled is not None else None
