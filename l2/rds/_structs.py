"""The props structs of the RDS constructs (aws-cdk-lib's ``*Props``, ``*Attributes``, ``*Options``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy
from constructs.internals import structs
from l2.rds._cluster import (
    ClusterScailabilityType,
    ClusterScalabilityType,
    DBClusterStorageType,
    InstanceUpdateBehaviour,
)
from l2.rds._cluster_instance import InstanceProps
from l2.rds._props import (
    BackupProps,
    CaCertificate,
    Credentials,
    DatabaseInsightsMode,
    EngineLifecycleSupport,
    LicenseModel,
    NetworkType,
    PerformanceInsightRetention,
    ProcessorFeatures,
    SnapshotCredentials,
    StorageType,
)

if TYPE_CHECKING:
    from l2.ec2 import InstanceType, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.logs import RetentionDays
    from l2.rds._interfaces import (
        IClusterEngine,
        IClusterInstance,
        IDatabaseInstance,
        IEngine,
        IInstanceEngine,
        IOptionGroup,
        IParameterGroup,
        ISubnetGroup,
    )
    from l2.rds._option_group import OptionConfiguration
    from l2.s3 import IBucket
    from l2.secretsmanager import ISecret, ReplicaRegion


@structs.frozen(kw_only=True)
class DatabaseInstanceProps:
    """The properties of a ``DatabaseInstance``. (see the construct for each field)."""

    engine: IInstanceEngine
    vpc: IVpc
    character_set_name: str | None = None
    credentials: Credentials | None = None
    manage_master_user_password: bool | None = None
    storage_encrypted: bool | None = None
    storage_encryption_key: IKey | None = None
    allocated_storage: int | float | None = None
    allow_major_version_upgrade: bool | None = None
    database_name: str | None = None
    instance_type: InstanceType | None = None
    license_model: LicenseModel | None = None
    parameters: Mapping[str, str] | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None
    timezone: str | None = None
    apply_immediately: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    backup_retention: Duration | None = None
    ca_certificate: CaCertificate | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    copy_tags_to_snapshot: bool | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier: str | None = None
    iops: int | float | None = None
    max_allocated_storage: int | float | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    multi_az: bool | None = None
    network_type: NetworkType | None = None
    option_group: IOptionGroup | None = None
    parameter_group: IParameterGroup | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_backup_window: str | None = None
    preferred_maintenance_window: str | None = None
    processor_features: ProcessorFeatures | None = None
    publicly_accessible: bool | None = None
    removal_policy: RemovalPolicy | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    storage_throughput: int | float | None = None
    storage_type: StorageType | None = None
    subnet_group: ISubnetGroup | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class DatabaseInstanceFromSnapshotProps:
    """The properties of a ``DatabaseInstanceFromSnapshot``. (see the construct for each field)."""

    engine: IInstanceEngine
    vpc: IVpc
    cluster_snapshot_identifier: str | None = None
    credentials: SnapshotCredentials | None = None
    snapshot_identifier: str | None = None
    allocated_storage: int | float | None = None
    allow_major_version_upgrade: bool | None = None
    database_name: str | None = None
    instance_type: InstanceType | None = None
    license_model: LicenseModel | None = None
    parameters: Mapping[str, str] | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None
    timezone: str | None = None
    apply_immediately: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    backup_retention: Duration | None = None
    ca_certificate: CaCertificate | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    copy_tags_to_snapshot: bool | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier: str | None = None
    iops: int | float | None = None
    max_allocated_storage: int | float | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    multi_az: bool | None = None
    network_type: NetworkType | None = None
    option_group: IOptionGroup | None = None
    parameter_group: IParameterGroup | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_backup_window: str | None = None
    preferred_maintenance_window: str | None = None
    processor_features: ProcessorFeatures | None = None
    publicly_accessible: bool | None = None
    removal_policy: RemovalPolicy | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    storage_throughput: int | float | None = None
    storage_type: StorageType | None = None
    subnet_group: ISubnetGroup | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class DatabaseInstanceReadReplicaProps:
    """The properties of a ``DatabaseInstanceReadReplica``. (see the construct for each field)."""

    instance_type: InstanceType
    source_database_instance: IDatabaseInstance
    vpc: IVpc
    allocated_storage: int | float | None = None
    storage_encrypted: bool | None = None
    storage_encryption_key: IKey | None = None
    apply_immediately: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    backup_retention: Duration | None = None
    ca_certificate: CaCertificate | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    copy_tags_to_snapshot: bool | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier: str | None = None
    iops: int | float | None = None
    max_allocated_storage: int | float | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    multi_az: bool | None = None
    network_type: NetworkType | None = None
    option_group: IOptionGroup | None = None
    parameter_group: IParameterGroup | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_backup_window: str | None = None
    preferred_maintenance_window: str | None = None
    processor_features: ProcessorFeatures | None = None
    publicly_accessible: bool | None = None
    removal_policy: RemovalPolicy | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    storage_throughput: int | float | None = None
    storage_type: StorageType | None = None
    subnet_group: ISubnetGroup | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class DatabaseClusterProps:
    """The properties of a ``DatabaseCluster``. (see the construct for each field)."""

    engine: IClusterEngine
    auto_minor_version_upgrade: bool | None = None
    backtrack_window: Duration | None = None
    backup: BackupProps | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    cluster_identifier: str | None = None
    cluster_scailability_type: ClusterScailabilityType | None = None
    cluster_scalability_type: ClusterScalabilityType | None = None
    copy_tags_to_snapshot: bool | None = None
    credentials: Credentials | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    default_database_name: str | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_cluster_level_enhanced_monitoring: bool | None = None
    enable_data_api: bool | None = None
    enable_local_write_forwarding: bool | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier_base: str | None = None
    instance_props: InstanceProps | None = None
    instances: int | float | None = None
    instance_update_behaviour: InstanceUpdateBehaviour | None = None
    manage_master_user_password: bool | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    network_type: NetworkType | None = None
    parameter_group: IParameterGroup | None = None
    parameters: Mapping[str, str] | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_maintenance_window: str | None = None
    readers: Sequence[IClusterInstance] | None = None
    removal_policy: RemovalPolicy | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    serverless_v2_auto_pause_duration: Duration | None = None
    serverless_v2_max_capacity: int | float | None = None
    serverless_v2_min_capacity: int | float | None = None
    storage_encrypted: bool | None = None
    storage_encryption_key: IKey | None = None
    storage_type: DBClusterStorageType | None = None
    subnet_group: ISubnetGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None
    writer: IClusterInstance | None = None
    replication_source_identifier: str | None = None


@structs.frozen(kw_only=True)
class DatabaseClusterFromSnapshotProps:
    """The properties of a ``DatabaseClusterFromSnapshot``. (see the construct for each field)."""

    engine: IClusterEngine
    snapshot_identifier: str
    auto_minor_version_upgrade: bool | None = None
    backtrack_window: Duration | None = None
    backup: BackupProps | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    cluster_identifier: str | None = None
    cluster_scailability_type: ClusterScailabilityType | None = None
    cluster_scalability_type: ClusterScalabilityType | None = None
    copy_tags_to_snapshot: bool | None = None
    credentials: Credentials | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    default_database_name: str | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_cluster_level_enhanced_monitoring: bool | None = None
    enable_data_api: bool | None = None
    enable_local_write_forwarding: bool | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier_base: str | None = None
    instance_props: InstanceProps | None = None
    instances: int | float | None = None
    instance_update_behaviour: InstanceUpdateBehaviour | None = None
    manage_master_user_password: bool | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    network_type: NetworkType | None = None
    parameter_group: IParameterGroup | None = None
    parameters: Mapping[str, str] | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_maintenance_window: str | None = None
    readers: Sequence[IClusterInstance] | None = None
    removal_policy: RemovalPolicy | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    serverless_v2_auto_pause_duration: Duration | None = None
    serverless_v2_max_capacity: int | float | None = None
    serverless_v2_min_capacity: int | float | None = None
    storage_encrypted: bool | None = None
    storage_encryption_key: IKey | None = None
    storage_type: DBClusterStorageType | None = None
    subnet_group: ISubnetGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None
    writer: IClusterInstance | None = None
    snapshot_credentials: SnapshotCredentials | None = None


@structs.frozen(kw_only=True)
class DatabaseSecretProps:
    """The properties of a ``DatabaseSecret``. (see the construct for each field)."""

    username: str
    dbname: str | None = None
    encryption_key: IKey | None = None
    exclude_characters: str | None = None
    master_secret: ISecret | None = None
    replace_on_password_criteria_changes: bool | None = None
    replica_regions: Sequence[ReplicaRegion] | None = None
    secret_name: str | None = None


@structs.frozen(kw_only=True)
class OptionGroupProps:
    """The properties of an ``OptionGroup``. (see the construct for each field)."""

    configurations: Sequence[OptionConfiguration]
    engine: IInstanceEngine
    description: str | None = None
    option_group_name: str | None = None


@structs.frozen(kw_only=True)
class ParameterGroupProps:
    """The properties of a ``ParameterGroup``. (see the construct for each field)."""

    engine: IEngine
    description: str | None = None
    name: str | None = None
    parameters: Mapping[str, str] | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class SubnetGroupProps:
    """The properties of a ``SubnetGroup``. (see the construct for each field)."""

    description: str
    vpc: IVpc
    removal_policy: RemovalPolicy | None = None
    subnet_group_name: str | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class DatabaseInstanceAttributes:
    """What ``from_database_instance_attributes`` takes.

    Args:
        instance_endpoint_address: the instance's endpoint address.
        instance_identifier: the instance's identifier.
        port: the port the database listens on.
        security_groups: the instance's security groups.
        engine: the instance's engine (default unknown).
        instance_resource_id: the Region-unique, immutable resource id of the instance (default none).
    """

    instance_endpoint_address: str
    instance_identifier: str
    port: int | float
    security_groups: Sequence[ISecurityGroup]
    engine: IInstanceEngine | None = None
    instance_resource_id: str | None = None


@structs.frozen(kw_only=True)
class DatabaseClusterAttributes:
    """What ``from_database_cluster_attributes`` takes.

    Args:
        cluster_identifier: the cluster's identifier.
        cluster_endpoint_address: the cluster (writer) endpoint address (default none).
        cluster_resource_identifier: the Region-unique, immutable resource id of the cluster (default none).
        data_api_enabled: whether the cluster's Data API is on (default false).
        engine: the cluster's engine (default unknown).
        instance_endpoint_addresses: the endpoint addresses of the cluster's instances (default none).
        instance_identifiers: the identifiers of the cluster's instances (default none).
        port: the port the database listens on (default none).
        reader_endpoint_address: the reader endpoint address (default none).
        secret: the secret attached to the cluster (default unknown).
        security_groups: the cluster's security groups (default none).
    """

    cluster_identifier: str
    cluster_endpoint_address: str | None = None
    cluster_resource_identifier: str | None = None
    data_api_enabled: bool | None = None
    engine: IClusterEngine | None = None
    instance_endpoint_addresses: Sequence[str] | None = None
    instance_identifiers: Sequence[str] | None = None
    port: int | float | None = None
    reader_endpoint_address: str | None = None
    secret: ISecret | None = None
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class DatabaseInstanceLookupOptions:
    """What ``DatabaseInstance.from_lookup`` takes.

    Args:
        instance_identifier: the identifier of the instance to look up.
    """

    instance_identifier: str


@structs.frozen(kw_only=True)
class DatabaseClusterLookupOptions:
    """What ``DatabaseCluster.from_lookup`` takes.

    Args:
        cluster_identifier: the identifier of the cluster to look up.
    """

    cluster_identifier: str


@structs.frozen(kw_only=True)
class DatabaseInstanceNewProps:
    """What every new instance takes (see ``DatabaseInstance`` for each field)."""

    vpc: IVpc
    apply_immediately: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    backup_retention: Duration | None = None
    ca_certificate: CaCertificate | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    copy_tags_to_snapshot: bool | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier: str | None = None
    iops: int | float | None = None
    max_allocated_storage: int | float | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    multi_az: bool | None = None
    network_type: NetworkType | None = None
    option_group: IOptionGroup | None = None
    parameter_group: IParameterGroup | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_backup_window: str | None = None
    preferred_maintenance_window: str | None = None
    processor_features: ProcessorFeatures | None = None
    publicly_accessible: bool | None = None
    removal_policy: RemovalPolicy | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    storage_throughput: int | float | None = None
    storage_type: StorageType | None = None
    subnet_group: ISubnetGroup | None = None
    vpc_subnets: SubnetSelection | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None


@structs.frozen(kw_only=True)
class DatabaseInstanceSourceProps:
    """What instances with an engine take (see ``DatabaseInstance`` for each field)."""

    engine: IInstanceEngine
    vpc: IVpc
    allocated_storage: int | float | None = None
    allow_major_version_upgrade: bool | None = None
    database_name: str | None = None
    instance_type: InstanceType | None = None
    license_model: LicenseModel | None = None
    parameters: Mapping[str, str] | None = None
    s3_export_buckets: Sequence[IBucket] | None = None
    s3_export_role: IRole | None = None
    s3_import_buckets: Sequence[IBucket] | None = None
    s3_import_role: IRole | None = None
    timezone: str | None = None
    apply_immediately: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    backup_retention: Duration | None = None
    ca_certificate: CaCertificate | None = None
    cloudwatch_logs_exports: Sequence[str] | None = None
    cloudwatch_logs_retention: RetentionDays | None = None
    cloudwatch_logs_retention_role: IRole | None = None
    copy_tags_to_snapshot: bool | None = None
    database_insights_mode: DatabaseInsightsMode | None = None
    delete_automated_backups: bool | None = None
    deletion_protection: bool | None = None
    domain: str | None = None
    domain_role: IRole | None = None
    enable_performance_insights: bool | None = None
    engine_lifecycle_support: EngineLifecycleSupport | None = None
    iam_authentication: bool | None = None
    instance_identifier: str | None = None
    iops: int | float | None = None
    max_allocated_storage: int | float | None = None
    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    multi_az: bool | None = None
    network_type: NetworkType | None = None
    option_group: IOptionGroup | None = None
    parameter_group: IParameterGroup | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    port: int | float | None = None
    preferred_backup_window: str | None = None
    preferred_maintenance_window: str | None = None
    processor_features: ProcessorFeatures | None = None
    publicly_accessible: bool | None = None
    removal_policy: RemovalPolicy | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    storage_throughput: int | float | None = None
    storage_type: StorageType | None = None
    subnet_group: ISubnetGroup | None = None
    vpc_subnets: SubnetSelection | None = None
