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
    """Per-replica settings of a global secondary index.

    Args:
        contributor_insights / contributor_insights_specification: CloudWatch Contributor Insights for the
            index in this replica.
        read_capacity: the index's read capacity in this replica (provisioned billing).
        max_read_request_units: the most read request units per second (on-demand billing).
    """

    contributor_insights: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    max_read_request_units: int | float | None = None
    read_capacity: Capacity | None = None


@structs.frozen(kw_only=True)
class ReplicaTableProps:
    """A replica of a ``TableV2`` in another region; unset options inherit the table's.

    Args:
        region: the replica's region (not the stack's).
        read_capacity / max_read_request_units: the replica's read capacity (provisioned) or its most read
            request units per second (on demand).
        global_secondary_index_options: per-index settings in this replica, by index name.
        contributor_insights / contributor_insights_specification, deletion_protection, kinesis_stream,
            point_in_time_recovery / point_in_time_recovery_specification, table_class, tags: as on
            ``TableV2``, for this replica.
        resource_policy / stream_resource_policy: resource-based policies of the replica and of its stream.
    """

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
    """A global secondary index of a ``TableV2``.

    Args:
        index_name: the index name.
        partition_key / partition_keys / sort_key / sort_keys: the key attributes (the plural forms: keys made
            of several attributes).
        projection_type / non_key_attributes: which attributes are copied into the index (default ``ALL``),
            and the extra ones with ``INCLUDE``.
        read_capacity / write_capacity: the index's capacity (provisioned billing; default: the table's).
        max_read_request_units / max_write_request_units: the most request units per second (on demand).
        warm_throughput: the read and write units per second the index is pre-warmed for.
    """

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
    """A local secondary index (same partition key as the table, another sort key).

    Args:
        index_name: the index name.
        sort_key: the index's sort key.
        projection_type / non_key_attributes: which attributes are copied into the index (default ``ALL``),
            and the extra ones with ``INCLUDE``.
    """

    index_name: str
    sort_key: Attribute
    projection_type: ProjectionType | None = None
    non_key_attributes: Sequence[str] | None = None
