"""Aurora clusters: ``DatabaseCluster``, ``DatabaseClusterFromSnapshot`` and imported clusters."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from l1._private.interfaces.rds import DBClusterReference as DBClusterReference
from l1.rds import CfnDBCluster, CfnDBInstance
from l2._private.metric_options import given_options
from l2.rds import _util
from l2.rds._cluster_instance import InstanceProps, InstanceType
from l2.rds._endpoint import Endpoint
from l2.rds._metrics import canned, metric
from l2.rds._props import (
    BackupProps,
    Credentials,
    DatabaseInsightsMode,
    EngineLifecycleSupport,
    NetworkType,
    PerformanceInsightRetention,
    SnapshotCredentials,
)

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, IInterfaceVpcEndpoint, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey
    from l2.logs import ILogGroup, RetentionDays
    from l2.rds._interfaces import IClusterEngine, IClusterInstance, IParameterGroup, ISubnetGroup
    from l2.rds._proxy import ClientPasswordAuthType, DatabaseProxy, DefaultAuthScheme, SessionPinningFilter
    from l2.s3 import IBucket
    from l2.secretsmanager import (
        ISecret,
        SecretAttachmentTargetProps,
        SecretRotation,
        SecretRotationApplication,
    )

RDS_LOWERCASE_DB_IDENTIFIER = "@aws-cdk/aws-rds:lowercaseDbIdentifier"
RDS_PREVENT_RENDERING_DEPRECATED_CREDENTIALS = "@aws-cdk/aws-rds:preventRenderingDeprecatedCredentials"
DATA_API_ACTIONS = [
    "rds-data:BatchExecuteStatement",
    "rds-data:BeginTransaction",
    "rds-data:CommitTransaction",
    "rds-data:ExecuteStatement",
    "rds-data:RollbackTransaction",
]


class InstanceUpdateBehaviour(enum.Enum):
    """How the instances of a legacy cluster are updated."""

    BULK = "BULK"
    ROLLING = "ROLLING"


class DBClusterStorageType(enum.Enum):
    """The storage of an Aurora cluster."""

    AURORA = "aurora"
    AURORA_IOPT1 = "aurora-iopt1"


class ClusterScalabilityType(enum.Enum):
    """Standard or Limitless Database."""

    STANDARD = "standard"
    LIMITLESS = "limitless"


class ClusterScailabilityType(enum.Enum):
    """Standard or Limitless Database (deprecated spelling)."""

    STANDARD = "standard"
    LIMITLESS = "limitless"


class DatabaseClusterBase(Resource):
    """What new and imported clusters share: the ARN, grants, metrics."""

    cluster_identifier: str
    secret: ISecret | None = None
    engine: IClusterEngine | None = None
    connections: Connections
    _enable_data_api: bool | None = None
    _cluster_resource_identifier: str
    _endpoint_value: Endpoint | None = None
    _read_endpoint_value: Endpoint | None = None
    _instance_identifiers_value: list[str] | None = None
    _instance_endpoints_value: list[Endpoint] | None = None

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, account=account, environment_from_arn=environment_from_arn, physical_name=physical_name,
            region=region,
        )

    @property
    def cluster_endpoint(self) -> Endpoint:
        """The writer endpoint."""
        value: Endpoint | None = getattr(self, "_endpoint_value", None)
        if value is None:
            raise ValidationError(
                "Cannot access `clusterEndpoint` of an imported cluster without an endpoint address and port",
                self,
            )
        return value

    @cluster_endpoint.setter
    def cluster_endpoint(self, value: Endpoint) -> None:
        self._endpoint_value = value

    @property
    def cluster_read_endpoint(self) -> Endpoint:
        """The reader endpoint."""
        value: Endpoint | None = getattr(self, "_read_endpoint_value", None)
        if value is None:
            raise ValidationError(
                "Cannot access `clusterReadEndpoint` of an imported cluster without a readerEndpointAddress and port",
                self,
            )
        return value

    @cluster_read_endpoint.setter
    def cluster_read_endpoint(self, value: Endpoint) -> None:
        self._read_endpoint_value = value

    @property
    def instance_identifiers(self) -> list[str]:
        """The identifiers of the cluster's instances."""
        value: list[str] | None = getattr(self, "_instance_identifiers_value", None)
        if value is None:
            raise ValidationError(
                "Cannot access `instanceIdentifiers` of an imported cluster without provided instanceIdentifiers",
                self,
            )
        return value

    @instance_identifiers.setter
    def instance_identifiers(self, value: list[str]) -> None:
        self._instance_identifiers_value = value

    @property
    def instance_endpoints(self) -> list[Endpoint]:
        """The endpoints of the cluster's instances."""
        value: list[Endpoint] | None = getattr(self, "_instance_endpoints_value", None)
        if value is None:
            raise ValidationError(
                "Cannot access `instanceEndpoints` of an imported cluster without instanceEndpointAddresses and port",
                self,
            )
        return value

    @instance_endpoints.setter
    def instance_endpoints(self, value: list[Endpoint]) -> None:
        self._instance_endpoints_value = value

    @property
    def cluster_resource_identifier(self) -> str:
        """The cluster's resource id (``DbClusterResourceId``)."""
        value: str = self._cluster_resource_identifier
        return value

    @property
    def cluster_arn(self) -> str:
        """The cluster ARN."""
        return Stack.of(self).format_arn(
            service="rds", resource="cluster", arn_format=ArnFormat.COLON_RESOURCE_NAME,
            resource_name=self.cluster_identifier,
        )

    @property
    def db_cluster_ref(self) -> DBClusterReference:
        """The cluster's identifier and ARN."""
        return DBClusterReference(db_cluster_identifier=self.cluster_identifier, db_cluster_arn=self.cluster_arn)

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """This cluster as a secret attachment target."""
        from l2 import secretsmanager

        return secretsmanager.SecretAttachmentTargetProps(
            target_id=self.cluster_identifier, target_type=secretsmanager.AttachmentTargetType.RDS_DB_CLUSTER
        )

    def grant_connect(self, grantee: IGrantable, db_user: str) -> Grant:
        """Allow ``rds-db:connect`` as ``db_user``.

        Args:
            grantee: who may connect.
            db_user: the database user.
        """
        from l2 import iam

        return iam.Grant.add_to_principal(
            actions=["rds-db:connect"],
            grantee=grantee,
            resource_arns=[
                Stack.of(self).format_arn(
                    service="rds-db", resource="dbuser",
                    resource_name=f"{self.cluster_resource_identifier}/{db_user}",
                    arn_format=ArnFormat.COLON_RESOURCE_NAME,
                )
            ],
        )

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
        """Add an RDS Proxy in front of this database (the keywords are ``DatabaseProxy``'s).

        Args:
            id: the proxy's construct id.
            vpc: the VPC.
            borrow_timeout: how long to wait for a free connection.
            client_password_auth_type: the client password authentication.
            db_proxy_name: the proxy's name.
            debug_logging: log SQL statements.
            default_auth_scheme: the default authentication to the database.
            iam_auth: require IAM authentication.
            idle_client_timeout: how long an idle client connection lives.
            init_query: SQL run on each new connection.
            max_connections_percent: the pool's size (% of the database's maximum).
            max_idle_connections_percent: how much of the pool may be idle.
            require_tls: require TLS (default ``True``).
            role: the role reading the secrets.
            secrets: the secrets of the users the proxy connects as.
            security_groups: the proxy's security groups.
            session_pinning_filters: statements that don't pin sessions.
            vpc_subnets: the proxy's subnets.
        """
        from l2.rds._proxy import DatabaseProxy, ProxyTarget

        options = {k: v for k, v in locals().items() if k not in ("self", "id", "DatabaseProxy", "ProxyTarget")}
        return DatabaseProxy(self, id, proxy_target=ProxyTarget.from_cluster(self), **options)

    def grant_data_api_access(self, grantee: IGrantable) -> Grant:
        """Allow the Data API (and reading the secret); turns the Data API on.

        Args:
            grantee: who may call the Data API.
        """
        from l2 import iam

        if self._enable_data_api is False:
            raise ValidationError("Cannot grant Data API access when the Data API is disabled", self)
        self._enable_data_api = True
        grant = iam.Grant.add_to_principal(grantee=grantee, actions=DATA_API_ACTIONS, resource_arns=[self.cluster_arn])
        if self.secret is not None:
            self.secret.grant_read(grantee)
        return grant

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
        """A metric of this cluster (``AWS/RDS``, dimension ``DBClusterIdentifier``).

        Args:
            metric_name: the metric's name.
            account: the metric's account.
            color: the graph color.
            dimensions_map: the dimensions (default the cluster identifier).
            id: the metric's id in math expressions.
            label: the graph label.
            period: the aggregation period (default 5 minutes).
            region: the metric's region.
            stack_account: the account of the stack the metric is used in.
            stack_region: the region of the stack the metric is used in.
            statistic: the statistic (default Average).
            unit: the unit.
            visible: whether the metric shows on graphs.
        """
        options = given_options(locals(), "metric_name")
        return metric(self, {"DBClusterIdentifier": self.cluster_identifier}, metric_name, options)

    metric_cpu_utilization = canned("CPUUtilization", "The percentage of CPU utilization")
    metric_database_connections = canned("DatabaseConnections", "The number of database connections in use")
    metric_deadlocks = canned("Deadlocks", "The average number of deadlocks per second")
    metric_engine_uptime = canned("EngineUptime", "The time the instance has been running")
    metric_freeable_memory = canned("FreeableMemory", "The available random access memory")
    metric_free_local_storage = canned("FreeLocalStorage", "The available local storage")
    metric_network_receive_throughput = canned("NetworkReceiveThroughput", "The incoming network traffic")
    metric_network_throughput = canned("NetworkThroughput", "The network throughput")
    metric_network_transmit_throughput = canned("NetworkTransmitThroughput", "The outgoing network traffic")
    metric_snapshot_storage_used = canned("SnapshotStorageUsed", "The storage used by snapshots")
    metric_total_backup_storage_billed = canned("TotalBackupStorageBilled", "The billed backup storage")
    metric_volume_bytes_used = canned("VolumeBytesUsed", "The storage used by the cluster volume")
    metric_volume_read_io_ps = canned("VolumeReadIOPs", "The billed read I/O operations")
    metric_volume_write_io_ps = canned("VolumeWriteIOPs", "The billed write I/O operations")


