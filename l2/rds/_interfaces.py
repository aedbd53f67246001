"""The RDS interfaces: engines, parameter/option/subnet groups and database instances."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Construct, Duration, RemovalPolicy
    from l2.ec2 import Connections, ISecurityGroup, IVpc
    from l2.iam import Grant, IGrantable, IRole
    from l2.rds._endpoint import Endpoint
    from l2.rds._engine_versions import EngineVersion
    from l2.rds._engines import ClusterEngineConfig, InstanceEngineConfig
    from l2.rds._parameter_group import ParameterGroupClusterConfig, ParameterGroupInstanceConfig
    from l2.secretsmanager import SecretRotationApplication


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
class IDatabaseInstance(Protocol):
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
class IDatabaseCluster(Protocol):
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


@runtime_checkable
class IServerlessCluster(Protocol):
    """An Aurora Serverless v1 cluster (aws-cdk-lib's ``aws_rds.IServerlessCluster``)."""

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
