"""The props and options structs of ``aws_cdk.aws_dynamodb`` (aws-cdk-lib's interfaces of the same names).

The constructs take these as keyword arguments; the structs exist for code that builds props up front (and for
``**asdict``-style forwarding), with the same fields, types and defaults as aws-cdk-lib's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import CfnTag, Duration, RemovalPolicy
from constructs.internals import structs
from l2.dynamodb._capacity import Billing, Capacity, TableEncryptionV2
from l2.dynamodb._import_source import ImportSourceSpecification
from l2.dynamodb._shared import (
    Attribute,
    BillingMode,
    ContributorInsightsSpecification,
    MultiRegionConsistency,
    Operation,
    PointInTimeRecoverySpecification,
    ProjectionType,
    StreamViewType,
    TableClass,
    TableEncryption,
    WarmThroughput,
)
from l2.dynamodb._table_v2_props import (
    GlobalSecondaryIndexPropsV2,
    LocalSecondaryIndexProps,
    ReplicaTableProps,
)

if TYPE_CHECKING:
    from l2.cloudwatch import Unit
    from l2.dynamodb._interfaces import GlobalTableSettingsReplicationMode, ITable, ITableV2
    from l2.dynamodb._table import ApproximateCreationDateTimePrecision
    from l2.iam import IEncryptedResource, IResourceWithPolicyV2, PolicyDocument
    from l2.kinesis import IStream
    from l2.kms import IKey


@structs.frozen(kw_only=True)
class AutoscaledCapacityOptions:
    """The options of ``Capacity.autoscaled``: the capacity range, the seed capacity and the target utilization.

    Args:
        max_capacity: the max capacity.
        min_capacity: the min capacity (optional).
        seed_capacity: the seed capacity (optional).
        target_utilization_percent: the target utilization percent (optional).
    """

    max_capacity: int | float
    min_capacity: int | float | None = None
    seed_capacity: int | float | None = None
    target_utilization_percent: int | float | None = None


@structs.frozen(kw_only=True)
class CsvOptions:
    """How a CSV import source is read (``InputFormat.csv``).

    Args:
        delimiter: the delimiter (optional).
        header_list: the header list (optional).
    """

    delimiter: str | None = None
    header_list: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class EnableScalingProps:
    """The capacity range of a table's or index's auto scaling (``Table.auto_scale_*``).

    Args:
        max_capacity: the max capacity.
        min_capacity: the min capacity.
    """

    max_capacity: int | float
    min_capacity: int | float


@structs.frozen(kw_only=True)
class SecondaryIndexProps:
    """What every secondary index has: a name and its projection.

    Args:
        index_name: the index name.
        non_key_attributes: the non key attributes (optional).
        projection_type: the projection type (optional).
    """

    index_name: str
    non_key_attributes: Sequence[str] | None = None
    projection_type: ProjectionType | None = None


@structs.frozen(kw_only=True)
class GlobalSecondaryIndexProps(SecondaryIndexProps):
    """The properties of a global secondary index of a ``Table`` (``Table.add_global_secondary_index``).

    Args:
        partition_key: the partition key (optional).
        sort_key: the sort key (optional).
        contributor_insights_enabled: the contributor insights enabled (optional).
        contributor_insights_specification: the contributor insights specification (optional).
        max_read_request_units: the max read request units (optional).
        max_write_request_units: the max write request units (optional).
        partition_keys: the partition keys (optional).
        read_capacity: the read capacity (optional).
        sort_keys: the sort keys (optional).
        warm_throughput: the warm throughput (optional).
        write_capacity: the write capacity (optional).
    """

    partition_key: Attribute | None = None
    sort_key: Attribute | None = None
    contributor_insights_enabled: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    max_read_request_units: int | float | None = None
    max_write_request_units: int | float | None = None
    partition_keys: Sequence[Attribute] | None = None
    read_capacity: int | float | None = None
    sort_keys: Sequence[Attribute] | None = None
    warm_throughput: WarmThroughput | None = None
    write_capacity: int | float | None = None


@structs.frozen(kw_only=True)
class MaxThroughputProps:
    """The on-demand throughput caps of an index.

    Args:
        max_read_request_units: the max read request units (optional).
        max_write_request_units: the max write request units (optional).
    """

    max_read_request_units: int | float | None = None
    max_write_request_units: int | float | None = None


@structs.frozen(kw_only=True)
class ThroughputProps:
    """The provisioned read and write capacity of an index.

    Args:
        read_capacity: the read capacity.
        write_capacity: the write capacity.
    """

    read_capacity: Capacity
    write_capacity: Capacity


@structs.frozen(kw_only=True)
class OperationsMetricOptions:
    """Metric options with the operations to sum (``metric_throttled_requests_for_operations``).

    Args:
        account: the account (optional).
        color: the color (optional).
        dimensions_map: the dimensions map (optional).
        id: the id (optional).
        label: the label (optional).
        period: the period (optional).
        region: the region (optional).
        stack_account: the stack account (optional).
        stack_region: the stack region (optional).
        statistic: the statistic (optional).
        unit: the unit (optional).
        visible: the visible (optional).
        operations: the operations (optional).
    """

    account: str | None = None
    color: str | None = None
    dimensions_map: Mapping[str, str] | None = None
    id: str | None = None
    label: str | None = None
    period: Duration | None = None
    region: str | None = None
    stack_account: str | None = None
    stack_region: str | None = None
    statistic: str | None = None
    unit: Unit | None = None
    visible: bool | None = None
    operations: Sequence[Operation] | None = None


@structs.frozen(kw_only=True)
class SystemErrorsForOperationsMetricOptions:
    """Metric options with the operations to sum (``metric_system_errors_for_operations``).

    Args:
        account: the account (optional).
        color: the color (optional).
        dimensions_map: the dimensions map (optional).
        id: the id (optional).
        label: the label (optional).
        period: the period (optional).
        region: the region (optional).
        stack_account: the stack account (optional).
        stack_region: the stack region (optional).
        statistic: the statistic (optional).
        unit: the unit (optional).
        visible: the visible (optional).
        operations: the operations (optional).
    """

    account: str | None = None
    color: str | None = None
    dimensions_map: Mapping[str, str] | None = None
    id: str | None = None
    label: str | None = None
    period: Duration | None = None
    region: str | None = None
    stack_account: str | None = None
    stack_region: str | None = None
    statistic: str | None = None
    unit: Unit | None = None
    visible: bool | None = None
    operations: Sequence[Operation] | None = None


@structs.frozen(kw_only=True)
class StreamGrantsProps:
    """What ``StreamGrants`` needs: the stream ARN and, when encrypted, the table's key.

    Args:
        table_stream_arn: the table stream arn.
        encryption_key: the encryption key (optional).
        table: the table (optional).
    """

    table_stream_arn: str
    encryption_key: IKey | None = None
    table: ITable | None = None


@structs.frozen(kw_only=True)
class TableGrantsProps:
    """What ``TableGrants`` needs: the table, its replica regions and whether it has indexes.

    Args:
        table: the table.
        encrypted_resource: the encrypted resource (optional).
        has_index: the has index (optional).
        policy_resource: the policy resource (optional).
        regions: the regions (optional).
    """

    table: ITable
    encrypted_resource: IEncryptedResource | None = None
    has_index: bool | None = None
    policy_resource: IResourceWithPolicyV2 | None = None
    regions: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class TableAttributesV2:
    """What ``TableV2.from_table_attributes`` needs to know about an existing table.

    Args:
        encryption_key: the encryption key (optional).
        global_indexes: the global indexes (optional).
        grant_index_permissions: the grant index permissions (optional).
        local_indexes: the local indexes (optional).
        table_arn: the table arn (optional).
        table_id: the table id (optional).
        table_name: the table name (optional).
        table_stream_arn: the table stream arn (optional).
    """

    encryption_key: IKey | None = None
    global_indexes: Sequence[str] | None = None
    grant_index_permissions: bool | None = None
    local_indexes: Sequence[str] | None = None
    table_arn: str | None = None
    table_id: str | None = None
    table_name: str | None = None
    table_stream_arn: str | None = None


@structs.frozen(kw_only=True)
class UtilizationScalingProps:
    """The options of ``IScalableTableAttribute.scale_on_utilization``.

    Args:
        disable_scale_in: the disable scale in (optional).
        policy_name: the policy name (optional).
        scale_in_cooldown: the scale in cooldown (optional).
        scale_out_cooldown: the scale out cooldown (optional).
        target_utilization_percent: the target utilization percent.
    """

    target_utilization_percent: int | float
    disable_scale_in: bool | None = None
    policy_name: str | None = None
    scale_in_cooldown: Duration | None = None
    scale_out_cooldown: Duration | None = None


@structs.frozen(kw_only=True)
class TableOptions:
    """The options of a ``Table`` (all its properties but the name and the Kinesis stream).

    Args:
        partition_key: the partition key (optional).
        sort_key: the sort key (optional).
        billing_mode: the billing mode (optional).
        contributor_insights_enabled: the contributor insights enabled (optional).
        contributor_insights_specification: the contributor insights specification (optional).
        deletion_protection: the deletion protection (optional).
        encryption: the encryption (optional).
        encryption_key: the encryption key (optional).
        import_source: the import source (optional).
        max_read_request_units: the max read request units (optional).
        max_write_request_units: the max write request units (optional).
        point_in_time_recovery: the point in time recovery (optional).
        point_in_time_recovery_specification: the point in time recovery specification (optional).
        read_capacity: the read capacity (optional).
        removal_policy: the removal policy (optional).
        replica_removal_policy: the replica removal policy (optional).
        replication_regions: the replication regions (optional).
        replication_timeout: the replication timeout (optional).
        resource_policy: the resource policy (optional).
        stream: the stream (optional).
        table_class: the table class (optional).
        time_to_live_attribute: the time to live attribute (optional).
        wait_for_replication_to_finish: the wait for replication to finish (optional).
        warm_throughput: the warm throughput (optional).
        write_capacity: the write capacity (optional).
    """

    partition_key: Attribute | None = None
    sort_key: Attribute | None = None
    billing_mode: BillingMode | None = None
    contributor_insights_enabled: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    deletion_protection: bool | None = None
    encryption: TableEncryption | None = None
    encryption_key: IKey | None = None
    import_source: ImportSourceSpecification | None = None
    max_read_request_units: int | float | None = None
    max_write_request_units: int | float | None = None
    point_in_time_recovery: bool | None = None
    point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None
    read_capacity: int | float | None = None
    removal_policy: RemovalPolicy | None = None
    replica_removal_policy: RemovalPolicy | None = None
    replication_regions: Sequence[str] | None = None
    replication_timeout: Duration | None = None
    resource_policy: PolicyDocument | None = None
    stream: StreamViewType | None = None
    table_class: TableClass | None = None
    time_to_live_attribute: str | None = None
    wait_for_replication_to_finish: bool | None = None
    warm_throughput: WarmThroughput | None = None
    write_capacity: int | float | None = None


@structs.frozen(kw_only=True)
class TableProps(TableOptions):
    """The properties of a ``Table``.

    Args:
        kinesis_precision_timestamp: the kinesis precision timestamp (optional).
        kinesis_stream: the kinesis stream (optional).
        table_name: the table name (optional).
    """

    kinesis_precision_timestamp: ApproximateCreationDateTimePrecision | None = None
    kinesis_stream: IStream | None = None
    table_name: str | None = None


@structs.frozen(kw_only=True)
class TableOptionsV2:
    """The per-replica options of a ``TableV2``.

    Args:
        contributor_insights: the contributor insights (optional).
        contributor_insights_specification: the contributor insights specification (optional).
        deletion_protection: the deletion protection (optional).
        kinesis_stream: the kinesis stream (optional).
        point_in_time_recovery: the point in time recovery (optional).
        point_in_time_recovery_specification: the point in time recovery specification (optional).
        resource_policy: the resource policy (optional).
        stream_resource_policy: the stream resource policy (optional).
        table_class: the table class (optional).
        tags: the tags (optional).
    """

    contributor_insights: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    deletion_protection: bool | None = None
    kinesis_stream: IStream | None = None
    point_in_time_recovery: bool | None = None
    point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None
    resource_policy: PolicyDocument | None = None
    stream_resource_policy: PolicyDocument | None = None
    table_class: TableClass | None = None
    tags: Sequence[CfnTag] | None = None


@structs.frozen(kw_only=True)
class TablePropsV2(TableOptionsV2):
    """The properties of a ``TableV2``.

    Args:
        partition_key: the partition key.
        billing: the billing (optional).
        dynamo_stream: the dynamo stream (optional).
        encryption: the encryption (optional).
        global_secondary_indexes: the global secondary indexes (optional).
        global_table_settings_replication_mode: the global table settings replication mode (optional).
        local_secondary_indexes: the local secondary indexes (optional).
        multi_region_consistency: the multi region consistency (optional).
        removal_policy: the removal policy (optional).
        replicas: the replicas (optional).
        sort_key: the sort key (optional).
        table_name: the table name (optional).
        time_to_live_attribute: the time to live attribute (optional).
        warm_throughput: the warm throughput (optional).
        witness_region: the witness region (optional).
    """

    partition_key: Attribute
    billing: Billing | None = None
    dynamo_stream: StreamViewType | None = None
    encryption: TableEncryptionV2 | None = None
    global_secondary_indexes: Sequence[GlobalSecondaryIndexPropsV2] | None = None
    global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None
    local_secondary_indexes: Sequence[LocalSecondaryIndexProps] | None = None
    multi_region_consistency: MultiRegionConsistency | None = None
    removal_policy: RemovalPolicy | None = None
    replicas: Sequence[ReplicaTableProps] | None = None
    sort_key: Attribute | None = None
    table_name: str | None = None
    time_to_live_attribute: str | None = None
    warm_throughput: WarmThroughput | None = None
    witness_region: str | None = None


@structs.frozen(kw_only=True)
class TableV2MultiAccountReplicaProps(TableOptionsV2):
    """The properties of a ``TableV2MultiAccountReplica``.

    Args:
        encryption: the encryption (optional).
        global_table_settings_replication_mode: the global table settings replication mode (optional).
        grant_index_permissions: the grant index permissions (optional).
        removal_policy: the removal policy (optional).
        replica_source_table: the replica source table (optional).
        table_name: the table name (optional).
    """

    encryption: TableEncryptionV2 | None = None
    global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None
    grant_index_permissions: bool | None = None
    removal_policy: RemovalPolicy | None = None
    replica_source_table: ITableV2 | None = None
    table_name: str | None = None