class _ImportedCluster(DatabaseClusterBase):
    def __init__(self, scope: Construct, id: str, attrs: dict[str, Any]) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        self.cluster_identifier = attrs["cluster_identifier"]
        self._resource_id = attrs["cluster_resource_identifier"]
        port = attrs["port"]
        self.connections = ec2.Connections(
            security_groups=list(attrs["security_groups"] or []),
            default_port=ec2.Port.tcp(port) if port else None,
        )
        self.engine = attrs["engine"]
        self.secret = attrs["secret"]
        self._enable_data_api = attrs["data_api_enabled"] if attrs["data_api_enabled"] is not None else False
        address, reader = attrs["cluster_endpoint_address"], attrs["reader_endpoint_address"]
        self._endpoint_value = Endpoint(address, port) if address and port else None
        self._read_endpoint_value = Endpoint(reader, port) if reader and port else None
        identifiers = attrs["instance_identifiers"]
        self._instance_identifiers_value = list(identifiers) if identifiers else None
        addresses = attrs["instance_endpoint_addresses"]
        self._instance_endpoints_value = [Endpoint(a, port) for a in addresses] if addresses and port else None

    @property
    def cluster_resource_identifier(self) -> str:
        """The cluster's resource id."""
        if not self._resource_id:
            raise ValidationError(
                "Cannot access `clusterResourceIdentifier` of an imported cluster without a clusterResourceIdentifier",
                self,
            )
        value: str = self._resource_id
        return value


_NEW_NAMES = (
    "engine", "auto_minor_version_upgrade", "backtrack_window", "backup", "cloudwatch_logs_exports",
    "cloudwatch_logs_retention", "cloudwatch_logs_retention_role", "cluster_identifier", "cluster_scailability_type",
    "cluster_scalability_type", "copy_tags_to_snapshot", "credentials", "database_insights_mode",
    "default_database_name", "delete_automated_backups", "deletion_protection", "domain", "domain_role",
    "enable_cluster_level_enhanced_monitoring", "enable_data_api", "enable_local_write_forwarding",
    "enable_performance_insights", "engine_lifecycle_support", "iam_authentication", "instance_identifier_base",
    "instance_props", "instances", "instance_update_behaviour", "manage_master_user_password", "monitoring_interval",
    "monitoring_role", "network_type", "parameter_group", "parameters", "performance_insight_encryption_key",
    "performance_insight_retention", "port", "preferred_maintenance_window", "readers", "removal_policy",
    "s3_export_buckets", "s3_export_role", "s3_import_buckets", "s3_import_role", "security_groups",
    "serverless_v2_auto_pause_duration", "serverless_v2_max_capacity", "serverless_v2_min_capacity",
    "storage_encrypted", "storage_encryption_key", "storage_type", "subnet_group", "vpc", "vpc_subnets", "writer",
)
_CAPACITY = re.compile(r"^[0-9]+\.?5?$")


