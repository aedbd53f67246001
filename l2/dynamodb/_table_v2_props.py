"""The props of ``TableV2``'s replicas and secondary indexes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import CfnTag
from constructs.internals import structs
from l2.dynamodb._capacity import Capacity
from l2.dynamodb._shared import (
    Attribute,
    ContributorInsightsSpecification,
    PointInTimeRecoverySpecification,
    ProjectionType,
    TableClass,
    WarmThroughput,
)

if TYPE_CHECKING:
    from l2.iam import PolicyDocument
    from l2.kinesis import IStream


@structs.frozen(kw_only=True)
class ReplicaGlobalSecondaryIndexOptions:
    """Per-replica settings of a global secondary index."""

    contributor_insights: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    max_read_request_units: int | float | None = None
    read_capacity: Capacity | None = None


@structs.frozen(kw_only=True)
class ReplicaTableProps:
    """A replica of a ``TableV2`` in another region; unset options inherit the table's."""

    region: str
    contributor_insights: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    deletion_protection: bool | None = None
    global_secondary_index_options: Mapping[str, ReplicaGlobalSecondaryIndexOptions] | None = None
    kinesis_stream: IStream | None = None
    max_read_request_units: int | float | None = None
    point_in_time_recovery: bool | None = None
    point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None
    read_capacity: Capacity | None = None
    resource_policy: PolicyDocument | None = None
    stream_resource_policy: PolicyDocument | None = None
    table_class: TableClass | None = None
    tags: Sequence[CfnTag] | None = None


@structs.frozen(kw_only=True)
class GlobalSecondaryIndexPropsV2:
    """A global secondary index of a ``TableV2``."""

    index_name: str
    partition_key: Attribute | None = None
    partition_keys: Sequence[Attribute] | None = None
    sort_key: Attribute | None = None
    sort_keys: Sequence[Attribute] | None = None
    projection_type: ProjectionType | None = None
    non_key_attributes: Sequence[str] | None = None
    read_capacity: Capacity | None = None
    write_capacity: Capacity | None = None
    max_read_request_units: int | float | None = None
    max_write_request_units: int | float | None = None
    warm_throughput: WarmThroughput | None = None


@structs.frozen(kw_only=True)
class LocalSecondaryIndexProps:
    """A local secondary index (same partition key as the table, another sort key)."""

    index_name: str
    sort_key: Attribute
    projection_type: ProjectionType | None = None
    non_key_attributes: Sequence[str] | None = None
