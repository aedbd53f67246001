"""Database instances: ``DatabaseInstance``, ``DatabaseInstanceFromSnapshot``, ``DatabaseInstanceReadReplica`` and
imports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    Tokenization,
    ValidationError,
)
from l1._private.interfaces.rds import DBInstanceReference as DBInstanceReference
from l1.rds import CfnDBInstance
from l2._private.metric_options import given_options
from l2.rds import _util
from l2.rds._endpoint import Endpoint
from l2.rds._metrics import canned, metric
from l2.rds._props import (
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
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import (
        Connections,
        IInterfaceVpcEndpoint,
        InstanceType,
        ISecurityGroup,
        IVpc,
        SubnetSelection,
    )
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey
    from l2.logs import ILogGroup, RetentionDays
    from l2.rds._interfaces import (
        IDatabaseInstance,
        IInstanceEngine,
        IOptionGroup,
        IParameterGroup,
        ISubnetGroup,
    )
    from l2.rds._proxy import ClientPasswordAuthType, DatabaseProxy, DefaultAuthScheme, SessionPinningFilter
    from l2.s3 import IBucket
    from l2.secretsmanager import ISecret, SecretAttachmentTargetProps, SecretRotation

RDS_LOWERCASE_DB_IDENTIFIER = "@aws-cdk/aws-rds:lowercaseDbIdentifier"
USE_CORRECT_VALUE_FOR_INSTANCE_RESOURCE_ID = "@aws-cdk/aws-rds:setCorrectValueForDatabaseInstanceReadReplicaInstanceResourceId"


class DatabaseInstanceBase(Resource):
    """What new and imported database instances share: grants, events, metrics, the ARN."""

    instance_identifier: str
    db_instance_endpoint_address: str
    db_instance_endpoint_port: str
    instance_endpoint: Endpoint
    instance_resource_id: str | None = None
    connections: Connections
    engine: IInstanceEngine | None = None
    _enable_iam_authentication: bool | None = None

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

    @staticmethod
    def from_database_instance_attributes(
        scope: Construct,
        id: str,
        *,
        instance_endpoint_address: str,
        instance_identifier: str,
        port: int | float,
        security_groups: Sequence[ISecurityGroup],
        engine: IInstanceEngine | None = None,
        instance_resource_id: str | None = None,
    ) -> IDatabaseInstance:
        """Import an existing instance.

        Args:
            scope: the parent construct.
            id: the construct id.
            instance_endpoint_address: the endpoint address.
            instance_identifier: the instance identifier.
            port: the endpoint port.
            security_groups: the instance's security groups.
            engine: the engine.
            instance_resource_id: the ``DbiResourceId`` (needed by ``grant_connect``).
        """
        return _ImportedInstance(
            scope,
            id,
            instance_endpoint_address,
            instance_identifier,
            port,
            security_groups,
            engine,
            instance_resource_id,
        )

    @staticmethod
    def from_lookup(scope: Construct, id: str, *, instance_identifier: str) -> IDatabaseInstance:
        """Look an instance up by identifier (the Cloud Control API context provider; dummy values until the
        context is filled).

        Args:
            scope: the parent construct.
            id: the construct id.
            instance_identifier: the instance identifier.
        """
        from constructs import ContextProvider
        from l2 import ec2

        found = ContextProvider.get_value(
            scope,
            provider="cc-api-provider",
            props={
                "typeName": "AWS::RDS::DBInstance",
                "exactIdentifier": instance_identifier,
                "propertiesToReturn": [
                    "DBInstanceArn",
                    "Endpoint.Address",
                    "Endpoint.Port",
                    "DbiResourceId",
                    "DBSecurityGroups",
                    "VPCSecurityGroups",
                ],
            },
            dummy_value=[
                {
                    "Identifier": "TEST",
                    "DBInstanceArn": "TESTARN",
                    "Endpoint.Address": "TESTADDRESS",
                    "Endpoint.Port": "5432",
                    "DbiResourceId": "TESTID",
                    "DBSecurityGroups": [],
                    "VPCSecurityGroups": [],
                }
            ],
        ).value[0]
        ids = found.get("DBSecurityGroups") or found.get("VPCSecurityGroups") or []
        groups = [ec2.SecurityGroup.from_security_group_id(scope, f"LSG-{sg}", sg) for sg in ids]
        return DatabaseInstanceBase.from_database_instance_attributes(
            scope,
            id,
            instance_endpoint_address=found["Endpoint.Address"],
            port=_js_number(found["Endpoint.Port"]),
            instance_identifier=instance_identifier,
            security_groups=groups,
            instance_resource_id=found["DbiResourceId"],
        )

    @property
    def instance_arn(self) -> str:
        """The instance ARN."""
        stack = Stack.of(self)
        local = stack.format_arn(
            service="rds",
            resource="db",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
            resource_name=self.instance_identifier,
        )
        return self.get_resource_arn_attribute(
            local,
            {
                "service": "rds",
                "resource": "db",
                "arn_format": ArnFormat.COLON_RESOURCE_NAME,
                "resource_name": self.physical_name,
            },
        )

    @property
    def db_instance_ref(self) -> DBInstanceReference:
        """The instance's identifier and ARN."""
        return DBInstanceReference(db_instance_identifier=self.instance_identifier, db_instance_arn=self.instance_arn)

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """This instance as a secret attachment target."""
        from l2 import secretsmanager

        return secretsmanager.SecretAttachmentTargetProps(
            target_id=self.instance_identifier,
            target_type=secretsmanager.AttachmentTargetType.RDS_DB_INSTANCE,
        )

    def grant_connect(self, grantee: IGrantable, db_user: str | None = None) -> Grant:
        """Allow ``rds-db:connect`` as ``db_user`` (IAM database authentication gets turned on).

        Args:
            grantee: who may connect.
            db_user: the database user (default: the user name in the instance's secret).
        """
        from l2 import iam

        if self._enable_iam_authentication is False:
            raise ValidationError("Cannot grant connect when IAM authentication is disabled", self)
        if not self.instance_resource_id:
            raise ValidationError(
                "For imported Database Instances, instanceResourceId is required to grantConnect()", self
            )
        if not db_user:
            raise ValidationError("For imported Database Instances, the dbUser is required to grantConnect()", self)
        self._enable_iam_authentication = True
        return iam.Grant.add_to_principal(
            grantee=grantee,
            actions=["rds-db:connect"],
            resource_arns=[
                Stack.of(self).format_arn(
                    arn_format=ArnFormat.COLON_RESOURCE_NAME,
                    service="rds-db",
                    resource="dbuser",
                    resource_name=f"{self.instance_resource_id}/{db_user}",
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
        return DatabaseProxy(self, id, proxy_target=ProxyTarget.from_instance(self), **options)

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
        """An EventBridge rule for this instance's events.

        Args:
            id: the rule's construct id.
            target: the rule's target.
            cross_stack_scope: where the rule goes when the target is in another stack.
            description: the rule's description.
            event_pattern: more of the pattern.
            rule_name: the rule's name.
        """
        from l2 import events

        rule = events.Rule(
            self,
            id,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.rds"], "resources": [self.instance_arn]}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.rds"])
            rule.add_event_pattern(resources=[self.instance_arn])
        rule.add_target(target)
        return rule

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
        """A metric of this instance (``AWS/RDS``, dimension ``DBInstanceIdentifier``).

        Args:
            metric_name: the metric's name.
            account: the metric's account.
            color: the graph color.
            dimensions_map: the dimensions (default the instance identifier).
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
        return metric(self, {"DBInstanceIdentifier": self.instance_identifier}, metric_name, options)

    metric_cpu_utilization = canned("CPUUtilization", "The percentage of CPU utilization")
    metric_database_connections = canned("DatabaseConnections", "The number of database connections in use")
    metric_free_storage_space = canned("FreeStorageSpace", "The available storage space")
    metric_freeable_memory = canned("FreeableMemory", "The available random access memory")
    metric_read_iops = canned("ReadIOPS", "The average number of disk read I/O operations per second")
    metric_write_iops = canned("WriteIOPS", "The average number of disk write I/O operations per second")


class _ImportedInstance(DatabaseInstanceBase):
    def __init__(
        self,
        scope: Construct,
        id: str,
        address: str,
        identifier: str,
        port: int | float,
        security_groups: Sequence[ISecurityGroup],
        engine: IInstanceEngine | None = None,
        resource_id: str | None = None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        self.connections = ec2.Connections(security_groups=list(security_groups), default_port=ec2.Port.tcp(port))
        self.instance_identifier = identifier
        self.db_instance_endpoint_address = address
        self.db_instance_endpoint_port = Tokenization.stringify_number(port)
        self.instance_endpoint = Endpoint(address, port)
        self.engine = engine
        self._enable_iam_authentication = True
        self.instance_resource_id = resource_id


def _js_number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _default_iops(storage_type: StorageType, iops: int | float | None) -> int | float | None:
    if storage_type in (StorageType.STANDARD, StorageType.GP2):
        return None
    if storage_type is StorageType.GP3:
        return iops
    return iops if iops is not None else 1000


class _DatabaseInstanceNew(DatabaseInstanceBase):
    """What new instances (created, from a snapshot, replicas) share: networking, storage, monitoring, logs."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        apply_immediately: bool | None = None,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        backup_retention: Duration | None = None,
        ca_certificate: CaCertificate | None = None,
        cloudwatch_logs_exports: Sequence[str] | None = None,
        cloudwatch_logs_retention: RetentionDays | None = None,
        cloudwatch_logs_retention_role: IRole | None = None,
        copy_tags_to_snapshot: bool | None = None,
        database_insights_mode: DatabaseInsightsMode | None = None,
        delete_automated_backups: bool | None = None,
        deletion_protection: bool | None = None,
        domain: str | None = None,
        domain_role: IRole | None = None,
        enable_performance_insights: bool | None = None,
        engine_lifecycle_support: EngineLifecycleSupport | None = None,
        iam_authentication: bool | None = None,
        instance_identifier: str | None = None,
        iops: int | float | None = None,
        max_allocated_storage: int | float | None = None,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        multi_az: bool | None = None,
        network_type: NetworkType | None = None,
        option_group: IOptionGroup | None = None,
        parameter_group: IParameterGroup | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        port: int | float | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        processor_features: ProcessorFeatures | None = None,
        publicly_accessible: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        storage_throughput: int | float | None = None,
        storage_type: StorageType | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2 import ec2, iam
        from l2.rds._subnet_group import SubnetGroup

        physical = instance_identifier
        if physical is not None and not Token.is_unresolved(physical):
            physical = physical.lower()
        super().__init__(scope, id, physical_name=physical)
        self.vpc = vpc
        self._vpc_placement = vpc_subnets
        if multi_az is True and availability_zone:
            raise ValidationError("Requesting a specific availability zone is not valid for Multi-AZ instances", self)
        group = subnet_group or SubnetGroup(
            self,
            "SubnetGroup",
            description=f"Subnet group for {self.node.id} database",
            vpc=vpc,
            vpc_subnets=vpc_subnets,
            removal_policy=_util.render_unless(_util.helper_removal_policy(removal_policy), RemovalPolicy.DESTROY),
        )
        groups = (
            list(security_groups)
            if security_groups
            else [
                ec2.SecurityGroup(
                    self, "SecurityGroup", description=f"Security group for {self.node.id} database", vpc=vpc
                )
            ]
        )
        self.connections = ec2.Connections(
            security_groups=groups, default_port=ec2.Port.tcp(Lazy.number(lambda: self.instance_endpoint.port))
        )
        role = None
        if monitoring_interval is not None and monitoring_interval.to_seconds():
            role = monitoring_role or iam.Role(
                self,
                "MonitoringRole",
                assumed_by=iam.ServicePrincipal("monitoring.rds.amazonaws.com"),
                managed_policies=[
                    iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonRDSEnhancedMonitoringRole")
                ],
            )
        stype = storage_type or StorageType.GP2
        piops = _default_iops(stype, iops)
        if storage_throughput and stype is not StorageType.GP3:
            raise ValidationError(
                f"The storage throughput can only be specified with GP3 storage type. Got {stype.value}.", self
            )
        if (
            stype is StorageType.GP3
            and storage_throughput
            and piops
            and not Token.is_unresolved(storage_throughput)
            and not Token.is_unresolved(piops)
            and storage_throughput / piops > 0.25
        ):
            ratio = storage_throughput / piops
            raise ValidationError(
                f"The maximum ratio of storage throughput to IOPS is 0.25. Got {_fmt_number(ratio)}.", self
            )
        self.cloudwatch_log_groups: dict[str, ILogGroup] = {}
        self._logs_exports = cloudwatch_logs_exports
        self._logs_retention = cloudwatch_logs_retention
        self._logs_retention_role = cloudwatch_logs_retention_role
        self._enable_iam_authentication = iam_authentication
        pi = enable_performance_insights
        if pi is None and (
            performance_insight_retention is not None
            or performance_insight_encryption_key is not None
            or database_insights_mode is DatabaseInsightsMode.ADVANCED
        ):
            pi = True
        domain_role_used = None
        if domain:
            domain_role_used = domain_role or iam.Role(
                self,
                "RDSDirectoryServiceRole",
                assumed_by=iam.CompositePrincipal(
                    iam.ServicePrincipal("rds.amazonaws.com"),
                    iam.ServicePrincipal("directoryservice.rds.amazonaws.com"),
                ),
                managed_policies=[
                    iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonRDSDirectoryServiceAccess")
                ],
            )
        maybe_lower = instance_identifier
        if (
            instance_identifier is not None
            and FeatureFlags.of(self).is_enabled(RDS_LOWERCASE_DB_IDENTIFIER)
            and not Token.is_unresolved(instance_identifier)
        ):
            maybe_lower = instance_identifier.lower()
        pg_name = parameter_group.bind_to_instance().parameter_group_name if parameter_group is not None else None
        in_public = vpc_subnets is not None and vpc_subnets.subnet_type is ec2.SubnetType.PUBLIC
        self._new_props: dict[str, Any] = {
            "auto_minor_version_upgrade": auto_minor_version_upgrade,
            "availability_zone": None if multi_az else availability_zone,
            "backup_retention_period": backup_retention.to_days() if backup_retention is not None else None,
            "copy_tags_to_snapshot": copy_tags_to_snapshot if copy_tags_to_snapshot is not None else True,
            "db_instance_class": Lazy.string(lambda: f"db.{self._instance_type}"),
            "db_instance_identifier": self.physical_name if Token.is_unresolved(instance_identifier) else maybe_lower,
            "db_subnet_group_name": group.subnet_group_name,
            "delete_automated_backups": delete_automated_backups,
            "deletion_protection": _util.default_deletion_protection(deletion_protection, removal_policy),
            "enable_cloudwatch_logs_exports": list(cloudwatch_logs_exports)
            if cloudwatch_logs_exports is not None
            else None,
            "enable_iam_database_authentication": Lazy.any(lambda: self._enable_iam_authentication),
            "enable_performance_insights": pi,
            "iops": piops,
            "monitoring_interval": monitoring_interval.to_seconds() if monitoring_interval is not None else None,
            "monitoring_role_arn": role.role_arn if role is not None else None,
            "multi_az": multi_az,
            "db_parameter_group_name": pg_name,
            "option_group_name": option_group.option_group_name if option_group is not None else None,
            "performance_insights_kms_key_id": performance_insight_encryption_key.key_arn
            if performance_insight_encryption_key is not None
            else None,
            "performance_insights_retention_period": (
                performance_insight_retention or PerformanceInsightRetention.DEFAULT
            ).value
            if pi
            else None,
            "database_insights_mode": database_insights_mode.value if database_insights_mode is not None else None,
            "port": Tokenization.stringify_number(port) if port is not None else None,
            "preferred_backup_window": preferred_backup_window,
            "preferred_maintenance_window": preferred_maintenance_window,
            "processor_features": _render_processor_features(processor_features),
            "publicly_accessible": publicly_accessible
            if publicly_accessible is not None
            else (None if vpc_subnets is None else in_public),
            "storage_type": stype.value,
            "storage_throughput": storage_throughput,
            "vpc_security_groups": [sg.security_group_id for sg in groups],
            "max_allocated_storage": max_allocated_storage,
            "domain": domain,
            "domain_iam_role_name": domain_role_used.role_name if domain_role_used is not None else None,
            "network_type": network_type.value if network_type is not None else None,
            "ca_certificate_identifier": str(ca_certificate) if ca_certificate is not None else None,
            "apply_immediately": apply_immediately,
            "engine_lifecycle_support": engine_lifecycle_support.value
            if engine_lifecycle_support is not None
            else None,
        }
        self._instance_type: Any = None

    def _set_log_retention(self) -> None:
        from l2 import logs

        if self._logs_exports and self._logs_retention:
            for log in self._logs_exports:
                name = f"/aws/rds/instance/{self.instance_identifier}/{log}"
                logs.LogRetention(
                    self,
                    f"LogRetention{log}",
                    log_group_name=name,
                    retention=self._logs_retention,
                    role=self._logs_retention_role,
                )
                self.cloudwatch_log_groups[log] = logs.LogGroup.from_log_group_name(
                    self, f"LogGroup{self.instance_identifier}{log}", name
                )


def _fmt_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def _render_processor_features(
    features: ProcessorFeatures | None,
) -> list[CfnDBInstance.ProcessorFeatureProperty] | None:
    if features is None:
        return None
    out = []
    if features.core_count is not None:
        out.append(CfnDBInstance.ProcessorFeatureProperty(name="coreCount", value=_fmt_number(features.core_count)))
    if features.threads_per_core is not None:
        out.append(
            CfnDBInstance.ProcessorFeatureProperty(name="threadsPerCore", value=_fmt_number(features.threads_per_core))
        )
    return out or None


_NEW_NAMES = (
    "vpc",
    "apply_immediately",
    "auto_minor_version_upgrade",
    "availability_zone",
    "backup_retention",
    "ca_certificate",
    "cloudwatch_logs_exports",
    "cloudwatch_logs_retention",
    "cloudwatch_logs_retention_role",
    "copy_tags_to_snapshot",
    "database_insights_mode",
    "delete_automated_backups",
    "deletion_protection",
    "domain",
    "domain_role",
    "enable_performance_insights",
    "engine_lifecycle_support",
    "iam_authentication",
    "instance_identifier",
    "iops",
    "max_allocated_storage",
    "monitoring_interval",
    "monitoring_role",
    "multi_az",
    "network_type",
    "option_group",
    "parameter_group",
    "performance_insight_encryption_key",
    "performance_insight_retention",
    "port",
    "preferred_backup_window",
    "preferred_maintenance_window",
    "processor_features",
    "publicly_accessible",
    "removal_policy",
    "security_groups",
    "storage_throughput",
    "storage_type",
    "subnet_group",
    "vpc_subnets",
)
_SOURCE_NAMES = (
    "engine",
    "allocated_storage",
    "allow_major_version_upgrade",
    "database_name",
    "instance_type",
    "license_model",
    "parameters",
    "s3_export_buckets",
    "s3_export_role",
    "s3_import_buckets",
    "s3_import_role",
    "timezone",
)


def _pick(values: Mapping[str, Any], names: Sequence[str]) -> dict[str, Any]:
    return {n: values[n] for n in names}


class _DatabaseInstanceSource(_DatabaseInstanceNew):
    """What instances with an engine share: engine binding, S3 roles, parameters, rotation, ``grant_connect``."""

    secret: ISecret | None = None

    def __init__(self, scope: Construct, id: str, values: Mapping[str, Any]) -> None:
        from l2 import ec2
        from l2.rds._parameter_group import ParameterGroup

        super().__init__(scope, id, **_pick(values, _NEW_NAMES))
        engine: IInstanceEngine = values["engine"]
        self.engine = engine
        self._manage_master_user_password = False
        engine_type = engine.engine_type
        if values["engine_lifecycle_support"] is not None and engine_type not in ("mysql", "postgres"):
            raise ValidationError(
                "'engineLifecycleSupport' can only be specified for RDS for MySQL and RDS for PostgreSQL, got: "
                f"'{engine_type}'",
                self,
            )
        combine = engine_type.startswith("oracle-") or engine_type.startswith("sqlserver-")
        import_role, export_role = _util.setup_s3_import_export(
            self,
            s3_import_role=values["s3_import_role"],
            s3_export_role=values["s3_export_role"],
            s3_import_buckets=values["s3_import_buckets"],
            s3_export_buckets=values["s3_export_buckets"],
            combine_roles=combine,
        )
        config = engine.bind_to_instance(
            self,
            domain=values["domain"],
            option_group=values["option_group"],
            s3_export_role=export_role,
            s3_import_role=import_role,
            timezone=values["timezone"],
        )
        roles: list[CfnDBInstance.DBInstanceRoleProperty] = []
        features = config.features
        if import_role is not None:
            if not (features and features.s3_import):
                raise ValidationError(f"Engine '{_util.engine_description(engine)}' does not support S3 import", self)
            roles.append(
                CfnDBInstance.DBInstanceRoleProperty(role_arn=import_role.role_arn, feature_name=features.s3_import)
            )
        if export_role is not None:
            if not (features and features.s3_export):
                raise ValidationError(f"Engine '{_util.engine_description(engine)}' does not support S3 export", self)
            if features.s3_import != features.s3_export:
                roles.append(
                    CfnDBInstance.DBInstanceRoleProperty(role_arn=export_role.role_arn, feature_name=features.s3_export)
                )
        self._instance_type = values["instance_type"] or ec2.InstanceType.of(
            ec2.InstanceClass.M5, ec2.InstanceSize.LARGE
        )
        if values["parameter_group"] is not None and values["parameters"] is not None:
            raise ValidationError("You cannot specify both parameterGroup and parameters", self)
        pg_name = (
            ParameterGroup(self, "ParameterGroup", engine=engine, parameters=values["parameters"])
            .bind_to_instance()
            .parameter_group_name
            if values["parameters"] is not None
            else self._new_props["db_parameter_group_name"]
        )
        allocated = values["allocated_storage"]
        self._source_props: dict[str, Any] = {
            **self._new_props,
            "associated_roles": roles or None,
            "option_group_name": config.option_group.option_group_name if config.option_group else None,
            "allocated_storage": _fmt_number(allocated) if allocated is not None else "100",
            "allow_major_version_upgrade": values["allow_major_version_upgrade"],
            "db_name": values["database_name"],
            "engine": engine_type,
            "engine_version": engine.engine_version.full_version if engine.engine_version else None,
            "license_model": values["license_model"].value if values["license_model"] is not None else None,
            "timezone": values["timezone"],
            "db_parameter_group_name": pg_name,
        }

    @property
    def instance_type(self) -> InstanceType:
        """The instance type."""
        result: InstanceType = self._instance_type
        return result

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
        """Rotate the master secret with the engine's single-user rotation application (id ``RotationSingleUser``).

        Args:
            automatically_after: the rotation interval (default 30 days).
            endpoint: the Secrets Manager interface endpoint.
            exclude_characters: characters new passwords leave out (default those of generated secrets).
            rotate_immediately_on_update: rotate when the rotation is created or changed.
            security_group: the rotation function's security group.
            vpc_subnets: where the rotation function runs (default the instance's subnets).
        """
        from l2 import secretsmanager

        if self._manage_master_user_password:
            raise ValidationError(
                "Cannot add rotation when `manageMasterUserPassword` is enabled. RDS automatically rotates the "
                "master password when it manages the secret.",
                self,
            )
        if self.secret is None:
            raise ValidationError("Cannot add single user rotation for an instance without secret.", self)
        rotation_id = "RotationSingleUser"
        if self.node.try_find_child(rotation_id) is not None:
            raise ValidationError("A single user rotation was already added to this instance.", self)
        assert self.engine is not None
        return secretsmanager.SecretRotation(
            self,
            rotation_id,
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
            vpc_subnets=vpc_subnets if vpc_subnets is not None else self._vpc_placement,
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
        """Rotate ``secret`` (a user's secret) with the master secret, by the engine's multi-user application.

        Args:
            id: the rotation's construct id.
            secret: the user's secret (with ``masterarn``).
            automatically_after: the rotation interval (default 30 days).
            endpoint: the Secrets Manager interface endpoint.
            exclude_characters: characters new passwords leave out (default those of generated secrets).
            rotate_immediately_on_update: rotate when the rotation is created or changed.
            security_group: the rotation function's security group.
            vpc_subnets: where the rotation function runs (default the instance's subnets).
        """
        from l2 import secretsmanager

        if self._manage_master_user_password:
            raise ValidationError(
                "Cannot add rotation when `manageMasterUserPassword` is enabled. RDS automatically rotates the "
                "master password when it manages the secret.",
                self,
            )
        if self.secret is None:
            raise ValidationError("Cannot add multi user rotation for an instance without secret.", self)
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
            vpc_subnets=vpc_subnets if vpc_subnets is not None else self._vpc_placement,
        )

    def grant_connect(self, grantee: IGrantable, db_user: str | None = None) -> Grant:
        """Allow ``rds-db:connect`` as ``db_user`` (default the user name in the instance's secret).

        Args:
            grantee: who may connect.
            db_user: the database user.
        """
        if not db_user:
            if self.secret is None:
                raise ValidationError("A secret or dbUser is required to grantConnect()", self)
            db_user = self.secret.secret_value_from_json("username").unsafe_unwrap()
        return super().grant_connect(grantee, db_user)

    def _finish(self, instance: CfnDBInstance, removal_policy: RemovalPolicy | None) -> None:
        self._resource = instance
        self.db_instance_endpoint_address = instance.attr_endpoint_address
        self.db_instance_endpoint_port = instance.attr_endpoint_port
        self.instance_resource_id = instance.attr_dbi_resource_id
        self.instance_endpoint = Endpoint(instance.attr_endpoint_address, Token.as_number(instance.attr_endpoint_port))
        instance.apply_removal_policy(removal_policy or RemovalPolicy.SNAPSHOT)

    @property
    def instance_identifier(self) -> str:  # type: ignore[override]
        """The instance identifier."""
        return self.get_resource_name_attribute(self._resource.ref)


class DatabaseInstance(_DatabaseInstanceSource):
    """A database instance (``AWS::RDS::DBInstance``) with its subnet group, security group and, by default, a
    generated master secret.

    Args:
        scope: the parent construct.
        id: the construct id.
        character_set_name: the character set (Oracle).
        credentials: the master user (default ``admin``/``postgres`` with a generated secret).
        manage_master_user_password: let RDS manage the master password in Secrets Manager.
        storage_encrypted: encrypt the storage (default: when a key is given).
        storage_encryption_key: the storage key.
        engine: the database engine.
        allocated_storage: the storage (GiB, default 100).
        allow_major_version_upgrade: allow major engine upgrades.
        database_name: the database created with the instance.
        instance_type: the instance type (default m5.large).
        license_model: the license model.
        parameters: parameters of a new parameter group (not with ``parameter_group``).
        s3_export_buckets: buckets a new S3 export role may write.
        s3_export_role: the S3 export role.
        s3_import_buckets: buckets a new S3 import role may read.
        s3_import_role: the S3 import role.
        timezone: the time zone (SQL Server).
        vpc: the VPC.
        apply_immediately: apply changes immediately rather than in the maintenance window.
        auto_minor_version_upgrade: apply minor engine upgrades automatically.
        availability_zone: the availability zone (not with ``multi_az``).
        backup_retention: how long automated backups are kept (default the service's: 1 day).
        ca_certificate: the server certificate's authority.
        cloudwatch_logs_exports: the logs exported to CloudWatch Logs.
        cloudwatch_logs_retention: how long the exported logs are kept (a log retention custom resource).
        cloudwatch_logs_retention_role: the log retention function's role.
        copy_tags_to_snapshot: copy the instance's tags to snapshots (default ``True``).
        database_insights_mode: the Database Insights mode.
        delete_automated_backups: delete automated backups with the instance.
        deletion_protection: deletion protection (default on when the removal policy is RETAIN).
        domain: the Active Directory domain id.
        domain_role: the role for the directory service (default a new one).
        enable_performance_insights: Performance Insights (default on when a retention, key or ADVANCED insights is given).
        engine_lifecycle_support: RDS Extended Support (MySQL and PostgreSQL only).
        iam_authentication: IAM database authentication.
        instance_identifier: the instance identifier (default generated).
        iops: provisioned IOPS (default 1000 for io1/io2).
        max_allocated_storage: the storage autoscaling limit (GiB).
        monitoring_interval: the enhanced monitoring interval (default off).
        monitoring_role: the enhanced monitoring role (default a new one).
        multi_az: a standby in another availability zone.
        network_type: IPv4 or dual-stack.
        option_group: the option group.
        parameter_group: the parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: how long Performance Insights keeps data (default 7 days).
        port: the port (default the engine's).
        preferred_backup_window: the daily backup window.
        preferred_maintenance_window: the weekly maintenance window.
        processor_features: the CPU (Oracle).
        publicly_accessible: a public endpoint (default: when placed in public subnets).
        removal_policy: what happens on removal (default SNAPSHOT).
        security_groups: the security groups (default a new one).
        storage_throughput: the gp3 storage throughput (MiBps).
        storage_type: the storage type (default gp2).
        subnet_group: the subnet group (default a new one over ``vpc_subnets``).
        vpc_subnets: the subnets (default the private subnets with egress).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseInstance"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IInstanceEngine,
        vpc: IVpc,
        character_set_name: str | None = None,
        credentials: Credentials | None = None,
        manage_master_user_password: bool | None = None,
        storage_encrypted: bool | None = None,
        storage_encryption_key: IKey | None = None,
        allocated_storage: int | float | None = None,
        allow_major_version_upgrade: bool | None = None,
        database_name: str | None = None,
        instance_type: InstanceType | None = None,
        license_model: LicenseModel | None = None,
        parameters: Mapping[str, str] | None = None,
        s3_export_buckets: Sequence[IBucket] | None = None,
        s3_export_role: IRole | None = None,
        s3_import_buckets: Sequence[IBucket] | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
        apply_immediately: bool | None = None,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        backup_retention: Duration | None = None,
        ca_certificate: CaCertificate | None = None,
        cloudwatch_logs_exports: Sequence[str] | None = None,
        cloudwatch_logs_retention: RetentionDays | None = None,
        cloudwatch_logs_retention_role: IRole | None = None,
        copy_tags_to_snapshot: bool | None = None,
        database_insights_mode: DatabaseInsightsMode | None = None,
        delete_automated_backups: bool | None = None,
        deletion_protection: bool | None = None,
        domain: str | None = None,
        domain_role: IRole | None = None,
        enable_performance_insights: bool | None = None,
        engine_lifecycle_support: EngineLifecycleSupport | None = None,
        iam_authentication: bool | None = None,
        instance_identifier: str | None = None,
        iops: int | float | None = None,
        max_allocated_storage: int | float | None = None,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        multi_az: bool | None = None,
        network_type: NetworkType | None = None,
        option_group: IOptionGroup | None = None,
        parameter_group: IParameterGroup | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        port: int | float | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        processor_features: ProcessorFeatures | None = None,
        publicly_accessible: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        storage_throughput: int | float | None = None,
        storage_type: StorageType | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        values = dict(locals())
        super().__init__(scope, id, values)
        secret = None
        password = None
        kms_key_for_secret = None
        if manage_master_user_password:
            username = (credentials.username if credentials else None) or self.engine.default_username or "admin"  # type: ignore[union-attr]
            if credentials is not None and credentials.encryption_key is not None:
                kms_key_for_secret = CfnDBInstance.MasterUserSecretProperty(
                    kms_key_id=credentials.encryption_key.key_arn
                )
            self._manage_master_user_password = True
        else:
            rendered = _util.render_credentials(self, engine, credentials)
            secret = rendered.secret
            username = rendered.username
            password = rendered.password.unsafe_unwrap() if rendered.password is not None else None
        instance = CfnDBInstance(
            self,
            "Resource",
            **self._source_props,
            character_set_name=character_set_name,
            kms_key_id=storage_encryption_key.key_arn if storage_encryption_key is not None else None,
            master_username=username,
            master_user_password=password,
            manage_master_user_password=manage_master_user_password,
            master_user_secret=kms_key_for_secret,
            storage_encrypted=True if storage_encryption_key is not None else storage_encrypted,
        )
        self._finish(instance, removal_policy)
        if manage_master_user_password:
            from l2 import secretsmanager

            self.secret = secretsmanager.Secret.from_secret_attributes(
                self,
                "ManagedSecret",
                secret_complete_arn=instance.attr_master_user_secret_secret_arn,
                encryption_key=credentials.encryption_key if credentials is not None else None,
            )
        elif secret is not None:
            self.secret = secret.attach(self)
        self._set_log_retention()


class DatabaseInstanceFromSnapshot(_DatabaseInstanceSource):
    """A database instance restored from a snapshot.

    Args:
        scope: the parent construct.
        id: the construct id.
        cluster_snapshot_identifier: the Multi-AZ DB cluster snapshot to restore (not with ``snapshot_identifier``).
        credentials: the master password (default the snapshot's).
        snapshot_identifier: the DB snapshot to restore.
        engine: the database engine.
        allocated_storage: the storage (GiB, default 100).
        allow_major_version_upgrade: allow major engine upgrades.
        database_name: the database created with the instance.
        instance_type: the instance type (default m5.large).
        license_model: the license model.
        parameters: parameters of a new parameter group (not with ``parameter_group``).
        s3_export_buckets: buckets a new S3 export role may write.
        s3_export_role: the S3 export role.
        s3_import_buckets: buckets a new S3 import role may read.
        s3_import_role: the S3 import role.
        timezone: the time zone (SQL Server).
        vpc: the VPC.
        apply_immediately: apply changes immediately rather than in the maintenance window.
        auto_minor_version_upgrade: apply minor engine upgrades automatically.
        availability_zone: the availability zone (not with ``multi_az``).
        backup_retention: how long automated backups are kept (default the service's: 1 day).
        ca_certificate: the server certificate's authority.
        cloudwatch_logs_exports: the logs exported to CloudWatch Logs.
        cloudwatch_logs_retention: how long the exported logs are kept (a log retention custom resource).
        cloudwatch_logs_retention_role: the log retention function's role.
        copy_tags_to_snapshot: copy the instance's tags to snapshots (default ``True``).
        database_insights_mode: the Database Insights mode.
        delete_automated_backups: delete automated backups with the instance.
        deletion_protection: deletion protection (default on when the removal policy is RETAIN).
        domain: the Active Directory domain id.
        domain_role: the role for the directory service (default a new one).
        enable_performance_insights: Performance Insights (default on when a retention, key or ADVANCED insights is given).
        engine_lifecycle_support: RDS Extended Support (MySQL and PostgreSQL only).
        iam_authentication: IAM database authentication.
        instance_identifier: the instance identifier (default generated).
        iops: provisioned IOPS (default 1000 for io1/io2).
        max_allocated_storage: the storage autoscaling limit (GiB).
        monitoring_interval: the enhanced monitoring interval (default off).
        monitoring_role: the enhanced monitoring role (default a new one).
        multi_az: a standby in another availability zone.
        network_type: IPv4 or dual-stack.
        option_group: the option group.
        parameter_group: the parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: how long Performance Insights keeps data (default 7 days).
        port: the port (default the engine's).
        preferred_backup_window: the daily backup window.
        preferred_maintenance_window: the weekly maintenance window.
        processor_features: the CPU (Oracle).
        publicly_accessible: a public endpoint (default: when placed in public subnets).
        removal_policy: what happens on removal (default SNAPSHOT).
        security_groups: the security groups (default a new one).
        storage_throughput: the gp3 storage throughput (MiBps).
        storage_type: the storage type (default gp2).
        subnet_group: the subnet group (default a new one over ``vpc_subnets``).
        vpc_subnets: the subnets (default the private subnets with egress).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseInstanceFromSnapshot"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IInstanceEngine,
        vpc: IVpc,
        cluster_snapshot_identifier: str | None = None,
        credentials: SnapshotCredentials | None = None,
        snapshot_identifier: str | None = None,
        allocated_storage: int | float | None = None,
        allow_major_version_upgrade: bool | None = None,
        database_name: str | None = None,
        instance_type: InstanceType | None = None,
        license_model: LicenseModel | None = None,
        parameters: Mapping[str, str] | None = None,
        s3_export_buckets: Sequence[IBucket] | None = None,
        s3_export_role: IRole | None = None,
        s3_import_buckets: Sequence[IBucket] | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
        apply_immediately: bool | None = None,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        backup_retention: Duration | None = None,
        ca_certificate: CaCertificate | None = None,
        cloudwatch_logs_exports: Sequence[str] | None = None,
        cloudwatch_logs_retention: RetentionDays | None = None,
        cloudwatch_logs_retention_role: IRole | None = None,
        copy_tags_to_snapshot: bool | None = None,
        database_insights_mode: DatabaseInsightsMode | None = None,
        delete_automated_backups: bool | None = None,
        deletion_protection: bool | None = None,
        domain: str | None = None,
        domain_role: IRole | None = None,
        enable_performance_insights: bool | None = None,
        engine_lifecycle_support: EngineLifecycleSupport | None = None,
        iam_authentication: bool | None = None,
        instance_identifier: str | None = None,
        iops: int | float | None = None,
        max_allocated_storage: int | float | None = None,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        multi_az: bool | None = None,
        network_type: NetworkType | None = None,
        option_group: IOptionGroup | None = None,
        parameter_group: IParameterGroup | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        port: int | float | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        processor_features: ProcessorFeatures | None = None,
        publicly_accessible: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        storage_throughput: int | float | None = None,
        storage_type: StorageType | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2.rds._database_secret import DatabaseSecret

        values = dict(locals())
        super().__init__(scope, id, values)
        if snapshot_identifier and cluster_snapshot_identifier:
            raise ValidationError("You cannot specify both `snapshotIdentifier` and `clusterSnapshotIdentifier`", self)
        secret = credentials.secret if credentials is not None else None
        if secret is None and credentials is not None and credentials.generate_password:
            if not credentials.username:
                raise ValidationError(
                    "`credentials` `username` must be specified when `generatePassword` is set to true", self
                )
            secret = DatabaseSecret(
                self,
                "Secret",
                username=credentials.username,
                encryption_key=credentials.encryption_key,
                exclude_characters=credentials.exclude_characters,
                replace_on_password_criteria_changes=credentials.replace_on_password_criteria_changes,
                replica_regions=credentials.replica_regions,
            )
        if secret is not None:
            password: str | None = secret.secret_value_from_json("password").unsafe_unwrap()
        elif credentials is not None and credentials.password is not None:
            password = credentials.password.unsafe_unwrap()
        else:
            password = None
        instance = CfnDBInstance(
            self,
            "Resource",
            **self._source_props,
            db_snapshot_identifier=snapshot_identifier,
            db_cluster_snapshot_identifier=cluster_snapshot_identifier,
            master_user_password=password,
        )
        self._finish(instance, removal_policy)
        if secret is not None:
            self.secret = secret.attach(self)
        self._set_log_retention()


class DatabaseInstanceReadReplica(_DatabaseInstanceNew):
    """A read replica of a database instance.

    Args:
        scope: the parent construct.
        id: the construct id.
        instance_type: the instance type.
        source_database_instance: the source instance.
        allocated_storage: the storage (GiB).
        storage_encrypted: encrypt the storage (default: when a key is given).
        storage_encryption_key: the storage key.
        vpc: the VPC.
        apply_immediately: apply changes immediately rather than in the maintenance window.
        auto_minor_version_upgrade: apply minor engine upgrades automatically.
        availability_zone: the availability zone (not with ``multi_az``).
        backup_retention: how long automated backups are kept (default the service's: 1 day).
        ca_certificate: the server certificate's authority.
        cloudwatch_logs_exports: the logs exported to CloudWatch Logs.
        cloudwatch_logs_retention: how long the exported logs are kept (a log retention custom resource).
        cloudwatch_logs_retention_role: the log retention function's role.
        copy_tags_to_snapshot: copy the instance's tags to snapshots (default ``True``).
        database_insights_mode: the Database Insights mode.
        delete_automated_backups: delete automated backups with the instance.
        deletion_protection: deletion protection (default on when the removal policy is RETAIN).
        domain: the Active Directory domain id.
        domain_role: the role for the directory service (default a new one).
        enable_performance_insights: Performance Insights (default on when a retention, key or ADVANCED insights is given).
        engine_lifecycle_support: RDS Extended Support (MySQL and PostgreSQL only).
        iam_authentication: IAM database authentication.
        instance_identifier: the instance identifier (default generated).
        iops: provisioned IOPS (default 1000 for io1/io2).
        max_allocated_storage: the storage autoscaling limit (GiB).
        monitoring_interval: the enhanced monitoring interval (default off).
        monitoring_role: the enhanced monitoring role (default a new one).
        multi_az: a standby in another availability zone.
        network_type: IPv4 or dual-stack.
        option_group: the option group.
        parameter_group: the parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: how long Performance Insights keeps data (default 7 days).
        port: the port (default the engine's).
        preferred_backup_window: the daily backup window.
        preferred_maintenance_window: the weekly maintenance window.
        processor_features: the CPU (Oracle).
        publicly_accessible: a public endpoint (default: when placed in public subnets).
        removal_policy: what happens on removal (default SNAPSHOT).
        security_groups: the security groups (default a new one).
        storage_throughput: the gp3 storage throughput (MiBps).
        storage_type: the storage type (default gp2).
        subnet_group: the subnet group (default a new one over ``vpc_subnets``).
        vpc_subnets: the subnets (default the private subnets with egress).
        s3_export_buckets: accepted and unused (aws-cdk-lib sets S3 roles up for instances with an engine only).
        s3_export_role: accepted and unused.
        s3_import_buckets: accepted and unused.
        s3_import_role: accepted and unused.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseInstanceReadReplica"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        instance_type: InstanceType,
        source_database_instance: IDatabaseInstance,
        vpc: IVpc,
        allocated_storage: int | float | None = None,
        storage_encrypted: bool | None = None,
        storage_encryption_key: IKey | None = None,
        apply_immediately: bool | None = None,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        backup_retention: Duration | None = None,
        ca_certificate: CaCertificate | None = None,
        cloudwatch_logs_exports: Sequence[str] | None = None,
        cloudwatch_logs_retention: RetentionDays | None = None,
        cloudwatch_logs_retention_role: IRole | None = None,
        copy_tags_to_snapshot: bool | None = None,
        database_insights_mode: DatabaseInsightsMode | None = None,
        delete_automated_backups: bool | None = None,
        deletion_protection: bool | None = None,
        domain: str | None = None,
        domain_role: IRole | None = None,
        enable_performance_insights: bool | None = None,
        engine_lifecycle_support: EngineLifecycleSupport | None = None,
        iam_authentication: bool | None = None,
        instance_identifier: str | None = None,
        iops: int | float | None = None,
        max_allocated_storage: int | float | None = None,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        multi_az: bool | None = None,
        network_type: NetworkType | None = None,
        option_group: IOptionGroup | None = None,
        parameter_group: IParameterGroup | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        port: int | float | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        processor_features: ProcessorFeatures | None = None,
        publicly_accessible: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        storage_throughput: int | float | None = None,
        storage_type: StorageType | None = None,
        subnet_group: ISubnetGroup | None = None,
        s3_export_buckets: Sequence[IBucket] | None = None,
        s3_export_role: IRole | None = None,
        s3_import_buckets: Sequence[IBucket] | None = None,
        s3_import_role: IRole | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        values = dict(locals())
        super().__init__(scope, id, **_pick(values, _NEW_NAMES))
        source_engine = getattr(source_database_instance, "engine", None)
        engine_type = source_engine.engine_type if source_engine is not None else None
        if engine_type and engine_lifecycle_support is not None and engine_type not in ("mysql", "postgres"):
            raise ValidationError(
                "'engineLifecycleSupport' can only be specified for RDS for MySQL and RDS for PostgreSQL, got: "
                f"'{engine_type}'",
                self,
            )
        props = dict(self._new_props)
        instance = CfnDBInstance(
            self,
            "Resource",
            **props,
            source_db_instance_identifier=source_database_instance.instance_arn,
            kms_key_id=storage_encryption_key.key_arn if storage_encryption_key is not None else None,
            storage_encrypted=True if storage_encryption_key is not None else storage_encrypted,
            engine=engine_type if domain is not None else None,
            allocated_storage=_fmt_number(allocated_storage) if allocated_storage is not None else None,
        )
        self._resource = instance
        self._instance_type = instance_type
        self.db_instance_endpoint_address = instance.attr_endpoint_address
        self.db_instance_endpoint_port = instance.attr_endpoint_port
        self.instance_resource_id = (
            instance.attr_dbi_resource_id
            if FeatureFlags.of(self).is_enabled(USE_CORRECT_VALUE_FOR_INSTANCE_RESOURCE_ID)
            else instance.attr_db_instance_arn
        )
        self.instance_endpoint = Endpoint(instance.attr_endpoint_address, Token.as_number(instance.attr_endpoint_port))
        instance.apply_removal_policy(removal_policy or RemovalPolicy.SNAPSHOT)
        self._set_log_retention()

    @property
    def instance_type(self) -> InstanceType:
        """The instance type."""
        result: InstanceType = self._instance_type
        return result

    @property
    def instance_identifier(self) -> str:  # type: ignore[override]
        """The instance identifier."""
        return self.get_resource_name_attribute(self._resource.ref)
