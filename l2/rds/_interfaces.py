"""The RDS interfaces: engines, parameter/option/subnet groups and database instances."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from l1._private.interfaces.rds import IDBClusterRef, IDBInstanceRef
from l2.rds._metrics import canned

if TYPE_CHECKING:
    from constructs import Construct, Duration, RemovalPolicy
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey
    from l2.rds._cluster_instance import InstanceType
    from l2.rds._endpoint import Endpoint
    from l2.rds._engine_versions import EngineVersion
    from l2.rds._engines import ClusterEngineConfig, InstanceEngineConfig
    from l2.rds._parameter_group import ParameterGroupClusterConfig, ParameterGroupInstanceConfig
    from l2.rds._props import PerformanceInsightRetention
    from l2.rds._proxy import ClientPasswordAuthType, DatabaseProxy, DefaultAuthScheme, SessionPinningFilter
    from l2.secretsmanager import ISecret, SecretRotationApplication


@runtime_checkable
class IEngine(Protocol):
    """A database engine (aws-cdk-lib's ``aws_rds.IEngine``)."""

    @property
    def engine_type(self) -> str:
        """The CloudFormation engine name (``mysql``, ``aurora-postgresql``, ...)."""
        ...

    @property
    def engine_version(self) -> EngineVersion | None:
        """The version (none: the service's default)."""
        ...

    @property
    def parameter_group_family(self) -> str | None:
        """The parameter group family (none for an unversioned engine)."""
        ...

    @property
    def default_username(self) -> str | None:
        """The default master user name (default ``admin``)."""
        ...

    @property
    def engine_family(self) -> str | None:
        """The proxy engine family (``MYSQL``, ``POSTGRESQL``, ``SQLSERVER``)."""
        ...


@runtime_checkable
class IInstanceEngine(IEngine, Protocol):
    """An engine of a database instance (aws-cdk-lib's ``aws_rds.IInstanceEngine``)."""

    @property
    def single_user_rotation_application(self) -> SecretRotationApplication:
        """The single-user rotation application."""
        ...

    @property
    def multi_user_rotation_application(self) -> SecretRotationApplication:
        """The multi-user rotation application."""
        ...

    @property
    def supports_read_replica_backups(self) -> bool | None:
        """Whether read replicas may keep backups."""
        ...

    def bind_to_instance(
        self,
        scope: Construct,
        *,
        domain: str | None = None,
        option_group: IOptionGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
    ) -> InstanceEngineConfig:
        """Bind the engine to an instance."""
        ...


@runtime_checkable
class IClusterEngine(IEngine, Protocol):
    """An engine of a database cluster (aws-cdk-lib's ``aws_rds.IClusterEngine``)."""

    @property
    def single_user_rotation_application(self) -> SecretRotationApplication:
        """The single-user rotation application."""
        ...

    @property
    def multi_user_rotation_application(self) -> SecretRotationApplication:
        """The multi-user rotation application."""
        ...

    @property
    def supported_log_types(self) -> list[str]:
        """The log types the engine can export to CloudWatch Logs."""
        ...

    @property
    def combine_import_and_export_roles(self) -> bool | None:
        """Whether one role serves S3 import and export."""
        ...

    def bind_to_cluster(
        self,
        scope: Construct,
        *,
        parameter_group: IParameterGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
    ) -> ClusterEngineConfig:
        """Bind the engine to a cluster."""
        ...


@runtime_checkable
class IParameterGroup(Protocol):
    """A parameter group (aws-cdk-lib's ``aws_rds.IParameterGroup``)."""

    def bind_to_cluster(self) -> ParameterGroupClusterConfig:
        """The cluster parameter group's name (created on first use)."""
        ...

    def bind_to_instance(self) -> ParameterGroupInstanceConfig:
        """The instance parameter group's name (created on first use)."""
        ...

    def add_parameter(self, key: str, value: str) -> bool:
        """Add a parameter; ``False`` for imported groups."""
        ...


@runtime_checkable
class IOptionGroup(Protocol):
    """An option group (aws-cdk-lib's ``aws_rds.IOptionGroup``)."""

    @property
    def option_group_name(self) -> str:
        """The option group's name."""
        ...

    def add_configuration(
        self,
        *,
        name: str,
        port: int | float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        settings: Mapping[str, str] | None = None,
        version: str | None = None,
        vpc: IVpc | None = None,
    ) -> bool:
        """Add an option; ``False`` for imported groups."""
        ...


@runtime_checkable
class ISubnetGroup(Protocol):
    """A DB subnet group (aws-cdk-lib's ``aws_rds.ISubnetGroup``)."""

    @property
    def subnet_group_name(self) -> str:
        """The subnet group's name."""
        ...


@runtime_checkable
class IDatabaseInstance(IDBInstanceRef, Protocol):
    """A database instance (aws-cdk-lib's ``aws_rds.IDatabaseInstance``)."""

    @property
    def instance_identifier(self) -> str:
        """The instance identifier."""
        ...

    @property
    def instance_arn(self) -> str:
        """The instance ARN."""
        ...

    @property
    def db_instance_endpoint_address(self) -> str:
        """The endpoint address."""
        ...

    @property
    def db_instance_endpoint_port(self) -> str:
        """The endpoint port (a string)."""
        ...

    @property
    def instance_endpoint(self) -> Endpoint:
        """The endpoint."""
        ...

    @property
    def connections(self) -> Connections:
        """The instance's security groups (default port: the endpoint's)."""
        ...

    def grant_connect(self, grantee: IGrantable, db_user: str | None = None) -> Grant:
        """Allow ``rds-db:connect`` as ``db_user``."""
        ...

    @property
    def engine(self) -> IInstanceEngine | None:
        """The engine (when known)."""
        ...

    @property
    def instance_resource_id(self) -> str | None:
        """The ``DbiResourceId`` (when known)."""
        ...

    def add_proxy(
        self,
        id: str,
        *,
        vpc: IVpc,
        borrow_timeout: Duration | None = None,
        client_password_auth_type: ClientPasswordAuthType | None = None,
        db_proxy_name: str | None = None,
        debug_logging: bool | None = None,
        default_auth_scheme: DefaultAuthScheme | None = None,
        iam_auth: bool | None = None,
        idle_client_timeout: Duration | None = None,
        init_query: str | None = None,
        max_connections_percent: int | float | None = None,
        max_idle_connections_percent: int | float | None = None,
        require_tls: bool | None = None,
        role: IRole | None = None,
        secrets: Sequence[ISecret] | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        session_pinning_filters: Sequence[SessionPinningFilter] | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> DatabaseProxy:
        """Add an RDS Proxy in front of this database (the keywords are ``DatabaseProxy``'s)."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this instance (``AWS/RDS``, dimension ``DBInstanceIdentifier``)."""
        ...

    def on_event(
        self,
        id: str,
        *,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """An EventBridge rule for this instance's events."""
        ...

    metric_cpu_utilization: Callable[..., Metric] = canned("CPUUtilization", "The percentage of CPU utilization")

    metric_database_connections: Callable[..., Metric] = canned("DatabaseConnections", "The number of database connections in use")

    metric_free_storage_space: Callable[..., Metric] = canned("FreeStorageSpace", "The available storage space")

    metric_freeable_memory: Callable[..., Metric] = canned("FreeableMemory", "The available random access memory")

    metric_read_iops: Callable[..., Metric] = canned("ReadIOPS", "The average number of disk read I/O operations per second")

    metric_write_iops: Callable[..., Metric] = canned("WriteIOPS", "The average number of disk write I/O operations per second")


@runtime_checkable
class IAuroraClusterInstance(Protocol):
    """An instance of an Aurora cluster (aws-cdk-lib's ``aws_rds.IAuroraClusterInstance``)."""

    @property
    def instance_identifier(self) -> str:
        """The instance identifier."""
        ...

    @property
    def db_instance_endpoint_address(self) -> str:
        """The instance endpoint address."""
        ...

    @property
    def tier(self) -> int | float:
        """The promotion tier."""
        ...

    @property
    def db_instance_arn(self) -> str:
        """The instance ARN."""
        ...

    @property
    def dbi_resource_id(self) -> str:
        """The instance's ``DbiResourceId``."""
        ...

    @property
    def instance_size(self) -> str | None:
        """The provisioned instance size (none for Serverless v2)."""
        ...

    @property
    def performance_insights_enabled(self) -> bool:
        """Whether Performance Insights is on."""
        ...

    @property
    def performance_insight_retention(self) -> PerformanceInsightRetention | None:
        """The Performance Insights retention."""
        ...

    @property
    def performance_insight_encryption_key(self) -> IKey | None:
        """The Performance Insights key."""
        ...

    @property
    def type(self) -> InstanceType:
        """Provisioned or Serverless v2."""
        ...


@runtime_checkable
class IClusterInstance(Protocol):
    """A writer or reader to create in a cluster (aws-cdk-lib's ``aws_rds.IClusterInstance``)."""

    def bind(
        self,
        scope: Construct,
        cluster: Any,
        *,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        promotion_tier: int | float | None = None,
        removal_policy: RemovalPolicy | None = None,
        subnet_group: ISubnetGroup | None = None,
    ) -> IAuroraClusterInstance:
        """Create the instance for ``cluster``."""
        ...


@runtime_checkable
class IDatabaseProxy(Protocol):
    """An RDS Proxy (aws-cdk-lib's ``aws_rds.IDatabaseProxy``)."""

    @property
    def db_proxy_name(self) -> str:
        """The proxy name."""
        ...

    @property
    def db_proxy_arn(self) -> str:
        """The proxy ARN."""
        ...

    @property
    def endpoint(self) -> str:
        """The proxy endpoint."""
        ...

    def grant_connect(self, grantee: IGrantable, db_user: str | None = None) -> Grant:
        """Allow ``rds-db:connect`` through the proxy."""
        ...


@runtime_checkable
class IDatabaseProxyEndpoint(Protocol):
    """An RDS Proxy endpoint (aws-cdk-lib's ``aws_rds.IDatabaseProxyEndpoint``)."""

    @property
    def db_proxy_endpoint_name(self) -> str:
        """The endpoint name."""
        ...

    @property
    def db_proxy_endpoint_arn(self) -> str:
        """The endpoint ARN."""
        ...

    @property
    def endpoint(self) -> str:
        """The endpoint host name."""
        ...


@runtime_checkable
class IDatabaseCluster(IDBClusterRef, Protocol):
    """An Aurora cluster (aws-cdk-lib's ``aws_rds.IDatabaseCluster``)."""

    @property
    def cluster_identifier(self) -> str:
        """The cluster identifier."""
        ...

    @property
    def cluster_arn(self) -> str:
        """The cluster ARN."""
        ...

    @property
    def connections(self) -> Connections:
        """The cluster's security groups."""
        ...

    def grant_connect(self, grantee: IGrantable, db_user: str) -> Grant:
        """Allow ``rds-db:connect`` as ``db_user``."""
        ...

    def grant_data_api_access(self, grantee: IGrantable) -> Grant:
        """Allow the Data API."""
        ...

    @property
    def engine(self) -> IClusterEngine | None:
        """The engine (when known)."""
        ...

    @property
    def cluster_resource_identifier(self) -> str:
        """The cluster resource id."""
        ...

    @property
    def cluster_endpoint(self) -> Endpoint:
        """The writer endpoint."""
        ...

    @property
    def cluster_read_endpoint(self) -> Endpoint:
        """The reader endpoint."""
        ...

    @property
    def instance_identifiers(self) -> list[str]:
        """The instance identifiers."""
        ...

    @property
    def instance_endpoints(self) -> list[Endpoint]:
        """The instance endpoints."""
        ...

    def add_proxy(
        self,
        id: str,
        *,
        vpc: IVpc,
        borrow_timeout: Duration | None = None,
        client_password_auth_type: ClientPasswordAuthType | None = None,
        db_proxy_name: str | None = None,
        debug_logging: bool | None = None,
        default_auth_scheme: DefaultAuthScheme | None = None,
        iam_auth: bool | None = None,
        idle_client_timeout: Duration | None = None,
        init_query: str | None = None,
        max_connections_percent: int | float | None = None,
        max_idle_connections_percent: int | float | None = None,
        require_tls: bool | None = None,
        role: IRole | None = None,
        secrets: Sequence[ISecret] | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        session_pinning_filters: Sequence[SessionPinningFilter] | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> DatabaseProxy:
        """Add an RDS Proxy in front of this database (the keywords are ``DatabaseProxy``'s)."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this cluster (``AWS/RDS``, dimension ``DBClusterIdentifier``)."""
        ...

    metric_cpu_utilization: Callable[..., Metric] = canned("CPUUtilization", "The percentage of CPU utilization")

    metric_database_connections: Callable[..., Metric] = canned("DatabaseConnections", "The number of database connections in use")

    metric_deadlocks: Callable[..., Metric] = canned("Deadlocks", "The average number of deadlocks per second")

    metric_engine_uptime: Callable[..., Metric] = canned("EngineUptime", "The time the instance has been running")

    metric_freeable_memory: Callable[..., Metric] = canned("FreeableMemory", "The available random access memory")

    metric_free_local_storage: Callable[..., Metric] = canned("FreeLocalStorage", "The available local storage")

    metric_network_receive_throughput: Callable[..., Metric] = canned("NetworkReceiveThroughput", "The incoming network traffic")

    metric_network_throughput: Callable[..., Metric] = canned("NetworkThroughput", "The network throughput")

    metric_network_transmit_throughput: Callable[..., Metric] = canned("NetworkTransmitThroughput", "The outgoing network traffic")

    metric_snapshot_storage_used: Callable[..., Metric] = canned("SnapshotStorageUsed", "The storage used by snapshots")

    metric_total_backup_storage_billed: Callable[..., Metric] = canned("TotalBackupStorageBilled", "The billed backup storage")

    metric_volume_bytes_used: Callable[..., Metric] = canned("VolumeBytesUsed", "The storage used by the cluster volume")

    metric_volume_read_io_ps: Callable[..., Metric] = canned("VolumeReadIOPs", "The billed read I/O operations")

    metric_volume_write_io_ps: Callable[..., Metric] = canned("VolumeWriteIOPs", "The billed write I/O operations")


@runtime_checkable
class IServerlessCluster(IDBClusterRef, Protocol):
    """An Aurora Serverless v1 cluster (aws-cdk-lib's ``aws_rds.IServerlessCluster``)."""

    @property
    def cluster_endpoint(self) -> Endpoint:
        """The writer endpoint."""
        ...

    @property
    def cluster_read_endpoint(self) -> Endpoint:
        """The reader endpoint."""
        ...

    @property
    def cluster_identifier(self) -> str:
        """The cluster identifier."""
        ...

    @property
    def cluster_arn(self) -> str:
        """The cluster ARN."""
        ...

    def grant_data_api_access(self, grantee: IGrantable) -> Grant:
        """Allow the Data API."""
        ...