def _js_num(x: int | float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


_XLARGE_MEMORY = {
    "m5": 16, "m5d": 16, "m6g": 16, "t4g": 16, "t3": 16, "m4": 16, "r6g": 32, "r5": 32, "r5b": 32, "r5d": 32,
    "r4": 30.5, "x2g": 64, "x1e": 122, "x1": 61, "z1d": 32,
}
_TPC_SIZES = (
    "db.r5.2xlarge.tpc2.mem8x", "db.r5.4xlarge.tpc2.mem3x", "db.r5.4xlarge.tpc2.mem4x", "db.r5.6xlarge.tpc2.mem4x",
    "db.r5.8xlarge.tpc2.mem3x", "db.r5.12xlarge.tpc2.mem2x",
)


def _size_supported_by_serverless_v2(instance_size: str | None, max_capacity: float) -> bool:
    """Whether serverless v2 instances of ``max_capacity`` ACUs can match a provisioned ``instance_size``."""
    size_text = instance_size or ""
    max_mem = max_capacity * 2
    parts = size_text.split(".")
    if len(parts) == 2:
        kind, size = parts
        per_xlarge = _XLARGE_MEMORY.get(kind)
        if size.endswith("xlarge"):
            if per_xlarge is None:
                return True  # JavaScript compares NaN/undefined, which is never greater
            mem = per_xlarge if size == "xlarge" else float(size[:-6] or "nan") * per_xlarge
            if mem > max_mem:
                return False
        else:
            return True
    elif size_text in _TPC_SIZES:
        return False
    return True


class _DatabaseClusterNew(DatabaseClusterBase):
    """What new clusters share: networking, engine binding, S3 roles, capacity, insights, monitoring."""

    def __init__(self, scope: Construct, id: str, p: dict[str, Any]) -> None:
        from l2 import ec2, iam
        from l2.rds._parameter_group import ParameterGroup
        from l2.rds._subnet_group import SubnetGroup

        super().__init__(scope, id)
        if p["cluster_scalability_type"] is not None and p["cluster_scailability_type"] is not None:
            raise ValidationError(
                "You cannot specify both clusterScalabilityType and clusterScailabilityType (deprecated). Use "
                "clusterScalabilityType.",
                self,
            )
        instance_props: InstanceProps | None = p["instance_props"]
        if (p["vpc"] is not None and instance_props is not None) or (p["vpc"] is None and instance_props is None):
            raise ValidationError("Provide either vpc or instanceProps.vpc, but not both", self)
        if p["vpc_subnets"] is not None and instance_props is not None and instance_props.vpc_subnets is not None:
            raise ValidationError("Provide either vpcSubnets or instanceProps.vpcSubnets, but not both", self)
        self.vpc: IVpc = instance_props.vpc if instance_props is not None else p["vpc"]
        self.vpc_subnets: SubnetSelection | None = (
            instance_props.vpc_subnets if instance_props is not None and instance_props.vpc_subnets else p["vpc_subnets"]
        )
        self.cloudwatch_log_groups: dict[str, ILogGroup] = {}
        engine: IClusterEngine = p["engine"]
        self.engine = engine
        self._max_capacity = p["serverless_v2_max_capacity"] if p["serverless_v2_max_capacity"] is not None else 2
        self._min_capacity = p["serverless_v2_min_capacity"] if p["serverless_v2_min_capacity"] is not None else 0.5
        self._auto_pause: Duration | None = p["serverless_v2_auto_pause_duration"]
        self._enable_data_api = p["enable_data_api"]
        self._has_serverless_instance = False
        self._manage_master_user_password = bool(p["manage_master_user_password"])
        subnet_ids = self.vpc.select_subnets(
            **(_util.selection_kwargs(self.vpc_subnets) if self.vpc_subnets else {})
        ).subnet_ids
        if len(subnet_ids) < 2:
            Annotations.of(self).add_error(f"Cluster requires at least 2 subnets, got {len(subnet_ids)}")
        self._subnet_group: ISubnetGroup = p["subnet_group"] or SubnetGroup(
            self,
            "Subnets",
            description=f"Subnets for {id} database",
            vpc=self.vpc,
            vpc_subnets=self.vpc_subnets,
            removal_policy=_util.render_unless(_util.helper_removal_policy(p["removal_policy"]), RemovalPolicy.DESTROY),
        )
        self.security_groups: list[ISecurityGroup] = list(
            (instance_props.security_groups if instance_props is not None else None)
            or p["security_groups"]
            or [ec2.SecurityGroup(self, "SecurityGroup", description="RDS security group", vpc=self.vpc)]
        )
        combine = engine.combine_import_and_export_roles or False
        import_role, export_role = _util.setup_s3_import_export(
            self,
            s3_import_role=p["s3_import_role"],
            s3_export_role=p["s3_export_role"],
            s3_import_buckets=p["s3_import_buckets"],
            s3_export_buckets=p["s3_export_buckets"],
            combine_roles=combine,
        )
        if p["parameter_group"] is not None and p["parameters"] is not None:
            raise ValidationError("You cannot specify both parameterGroup and parameters", self)
        group = p["parameter_group"] or (
            ParameterGroup(self, "ParameterGroup", engine=engine, parameters=p["parameters"])
            if p["parameters"] is not None
            else None
        )
        config = engine.bind_to_cluster(
            self, s3_import_role=import_role, s3_export_role=export_role, parameter_group=group
        )
        roles: list[CfnDBCluster.DBClusterRoleProperty] = []
        features = config.features
        if import_role is not None:
            roles.append(CfnDBCluster.DBClusterRoleProperty(
                role_arn=import_role.role_arn, feature_name=features.s3_import if features else None))
        if export_role is not None and (
            export_role is not import_role
            or (features.s3_import if features else None) != (features.s3_export if features else None)
        ):
            roles.append(CfnDBCluster.DBClusterRoleProperty(
                role_arn=export_role.role_arn, feature_name=features.s3_export if features else None))
        cluster_group = p["parameter_group"] or config.parameter_group
        cluster_pg_name = cluster_group.bind_to_cluster().parameter_group_name if cluster_group is not None else None
        identifier = p["cluster_identifier"]
        if (
            identifier is not None
            and FeatureFlags.of(self).is_enabled(RDS_LOWERCASE_DB_IDENTIFIER)
            and not Token.is_unresolved(identifier)
        ):
            identifier = identifier.lower()
        domain_role = None
        if p["domain"]:
            domain_role = p["domain_role"] or iam.Role(
                self,
                "RDSClusterDirectoryServiceRole",
                assumed_by=iam.CompositePrincipal(
                    iam.ServicePrincipal("rds.amazonaws.com"),
                    iam.ServicePrincipal("directoryservice.rds.amazonaws.com"),
                ),
                managed_policies=[
                    iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonRDSDirectoryServiceAccess")
                ],
            )
        self._validate_serverless_scaling(config.features)
        epi = p["enable_performance_insights"]
        pi_enabled = bool(
            epi
            or p["performance_insight_retention"] is not None
            or p["performance_insight_encryption_key"] is not None
            or p["database_insights_mode"] is DatabaseInsightsMode.ADVANCED
        )
        self.performance_insights_enabled = pi_enabled
        self.performance_insight_retention: PerformanceInsightRetention | None = (
            (p["performance_insight_retention"] or PerformanceInsightRetention.DEFAULT) if pi_enabled else None
        )
        self.performance_insight_encryption_key: IKey | None = p["performance_insight_encryption_key"]
        interval: Duration | None = p["monitoring_interval"]
        self.monitoring_role: IRole | None = p["monitoring_role"]
        if self.monitoring_role is None and interval is not None and interval.to_seconds():
            self.monitoring_role = iam.Role(
                self,
                "MonitoringRole",
                assumed_by=iam.ServicePrincipal("monitoring.rds.amazonaws.com"),
                managed_policies=[
                    iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonRDSEnhancedMonitoringRole")
                ],
            )
        cluster_level = p["enable_cluster_level_enhanced_monitoring"]
        if cluster_level and interval is None:
            raise ValidationError(
                "`monitoringInterval` must be set when `enableClusterLevelEnhancedMonitoring` is true.", self
            )
        if interval is not None and not interval.is_unresolved() and interval.to_seconds() not in (0, 1, 5, 10, 15, 30, 60):
            raise ValidationError(
                "'monitoringInterval' must be one of 0, 1, 5, 10, 15, 30, or 60 seconds, got: "
                f"{_js_num(interval.to_seconds())} seconds.",
                self,
            )
        backup: BackupProps | None = p["backup"]
        key: IKey | None = p["storage_encryption_key"]
        scalability = p["cluster_scalability_type"] or p["cluster_scailability_type"]
        exports = p["cloudwatch_logs_exports"]
        self._new_props: dict[str, Any] = {
            "engine": engine.engine_type,
            "engine_version": engine.engine_version.full_version if engine.engine_version else None,
            "db_cluster_identifier": identifier,
            "db_subnet_group_name": self._subnet_group.subnet_group_name,
            "vpc_security_group_ids": [sg.security_group_id for sg in self.security_groups],
            "port": p["port"] if p["port"] is not None else config.port,
            "db_cluster_parameter_group_name": cluster_pg_name,
            "associated_roles": roles or None,
            "deletion_protection": _util.default_deletion_protection(p["deletion_protection"], p["removal_policy"]),
            "enable_iam_database_authentication": p["iam_authentication"],
            "enable_http_endpoint": Lazy.any(lambda: self._enable_data_api),
            "network_type": p["network_type"].value if p["network_type"] is not None else None,
            "serverless_v2_scaling_configuration": Lazy.any(self._render_scaling),
            "storage_type": p["storage_type"].value if p["storage_type"] is not None else None,
            "enable_local_write_forwarding": p["enable_local_write_forwarding"],
            "cluster_scalability_type": scalability.value if scalability is not None else None,
            "backtrack_window": p["backtrack_window"].to_seconds() if p["backtrack_window"] is not None else None,
            "backup_retention_period": backup.retention.to_days() if backup is not None else None,
            "preferred_backup_window": backup.preferred_window if backup is not None else None,
            "preferred_maintenance_window": p["preferred_maintenance_window"],
            "database_name": p["default_database_name"],
            "enable_cloudwatch_logs_exports": list(exports) if exports is not None else None,
            "kms_key_id": key.key_arn if key is not None else None,
            "storage_encrypted": True if key is not None else p["storage_encrypted"],
            "copy_tags_to_snapshot": p["copy_tags_to_snapshot"] if p["copy_tags_to_snapshot"] is not None else True,
            "domain": p["domain"] or None,
            "domain_iam_role_name": domain_role.role_name if domain_role is not None else None,
            "performance_insights_enabled": True if pi_enabled else epi,
            "performance_insights_kms_key_id": self.performance_insight_encryption_key.key_arn
            if self.performance_insight_encryption_key is not None
            else None,
            "performance_insights_retention_period": self.performance_insight_retention.value
            if self.performance_insight_retention is not None
            else None,
            "database_insights_mode": p["database_insights_mode"].value
            if p["database_insights_mode"] is not None
            else None,
            "auto_minor_version_upgrade": p["auto_minor_version_upgrade"],
            "monitoring_interval": interval.to_seconds() if cluster_level and interval is not None else None,
            "monitoring_role_arn": self.monitoring_role.role_arn
            if cluster_level and self.monitoring_role is not None
            else None,
            "engine_lifecycle_support": p["engine_lifecycle_support"].value
            if p["engine_lifecycle_support"] is not None
            else None,
            "delete_automated_backups": p["delete_automated_backups"],
        }

    def _render_scaling(self) -> Any:
        if not self._has_serverless_instance:
            return None
        return CfnDBCluster.ServerlessV2ScalingConfigurationProperty(
            min_capacity=self._min_capacity,
            max_capacity=self._max_capacity,
            seconds_until_auto_pause=self._auto_pause.to_seconds() if self._auto_pause is not None else None,
        )

    def _validate_serverless_scaling(self, features: Any) -> None:
        max_c, min_c = self._max_capacity, self._min_capacity
        max_ok, min_ok = not Token.is_unresolved(max_c), not Token.is_unresolved(min_c)
        if max_ok and (max_c > 256 or max_c < 1):
            raise ValidationError("serverlessV2MaxCapacity must be >= 1 & <= 256", self)
        if min_ok and (min_c > 256 or min_c < 0):
            raise ValidationError("serverlessV2MinCapacity must be >= 0 & <= 256", self)
        if max_ok and min_ok and max_c < min_c:
            raise ValidationError("serverlessV2MaxCapacity must be greater than serverlessV2MinCapacity", self)
        if (max_ok and not _CAPACITY.match(_js_num(max_c))) or (min_ok and not _CAPACITY.match(_js_num(min_c))):
            raise ValidationError(
                "serverlessV2MinCapacity & serverlessV2MaxCapacity must be in 0.5 step increments, received min: "
                f"{_js_num(min_c)}, max: {_js_num(max_c)}",
                self,
            )
        if self._auto_pause is not None:
            if not (features and features.serverless_v2_auto_pause_supported):
                engine = self.engine
                full = engine.engine_version.full_version if engine and engine.engine_version else None
                raise ValidationError(
                    f"serverlessV2 auto-pause feature is not supported by {engine.engine_type if engine else None} "
                    f"{full}.",
                    self,
                )
            seconds = self._auto_pause.to_seconds()
            if not self._auto_pause.is_unresolved() and (seconds < 300 or seconds > 86400):
                raise ValidationError(
                    "serverlessV2AutoPause must be between 300 seconds (5 minutes) and 86,400 seconds (24 hours), "
                    f"received {_js_num(seconds)} seconds",
                    self,
                )

    @property
    def subnet_group(self) -> ISubnetGroup:
        """The cluster's subnet group."""
        return self._subnet_group

    def _finish(self, cluster: CfnDBCluster, p: dict[str, Any]) -> None:
        from l2 import ec2

        self.cluster_identifier = cluster.ref
        self._cluster_resource_identifier = cluster.attr_db_cluster_resource_id
        port = Token.as_number(cluster.attr_endpoint_port)
        self.cluster_endpoint = Endpoint(cluster.attr_endpoint_address, port)
        self.cluster_read_endpoint = Endpoint(cluster.attr_read_endpoint_address, port)
        self.connections = ec2.Connections(
            security_groups=self.security_groups, default_port=ec2.Port.tcp(self.cluster_endpoint.port)
        )
        cluster.apply_removal_policy(p["removal_policy"] or RemovalPolicy.SNAPSHOT)
        self._set_log_retention(p)

    def _set_log_retention(self, p: dict[str, Any]) -> None:
        from l2 import logs

        exports = p["cloudwatch_logs_exports"]
        if not exports:
            return
        supported = self.engine.supported_log_types if self.engine else []
        unsupported = [t for t in exports if t not in supported]
        if unsupported:
            raise ValidationError(f"Unsupported logs for the current engine type: {','.join(unsupported)}", self)
        if p["cloudwatch_logs_retention"]:
            for log in exports:
                name = f"/aws/rds/cluster/{self.cluster_identifier}/{log}"
                logs.LogRetention(
                    self, f"LogRetention{log}", log_group_name=name, retention=p["cloudwatch_logs_retention"],
                    role=p["cloudwatch_logs_retention_role"],
                )
                self.cloudwatch_log_groups[log] = logs.LogGroup.from_log_group_name(
                    self, f"LogGroup{self.cluster_identifier}{log}", name
                )

    def _create_instances(self, p: dict[str, Any]) -> tuple[list[str], list[Endpoint]]:
        cluster_level = p["enable_cluster_level_enhanced_monitoring"]
        removal = p["removal_policy"] or RemovalPolicy.SNAPSHOT
        interval = None if cluster_level else p["monitoring_interval"]
        role = None if cluster_level else self.monitoring_role
        writer = p["writer"].bind(
            self, self, monitoring_interval=interval, monitoring_role=role, removal_policy=removal,
            subnet_group=self._subnet_group, promotion_tier=0,
        )
        identifiers = [writer.instance_identifier]
        endpoints = [Endpoint(writer.db_instance_endpoint_address, self.cluster_endpoint.port)]
        readers = []
        for reader in p["readers"] or []:
            inst = reader.bind(
                self, self, monitoring_interval=interval, monitoring_role=role, removal_policy=removal,
                subnet_group=self._subnet_group,
            )
            readers.append(inst)
            inst.node.add_dependency(writer)
            if inst.tier < 2:
                self._validate_reader_instance(writer, inst)
            endpoints.append(Endpoint(inst.db_instance_endpoint_address, self.cluster_endpoint.port))
            identifiers.append(inst.instance_identifier)
        self._validate_cluster_instances(writer, readers)
        return identifiers, endpoints

    def _validate_reader_instance(self, writer: Any, reader: Any) -> None:
        if (
            writer.type is InstanceType.PROVISIONED
            and reader.type is InstanceType.SERVERLESS_V2
            and not Token.is_unresolved(self._max_capacity)
            and not _size_supported_by_serverless_v2(writer.instance_size, self._max_capacity)
        ):
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-rds:serverlessInstanceCantScaleWithWriter",
                "For high availability any serverless instances in promotion tiers 0-1 should be able to scale to "
                "match the provisioned instance capacity.\n"
                f"Serverless instance {reader.node.id} is in promotion tier {_js_num(reader.tier)},\n"
                f"But can not scale to match the provisioned writer instance ({writer.instance_size})",
            )

    def _validate_cluster_instances(self, writer: Any, readers: list[Any]) -> None:
        if writer.type is InstanceType.SERVERLESS_V2:
            self._has_serverless_instance = True
        self._validate_performance_insights(writer.node.id, writer)
        if not readers:
            return
        ordered = sorted(readers, key=lambda r: r.tier)
        highest = ordered[0].tier
        has_provisioned = no_failover = serverless_in_highest = has_serverless = False
        no_failover = True
        mismatched = []
        for reader in ordered:
            if reader.type is InstanceType.SERVERLESS_V2:
                has_serverless = True
                self._has_serverless_instance = True
            else:
                has_provisioned = True
                if reader.instance_size != writer.instance_size:
                    mismatched.append(reader)
            if reader.tier == highest and reader.type is InstanceType.SERVERLESS_V2:
                serverless_in_highest = True
            if reader.tier <= 1:
                no_failover = False
            self._validate_performance_insights(reader.node.id, reader)
        if has_serverless and not has_provisioned:
            if no_failover:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-rds:noFailoverServerlessReaders",
                    f"Cluster {self.node.id} only has serverless readers and no reader is in promotion tier 0-1."
                    "Serverless readers in promotion tiers >= 2 will NOT scale with the writer, which can lead to "
                    "availability issues if a failover event occurs. It is recommended that at least one reader has "
                    "`scaleWithWriter` set to true",
                )
        else:
            if serverless_in_highest and highest > 1:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-rds:serverlessInHighestTier2-15",
                    f"There are serverlessV2 readers in tier {_js_num(highest)}. Since there are no instances in a "
                    "higher tier, any instance in this tier is a failover target. Since this tier is > 1 the "
                    "serverless reader will not scale with the writer which could lead to availability issues during "
                    "failover.",
                )
            if mismatched and writer.type is InstanceType.PROVISIONED:
                sizes = ", ".join(str(r.instance_size) for r in mismatched)
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-rds:provisionedReadersDontMatchWriter",
                    f"There are provisioned readers in the highest promotion tier {_js_num(highest)} that do not have "
                    "the same InstanceSize as the writer. Any of these instances could be chosen as the new writer in "
                    f"the event of a failover.\nWriter InstanceSize: {writer.instance_size}\n"
                    f"Reader InstanceSizes: {sizes}",
                )

    def _validate_performance_insights(self, node_id: str | None, instance: Any) -> None:
        target = f"instance '{node_id}'" if node_id else "`instanceProps`"
        if self.performance_insights_enabled and instance.performance_insights_enabled is False:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-rds:instancePerformanceInsightsOverridden",
                f"Performance Insights is enabled on cluster '{self.node.id}' at cluster level, but disabled for "
                f"{target}. However, Performance Insights for this instance will also be automatically enabled if "
                "enabled at cluster level.",
            )
        mine, theirs = self.performance_insight_retention, instance.performance_insight_retention
        if mine is not None and theirs is not None and theirs is not mine:
            raise ValidationError(
                "`performanceInsightRetention` for each instance must be the same as the one at cluster level, got "
                f"{target}: {theirs.value}, cluster: {mine.value}",
                self,
            )

    def _legacy_create_instances(self, p: dict[str, Any]) -> tuple[list[str], list[Endpoint]]:
        from l2 import ec2
        from l2.rds._parameter_group import ParameterGroup

        count = p["instances"] if p["instances"] is not None else 2
        behaviour = p["instance_update_behaviour"] or InstanceUpdateBehaviour.BULK
        if Token.is_unresolved(count):
            raise ValidationError(
                "The number of instances an RDS Cluster consists of cannot be provided as a deploy-time only value!",
                self,
            )
        if count < 1:
            raise ValidationError("At least one instance is required", self)
        ip: InstanceProps = p["instance_props"]
        internet = ip.vpc.select_subnets(
            **(_util.selection_kwargs(ip.vpc_subnets) if ip.vpc_subnets else {})
        ).internet_connectivity_established
        enabled = bool(ip.enable_performance_insights) or ip.performance_insight_retention is not None or (
            ip.performance_insight_encryption_key is not None
        )
        if enabled and ip.enable_performance_insights is False:
            raise ValidationError(
                "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or "
                "`performanceInsightEncryptionKey` was set",
                self,
            )
        retention = (ip.performance_insight_retention or PerformanceInsightRetention.DEFAULT) if enabled else None
        instance_type = ip.instance_type or ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM)
        if ip.parameter_group is not None and ip.parameters is not None:
            raise ValidationError("You cannot specify both parameterGroup and parameters", self)
        group = ip.parameter_group or (
            ParameterGroup(self, "InstanceParameterGroup", engine=self.engine, parameters=ip.parameters)  # type: ignore[arg-type]
            if ip.parameters is not None
            else None
        )
        pg_name = group.bind_to_instance().parameter_group_name if group is not None else None
        cluster_level = p["enable_cluster_level_enhanced_monitoring"]
        interval: Duration | None = p["monitoring_interval"]
        identifiers: list[str] = []
        endpoints: list[Endpoint] = []
        created: list[CfnDBInstance] = []
        assert self.engine is not None
        for i in range(1, int(count) + 1):
            if p["instance_identifier_base"] is not None:
                ident = f"{p['instance_identifier_base']}{i}"
            elif p["cluster_identifier"] is not None:
                ident = f"{p['cluster_identifier']}instance{i}"
            else:
                ident = None
            public = ip.publicly_accessible
            if public is None and ip.vpc_subnets is not None:
                public = ip.vpc_subnets.subnet_type is ec2.SubnetType.PUBLIC
            inst = CfnDBInstance(
                self,
                f"Instance{i}",
                engine=self.engine.engine_type,
                db_cluster_identifier=self.cluster_identifier,
                db_instance_identifier=ident,
                db_instance_class="db." + instance_type.to_string(),
                publicly_accessible=public,
                enable_performance_insights=True if enabled else ip.enable_performance_insights,
                performance_insights_kms_key_id=ip.performance_insight_encryption_key.key_arn
                if ip.performance_insight_encryption_key is not None
                else None,
                performance_insights_retention_period=retention.value if retention is not None else None,
                db_subnet_group_name=self._subnet_group.subnet_group_name,
                db_parameter_group_name=pg_name,
                monitoring_interval=None if cluster_level or interval is None else interval.to_seconds(),
                monitoring_role_arn=None
                if cluster_level or self.monitoring_role is None
                else self.monitoring_role.role_arn,
                auto_minor_version_upgrade=ip.auto_minor_version_upgrade,
                allow_major_version_upgrade=ip.allow_major_version_upgrade,
                delete_automated_backups=ip.delete_automated_backups,
                preferred_maintenance_window=ip.preferred_maintenance_window,
            )
            inst.apply_removal_policy(_util.helper_removal_policy(p["removal_policy"]))
            inst.node.add_dependency(internet)
            identifiers.append(inst.ref)
            endpoints.append(Endpoint(inst.attr_endpoint_address, self.cluster_endpoint.port))
            created.append(inst)
        if behaviour is InstanceUpdateBehaviour.ROLLING:
            for a, b in zip(created[1:], created[:-1], strict=True):
                a.node.add_dependency(b)
        return identifiers, endpoints

    def add_rotation_single_user(
        self,
        *,
        automatically_after: Duration | None = None,
        endpoint: IInterfaceVpcEndpoint | None = None,
        exclude_characters: str | None = None,
        rotate_immediately_on_update: bool | None = None,
        security_group: ISecurityGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> SecretRotation:
        """Rotate the master secret with the engine's single-user application (id ``RotationSingleUser``).

        Args:
            automatically_after: the rotation interval (default 30 days).
            endpoint: the Secrets Manager interface endpoint.
            exclude_characters: characters new passwords leave out.
            rotate_immediately_on_update: rotate when the rotation is created or changed.
            security_group: the rotation function's security group.
            vpc_subnets: where the rotation function runs (default the cluster's subnets).
        """
        from l2 import secretsmanager

        if self._manage_master_user_password:
            raise ValidationError(
                "Cannot add rotation when `manageMasterUserPassword` is enabled. RDS automatically rotates the "
                "master password when it manages the secret.",
                self,
            )
        if self.secret is None:
            raise ValidationError("Cannot add a single user rotation for a cluster without a secret.", self)
        if self.node.try_find_child("RotationSingleUser") is not None:
            raise ValidationError("A single user rotation was already added to this cluster.", self)
        assert self.engine is not None
        return secretsmanager.SecretRotation(
            self,
            "RotationSingleUser",
            secret=self.secret,
            application=self.engine.single_user_rotation_application,
            vpc=self.vpc,
            target=self,
            automatically_after=automatically_after,
            endpoint=endpoint,
            exclude_characters=exclude_characters
            if exclude_characters is not None
            else _util.DEFAULT_PASSWORD_EXCLUDE_CHARS,
            rotate_immediately_on_update=rotate_immediately_on_update,
            security_group=security_group,
            vpc_subnets=vpc_subnets if vpc_subnets is not None else self.vpc_subnets,
        )

    def add_rotation_multi_user(
        self,
        id: str,
        *,
        secret: ISecret,
        automatically_after: Duration | None = None,
        endpoint: IInterfaceVpcEndpoint | None = None,
        exclude_characters: str | None = None,
        rotate_immediately_on_update: bool | None = None,
        security_group: ISecurityGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> SecretRotation:
        """Rotate a user's ``secret`` with the master secret (the engine's multi-user application).

        Args:
            id: the rotation's construct id.
            secret: the user's secret.
            automatically_after: the rotation interval (default 30 days).
            endpoint: the Secrets Manager interface endpoint.
            exclude_characters: characters new passwords leave out.
            rotate_immediately_on_update: rotate when the rotation is created or changed.
            security_group: the rotation function's security group.
            vpc_subnets: where the rotation function runs (default the cluster's subnets).
        """
        from l2 import secretsmanager

        if self._manage_master_user_password:
            raise ValidationError(
                "Cannot add rotation when `manageMasterUserPassword` is enabled. RDS automatically rotates the "
                "master password when it manages the secret.",
                self,
            )
        if self.secret is None:
            raise ValidationError("Cannot add a multi user rotation for a cluster without a secret.", self)
        assert self.engine is not None
        return secretsmanager.SecretRotation(
            self,
            id,
            secret=secret,
            master_secret=self.secret,
            application=self.engine.multi_user_rotation_application,
            vpc=self.vpc,
            target=self,
            automatically_after=automatically_after,
            endpoint=endpoint,
            exclude_characters=exclude_characters
            if exclude_characters is not None
            else _util.DEFAULT_PASSWORD_EXCLUDE_CHARS,
            rotate_immediately_on_update=rotate_immediately_on_update,
            security_group=security_group,
            vpc_subnets=vpc_subnets if vpc_subnets is not None else self.vpc_subnets,
        )

    @property
    def single_user_rotation_application(self) -> SecretRotationApplication:
        """The engine's single-user rotation application."""
        assert self.engine is not None
        return self.engine.single_user_rotation_application

    @property
    def multi_user_rotation_application(self) -> SecretRotationApplication:
        """The engine's multi-user rotation application."""
        assert self.engine is not None
        return self.engine.multi_user_rotation_application

    metric_serverless_database_capacity = canned("ServerlessDatabaseCapacity", "The Aurora Serverless capacity")
    metric_acu_utilization = canned("ACUUtilization", "The percentage of the maximum ACUs used")


class DatabaseCluster(_DatabaseClusterNew):
    """An Aurora cluster (``AWS::RDS::DBCluster``) with its writer and readers.

    Args:
        scope: the parent construct.
        id: the construct id.
        engine: the engine.
        auto_minor_version_upgrade: apply minor upgrades automatically.
        backtrack_window: the backtrack window (Aurora MySQL).
        backup: automated backups.
        cloudwatch_logs_exports: the logs exported to CloudWatch Logs.
        cloudwatch_logs_retention: how long exported logs are kept.
        cloudwatch_logs_retention_role: the log retention function's role.
        cluster_identifier: the cluster identifier.
        cluster_scailability_type: deprecated spelling of ``cluster_scalability_type``.
        cluster_scalability_type: standard or Limitless Database.
        copy_tags_to_snapshot: copy tags to snapshots (default ``True``).
        credentials: the master user (default a generated secret).
        database_insights_mode: the Database Insights mode.
        default_database_name: the database created with the cluster.
        delete_automated_backups: delete automated backups with the cluster.
        deletion_protection: deletion protection (default on when retained).
        domain: the Active Directory domain.
        domain_role: the directory service role.
        enable_cluster_level_enhanced_monitoring: enhanced monitoring at cluster level.
        enable_data_api: the Data API.
        enable_local_write_forwarding: local write forwarding (Aurora MySQL).
        enable_performance_insights: Performance Insights.
        engine_lifecycle_support: RDS Extended Support.
        iam_authentication: IAM database authentication.
        instance_identifier_base: the prefix of legacy instance identifiers.
        instance_props: the instances of the legacy API.
        instances: the number of legacy instances (default 2).
        instance_update_behaviour: how legacy instances update.
        manage_master_user_password: let RDS manage the master password.
        monitoring_interval: the enhanced monitoring interval.
        monitoring_role: the enhanced monitoring role.
        network_type: IPv4 or dual-stack.
        parameter_group: the cluster parameter group.
        parameters: parameters of a new cluster parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: the Performance Insights retention.
        port: the port (default the engine's).
        preferred_maintenance_window: the weekly maintenance window.
        readers: the readers.
        removal_policy: what happens on removal (default SNAPSHOT).
        s3_export_buckets: buckets a new S3 export role may write.
        s3_export_role: the S3 export role.
        s3_import_buckets: buckets a new S3 import role may read.
        s3_import_role: the S3 import role.
        security_groups: the security groups (default a new one).
        serverless_v2_auto_pause_duration: idle time before Serverless v2 instances pause.
        serverless_v2_max_capacity: the Serverless v2 maximum ACUs (default 2).
        serverless_v2_min_capacity: the Serverless v2 minimum ACUs (default 0.5).
        storage_encrypted: encrypt the storage.
        storage_encryption_key: the storage key.
        storage_type: standard or I/O-optimized storage.
        subnet_group: the subnet group (default a new one).
        vpc: the VPC.
        vpc_subnets: the subnets.
        writer: the writer.
        replication_source_identifier: the source of a cross-region read replica.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseCluster"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IClusterEngine,
        auto_minor_version_upgrade: bool | None = None,
        backtrack_window: Duration | None = None,
        backup: BackupProps | None = None,
        cloudwatch_logs_exports: Sequence[str] | None = None,
        cloudwatch_logs_retention: RetentionDays | None = None,
        cloudwatch_logs_retention_role: IRole | None = None,
        cluster_identifier: str | None = None,
        cluster_scailability_type: ClusterScailabilityType | None = None,
        cluster_scalability_type: ClusterScalabilityType | None = None,
        copy_tags_to_snapshot: bool | None = None,
        credentials: Credentials | None = None,
        database_insights_mode: DatabaseInsightsMode | None = None,
        default_database_name: str | None = None,
        delete_automated_backups: bool | None = None,
        deletion_protection: bool | None = None,
        domain: str | None = None,
        domain_role: IRole | None = None,
        enable_cluster_level_enhanced_monitoring: bool | None = None,
        enable_data_api: bool | None = None,
        enable_local_write_forwarding: bool | None = None,
        enable_performance_insights: bool | None = None,
        engine_lifecycle_support: EngineLifecycleSupport | None = None,
        iam_authentication: bool | None = None,
        instance_identifier_base: str | None = None,
        instance_props: InstanceProps | None = None,
        instances: int | float | None = None,
        instance_update_behaviour: InstanceUpdateBehaviour | None = None,
        manage_master_user_password: bool | None = None,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        network_type: NetworkType | None = None,
        parameter_group: IParameterGroup | None = None,
        parameters: Mapping[str, str] | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        port: int | float | None = None,
        preferred_maintenance_window: str | None = None,
        readers: Sequence[IClusterInstance] | None = None,
        removal_policy: RemovalPolicy | None = None,
        s3_export_buckets: Sequence[IBucket] | None = None,
        s3_export_role: IRole | None = None,
        s3_import_buckets: Sequence[IBucket] | None = None,
        s3_import_role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        serverless_v2_auto_pause_duration: Duration | None = None,
        serverless_v2_max_capacity: int | float | None = None,
        serverless_v2_min_capacity: int | float | None = None,
        storage_encrypted: bool | None = None,
        storage_encryption_key: IKey | None = None,
        storage_type: DBClusterStorageType | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        writer: IClusterInstance | None = None,
        replication_source_identifier: str | None = None,
    ) -> None:
        p = dict(locals())
        super().__init__(scope, id, p)
        if manage_master_user_password:
            _util.validate_managed_password_credentials(self, credentials)
        can_have_credentials = replication_source_identifier is None
        if manage_master_user_password and not can_have_credentials:
            raise ValidationError(
                "cannot use `manageMasterUserPassword` with `replicationSourceIdentifier`; read replicas inherit "
                "credentials from the source cluster",
                self,
            )
        secret = None
        password = None
        master_secret = None
        username: str | None
        if manage_master_user_password:
            username = (credentials.username if credentials else None) or engine.default_username or "admin"
            if credentials is not None and credentials.encryption_key is not None:
                master_secret = CfnDBCluster.MasterUserSecretProperty(kms_key_id=credentials.encryption_key.key_arn)
        else:
            rendered = _util.render_credentials(self, engine, credentials)
            secret = rendered.secret
            username = rendered.username if can_have_credentials else None
            password = (
                rendered.password.unsafe_unwrap() if can_have_credentials and rendered.password is not None else None
            )
        cluster = CfnDBCluster(
            self,
            "Resource",
            **self._new_props,
            master_username=username,
            master_user_password=password,
            manage_master_user_password=manage_master_user_password,
            master_user_secret=master_secret,
            replication_source_identifier=replication_source_identifier,
        )
        self.cluster_identifier = cluster.ref
        self._cluster_resource_identifier = cluster.attr_db_cluster_resource_id
        self._finish_secret(cluster, manage_master_user_password, credentials.encryption_key if credentials else None,
                            secret)
        self._finish(cluster, p)
        limitless = ClusterScalabilityType.LIMITLESS
        if cluster_scalability_type is not limitless and cluster_scailability_type is not ClusterScailabilityType.LIMITLESS:
            if (writer is not None or readers is not None) and (instances is not None or instance_props is not None):
                raise ValidationError(
                    "Cannot provide writer or readers if instances or instanceProps are provided", self
                )
            if instance_props is None and writer is None:
                raise ValidationError("writer must be provided", self)
            ids, endpoints = self._create_instances(p) if writer is not None else self._legacy_create_instances(p)
            self.instance_identifiers = ids
            self.instance_endpoints = endpoints
        else:
            self.instance_identifiers = []
            self.instance_endpoints = []

    def _finish_secret(self, cluster: CfnDBCluster, managed: bool | None, key: IKey | None, secret: Any) -> None:
        from l2 import secretsmanager

        if managed:
            self.secret = secretsmanager.Secret.from_secret_attributes(
                self, "ManagedSecret", secret_complete_arn=cluster.attr_master_user_secret_secret_arn,
                encryption_key=key,
            )
        elif secret is not None:
            self.secret = secret.attach(self)

    @staticmethod
    def from_database_cluster_attributes(
        scope: Construct,
        id: str,
        *,
        cluster_identifier: str,
        cluster_endpoint_address: str | None = None,
        cluster_resource_identifier: str | None = None,
        data_api_enabled: bool | None = None,
        engine: IClusterEngine | None = None,
        instance_endpoint_addresses: Sequence[str] | None = None,
        instance_identifiers: Sequence[str] | None = None,
        port: int | float | None = None,
        reader_endpoint_address: str | None = None,
        secret: ISecret | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> DatabaseClusterBase:
        """Import an existing cluster.

        Args:
            scope: the parent construct.
            id: the construct id.
            cluster_identifier: the cluster identifier.
            cluster_endpoint_address: the writer endpoint address.
            cluster_resource_identifier: the cluster resource id (for ``grant_connect``).
            data_api_enabled: whether the Data API is on.
            engine: the engine.
            instance_endpoint_addresses: the instance endpoint addresses.
            instance_identifiers: the instance identifiers.
            port: the port.
            reader_endpoint_address: the reader endpoint address.
            secret: the master secret.
            security_groups: the security groups.
        """
        attrs = dict(locals())
        return _ImportedCluster(scope, id, attrs)

    @staticmethod
    def from_lookup(scope: Construct, id: str, *, cluster_identifier: str) -> DatabaseClusterBase:
        """Look a cluster up by identifier (dummy values until the context is filled).

        Args:
            scope: the parent construct.
            id: the construct id.
            cluster_identifier: the cluster identifier.
        """
        from constructs import ContextProvider, UnscopedValidationError
        from l2 import ec2

        if Token.is_unresolved(cluster_identifier):
            raise UnscopedValidationError("Cannot look up a cluster with a tokenized cluster identifier.")
        found = ContextProvider.get_value(
            scope,
            provider="cc-api-provider",
            props={
                "typeName": "AWS::RDS::DBCluster",
                "exactIdentifier": cluster_identifier,
                "propertiesToReturn": [
                    "DBClusterArn", "Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address",
                    "DBClusterResourceId", "VpcSecurityGroupIds", "EnableHttpEndpoint",
                ],
            },
            dummy_value=[
                {
                    "Identifier": "TEST",
                    "DBClusterArn": "TESTARN",
                    "Endpoint.Address": "TESTADDRESS",
                    "Endpoint.Port": "5432",
                    "ReadEndpoint.Address": "TESTREADERADDRESS",
                    "DBClusterResourceId": "TESTID",
                    "VpcSecurityGroupIds": [],
                    "EnableHttpEndpoint": True,
                }
            ],
        ).value[0]
        groups = [
            ec2.SecurityGroup.from_security_group_id(scope, f"LSG-{sg}", sg)
            for sg in found.get("VpcSecurityGroupIds") or []
        ]
        port = float(found["Endpoint.Port"])
        return DatabaseCluster.from_database_cluster_attributes(
            scope,
            id,
            cluster_identifier=cluster_identifier,
            cluster_endpoint_address=found["Endpoint.Address"],
            reader_endpoint_address=found["ReadEndpoint.Address"],
            port=int(port) if port.is_integer() else port,
            cluster_resource_identifier=found["DBClusterResourceId"],
            security_groups=groups,
            data_api_enabled=found["EnableHttpEndpoint"],
        )


class DatabaseClusterFromSnapshot(_DatabaseClusterNew):
    """An Aurora cluster restored from a snapshot.

    Args:
        scope: the parent construct.
        id: the construct id.
        engine: the engine.
        snapshot_identifier: the snapshot to restore.
        auto_minor_version_upgrade: apply minor upgrades automatically.
        backtrack_window: the backtrack window (Aurora MySQL).
        backup: automated backups.
        cloudwatch_logs_exports: the logs exported to CloudWatch Logs.
        cloudwatch_logs_retention: how long exported logs are kept.
        cloudwatch_logs_retention_role: the log retention function's role.
        cluster_identifier: the cluster identifier.
        cluster_scailability_type: deprecated spelling of ``cluster_scalability_type``.
        cluster_scalability_type: standard or Limitless Database.
        copy_tags_to_snapshot: copy tags to snapshots (default ``True``).
        credentials: the master user (default a generated secret).
        database_insights_mode: the Database Insights mode.
        default_database_name: the database created with the cluster.
        delete_automated_backups: delete automated backups with the cluster.
        deletion_protection: deletion protection (default on when retained).
        domain: the Active Directory domain.
        domain_role: the directory service role.
        enable_cluster_level_enhanced_monitoring: enhanced monitoring at cluster level.
        enable_data_api: the Data API.
        enable_local_write_forwarding: local write forwarding (Aurora MySQL).
        enable_performance_insights: Performance Insights.
        engine_lifecycle_support: RDS Extended Support.
        iam_authentication: IAM database authentication.
        instance_identifier_base: the prefix of legacy instance identifiers.
        instance_props: the instances of the legacy API.
        instances: the number of legacy instances (default 2).
        instance_update_behaviour: how legacy instances update.
        manage_master_user_password: let RDS manage the master password.
        monitoring_interval: the enhanced monitoring interval.
        monitoring_role: the enhanced monitoring role.
        network_type: IPv4 or dual-stack.
        parameter_group: the cluster parameter group.
        parameters: parameters of a new cluster parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: the Performance Insights retention.
        port: the port (default the engine's).
        preferred_maintenance_window: the weekly maintenance window.
        readers: the readers.
        removal_policy: what happens on removal (default SNAPSHOT).
        s3_export_buckets: buckets a new S3 export role may write.
        s3_export_role: the S3 export role.
        s3_import_buckets: buckets a new S3 import role may read.
        s3_import_role: the S3 import role.
        security_groups: the security groups (default a new one).
        serverless_v2_auto_pause_duration: idle time before Serverless v2 instances pause.
        serverless_v2_max_capacity: the Serverless v2 maximum ACUs (default 2).
        serverless_v2_min_capacity: the Serverless v2 minimum ACUs (default 0.5).
        storage_encrypted: encrypt the storage.
        storage_encryption_key: the storage key.
        storage_type: standard or I/O-optimized storage.
        subnet_group: the subnet group (default a new one).
        vpc: the VPC.
        vpc_subnets: the subnets.
        writer: the writer.
        snapshot_credentials: the master password of the restored cluster.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseClusterFromSnapshot"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IClusterEngine,
        snapshot_identifier: str,
        auto_minor_version_upgrade: bool | None = None,
        backtrack_window: Duration | None = None,
        backup: BackupProps | None = None,
        cloudwatch_logs_exports: Sequence[str] | None = None,
        cloudwatch_logs_retention: RetentionDays | None = None,
        cloudwatch_logs_retention_role: IRole | None = None,
        cluster_identifier: str | None = None,
        cluster_scailability_type: ClusterScailabilityType | None = None,
        cluster_scalability_type: ClusterScalabilityType | None = None,
        copy_tags_to_snapshot: bool | None = None,
        credentials: Credentials | None = None,
        database_insights_mode: DatabaseInsightsMode | None = None,
        default_database_name: str | None = None,
        delete_automated_backups: bool | None = None,
        deletion_protection: bool | None = None,
        domain: str | None = None,
        domain_role: IRole | None = None,
        enable_cluster_level_enhanced_monitoring: bool | None = None,
        enable_data_api: bool | None = None,
        enable_local_write_forwarding: bool | None = None,
        enable_performance_insights: bool | None = None,
        engine_lifecycle_support: EngineLifecycleSupport | None = None,
        iam_authentication: bool | None = None,
        instance_identifier_base: str | None = None,
        instance_props: InstanceProps | None = None,
        instances: int | float | None = None,
        instance_update_behaviour: InstanceUpdateBehaviour | None = None,
        manage_master_user_password: bool | None = None,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        network_type: NetworkType | None = None,
        parameter_group: IParameterGroup | None = None,
        parameters: Mapping[str, str] | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        port: int | float | None = None,
        preferred_maintenance_window: str | None = None,
        readers: Sequence[IClusterInstance] | None = None,
        removal_policy: RemovalPolicy | None = None,
        s3_export_buckets: Sequence[IBucket] | None = None,
        s3_export_role: IRole | None = None,
        s3_import_buckets: Sequence[IBucket] | None = None,
        s3_import_role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        serverless_v2_auto_pause_duration: Duration | None = None,
        serverless_v2_max_capacity: int | float | None = None,
        serverless_v2_min_capacity: int | float | None = None,
        storage_encrypted: bool | None = None,
        storage_encryption_key: IKey | None = None,
        storage_type: DBClusterStorageType | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        writer: IClusterInstance | None = None,
        snapshot_credentials: SnapshotCredentials | None = None,
    ) -> None:
        p = dict(locals())
        super().__init__(scope, id, p)
        if credentials is not None and credentials.password is None and credentials.secret is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-rds:useSnapshotCredentials",
                "Use `snapshotCredentials` to modify password of a cluster created from a snapshot.",
            )
        if credentials is None and snapshot_credentials is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-rds:generatedCredsNotApplied",
                "Generated credentials will not be applied to cluster. Use `snapshotCredentials` instead. "
                "`addRotationSingleUser()` and `addRotationMultiUser()` cannot be used on this cluster.",
            )
        deprecated = None
        if not manage_master_user_password and not FeatureFlags.of(self).is_enabled(
            RDS_PREVENT_RENDERING_DEPRECATED_CREDENTIALS
        ):
            deprecated = _util.render_credentials(self, engine, credentials)
        snap = _util.render_snapshot_credentials(self, snapshot_credentials)
        password = None
        if not manage_master_user_password and snap is not None:
            if snap.secret is not None:
                password = snap.secret.secret_value_from_json("password").unsafe_unwrap()
            elif snap.password is not None:
                password = snap.password.unsafe_unwrap()
        key = snapshot_credentials.encryption_key if snapshot_credentials is not None else None
        cluster = CfnDBCluster(
            self,
            "Resource",
            **self._new_props,
            snapshot_identifier=snapshot_identifier,
            master_user_password=password,
            manage_master_user_password=manage_master_user_password or None,
            master_user_secret=CfnDBCluster.MasterUserSecretProperty(kms_key_id=key.key_arn)
            if manage_master_user_password and key is not None
            else None,
        )
        from l2 import secretsmanager

        self.cluster_identifier = cluster.ref
        self._cluster_resource_identifier = cluster.attr_db_cluster_resource_id
        if manage_master_user_password:
            self.secret = secretsmanager.Secret.from_secret_attributes(
                self, "ManagedSecret", secret_complete_arn=cluster.attr_master_user_secret_secret_arn,
                encryption_key=key,
            )
        elif snap is not None and snap.secret is not None:
            self.secret = snap.secret.attach(self)  # type: ignore[attr-defined]
        if deprecated is not None and deprecated.secret is not None:
            attached = deprecated.secret.attach(self)  # type: ignore[attr-defined]
            if self.secret is None:
                self.secret = attached
        self._finish(cluster, p)
        if (writer is not None or readers is not None) and (instances is not None or instance_props is not None):
            raise ValidationError("Cannot provide clusterInstances if instances or instanceProps are provided", self)
        ids, endpoints = self._create_instances(p) if writer is not None else self._legacy_create_instances(p)
        self.instance_identifiers = ids
        self.instance_endpoints = endpoints
