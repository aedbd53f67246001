"""Aurora Serverless v1: ``ServerlessCluster`` and ``ServerlessClusterFromSnapshot``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
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
from constructs.internals import structs
from l1.rds import CfnDBCluster
from l2.rds import _util
from l2.rds._endpoint import Endpoint
from l2.rds._props import Credentials, SnapshotCredentials

if TYPE_CHECKING:
    from l2.ec2 import Connections, IInterfaceVpcEndpoint, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey
    from l2.rds._cluster import DBClusterReference
    from l2.rds._interfaces import IClusterEngine, IParameterGroup, ISubnetGroup
    from l2.secretsmanager import ISecret, SecretAttachmentTargetProps, SecretRotation

RDS_LOWERCASE_DB_IDENTIFIER = "@aws-cdk/aws-rds:lowercaseDbIdentifier"


class AuroraCapacityUnit(enum.Enum):
    """Aurora Serverless v1 capacity units."""

    ACU_1 = 1
    ACU_2 = 2
    ACU_4 = 4
    ACU_8 = 8
    ACU_16 = 16
    ACU_32 = 32
    ACU_64 = 64
    ACU_128 = 128
    ACU_192 = 192
    ACU_256 = 256
    ACU_384 = 384


class TimeoutAction(enum.Enum):
    """What happens when a scaling point is not found in time."""

    FORCE_APPLY_CAPACITY_CHANGE = "ForceApplyCapacityChange"
    ROLLBACK_CAPACITY_CHANGE = "RollbackCapacityChange"


@structs.frozen(kw_only=True)
class ServerlessScalingOptions:
    """How an Aurora Serverless v1 cluster scales.

    Args:
        auto_pause: idle time before pausing (``Duration.minutes(0)`` never pauses; default 5 minutes).
        max_capacity: the maximum capacity.
        min_capacity: the minimum capacity.
        timeout: how long to look for a scaling point (60-600 seconds).
        timeout_action: what to do when none is found.
    """

    auto_pause: Duration | None = None
    max_capacity: AuroraCapacityUnit | None = None
    min_capacity: AuroraCapacityUnit | None = None
    timeout: Duration | None = None
    timeout_action: TimeoutAction | None = None


class _ServerlessClusterBase(Resource):
    cluster_identifier: str
    secret: ISecret | None = None
    connections: Connections
    _enable_data_api: bool | None = None

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
        from l2.rds._cluster import DBClusterReference

        return DBClusterReference(db_cluster_identifier=self.cluster_identifier, db_cluster_arn=self.cluster_arn)

    def grant_data_api_access(self, grantee: IGrantable) -> Grant:
        """Allow the Data API (on every resource, as aws-cdk-lib does) and reading the secret.

        Args:
            grantee: who may call the Data API.
        """
        from l2 import iam
        from l2.rds._cluster import DATA_API_ACTIONS

        if self._enable_data_api is False:
            raise ValidationError("Cannot grant Data API access when the Data API is disabled", self)
        self._enable_data_api = True
        grant = iam.Grant.add_to_principal(grantee=grantee, actions=DATA_API_ACTIONS, resource_arns=["*"])
        if self.secret is not None:
            self.secret.grant_read(grantee)
        return grant

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """This cluster as a secret attachment target."""
        from l2 import secretsmanager

        return secretsmanager.SecretAttachmentTargetProps(
            target_id=self.cluster_identifier, target_type=secretsmanager.AttachmentTargetType.RDS_DB_CLUSTER
        )


class _ServerlessClusterNew(_ServerlessClusterBase):
    def __init__(self, scope: Construct, id: str, p: dict[str, Any]) -> None:
        from l2 import ec2
        from l2.rds._subnet_group import SubnetGroup

        super().__init__(scope, id)
        vpc: IVpc | None = p["vpc"]
        if vpc is None:
            if p["vpc_subnets"] is not None:
                raise ValidationError(
                    "A VPC is required to use vpcSubnets in ServerlessCluster. Please add a VPC or remove vpcSubnets",
                    self,
                )
            if p["subnet_group"] is not None:
                raise ValidationError(
                    "A VPC is required to use subnetGroup in ServerlessCluster. Please add a VPC or remove "
                    "subnetGroup",
                    self,
                )
            if p["security_groups"] is not None:
                raise ValidationError(
                    "A VPC is required to use securityGroups in ServerlessCluster. Please add a VPC or remove "
                    "securityGroups",
                    self,
                )
        subnet_group = p["subnet_group"]
        self.security_groups: list[ISecurityGroup] = list(p["security_groups"] or [])
        if vpc is not None:
            ids = vpc.select_subnets(**(_util.selection_kwargs(p["vpc_subnets"]) if p["vpc_subnets"] else {})).subnet_ids
            if len(ids) < 2:
                Annotations.of(self).add_error(f"Cluster requires at least 2 subnets, got {len(ids)}")
            subnet_group = subnet_group or SubnetGroup(
                self,
                "Subnets",
                description=f"Subnets for {id} database",
                vpc=vpc,
                vpc_subnets=p["vpc_subnets"],
                removal_policy=p["removal_policy"] if p["removal_policy"] is RemovalPolicy.RETAIN else None,
            )
            self.security_groups = list(p["security_groups"] or [
                ec2.SecurityGroup(self, "SecurityGroup", description="RDS security group", vpc=vpc)
            ])
        retention: Duration | None = p["backup_retention"]
        if retention is not None:
            days = retention.to_days()
            if days < 1 or days > 35:
                raise ValidationError(
                    f"backup retention period must be between 1 and 35 days. received: {_util_num(days)}", self
                )
        engine: IClusterEngine = p["engine"]
        config = engine.bind_to_cluster(self, parameter_group=p["parameter_group"])
        group = p["parameter_group"] or config.parameter_group
        pg_name = group.bind_to_cluster().parameter_group_name if group is not None else None
        identifier = p["cluster_identifier"]
        if identifier is not None and FeatureFlags.of(self).is_enabled(RDS_LOWERCASE_DB_IDENTIFIER) and not (
            Token.is_unresolved(identifier)
        ):
            identifier = identifier.lower()
        scaling: ServerlessScalingOptions | None = p["scaling"]
        self._new_props: dict[str, Any] = {
            "backup_retention_period": retention.to_days() if retention is not None else None,
            "database_name": p["default_database_name"],
            "db_cluster_identifier": identifier,
            "db_cluster_parameter_group_name": pg_name,
            "db_subnet_group_name": subnet_group.subnet_group_name if subnet_group is not None else None,
            "deletion_protection": _util.default_deletion_protection(p["deletion_protection"], p["removal_policy"]),
            "engine": engine.engine_type,
            "engine_version": engine.engine_version.full_version if engine.engine_version else None,
            "engine_mode": "serverless",
            "enable_http_endpoint": Lazy.any(lambda: self._enable_data_api),
            "scaling_configuration": self._render_scaling(scaling) if scaling is not None else None,
            "storage_encrypted": True,
            "vpc_security_group_ids": [sg.security_group_id for sg in self.security_groups],
            "copy_tags_to_snapshot": p["copy_tags_to_snapshot"] if p["copy_tags_to_snapshot"] is not None else True,
        }
        self.connections = ec2.Connections(
            security_groups=self.security_groups,
            default_port=ec2.Port.tcp(Lazy.number(lambda: self.cluster_endpoint.port)),
        )
        self.vpc = vpc
        self.vpc_subnets: SubnetSelection | None = p["vpc_subnets"]
        self.engine = engine

    def _render_scaling(self, options: ServerlessScalingOptions) -> CfnDBCluster.ScalingConfigurationProperty:
        min_c = options.min_capacity.value if options.min_capacity is not None else None
        max_c = options.max_capacity.value if options.max_capacity is not None else None
        timeout = options.timeout.to_seconds() if options.timeout is not None else None
        if min_c and max_c and min_c > max_c:
            raise ValidationError("maximum capacity must be greater than or equal to minimum capacity.", self)
        pause = options.auto_pause.to_seconds() if options.auto_pause is not None else None
        if pause and (pause < 300 or pause > 86400):
            raise ValidationError("auto pause time must be between 5 minutes and 1 day.", self)
        if timeout and (timeout < 60 or timeout > 600):
            raise ValidationError(
                f"timeout must be between 60 and 600 seconds, but got {_util_num(timeout)} seconds.", self
            )
        return CfnDBCluster.ScalingConfigurationProperty(
            auto_pause=pause != 0,
            min_capacity=min_c,
            max_capacity=max_c,
            seconds_until_auto_pause=None if pause == 0 else pause,
            seconds_before_timeout=timeout,
            timeout_action=options.timeout_action.value if options.timeout_action is not None else None,
        )

    def _finish(self, cluster: CfnDBCluster, removal_policy: RemovalPolicy | None) -> None:
        self.cluster_identifier = cluster.ref
        port = Token.as_number(cluster.attr_endpoint_port)
        self.cluster_endpoint = Endpoint(cluster.attr_endpoint_address, port)
        self.cluster_read_endpoint = Endpoint(cluster.attr_read_endpoint_address, port)
        cluster.apply_removal_policy(removal_policy or RemovalPolicy.SNAPSHOT)


def _util_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


class ServerlessCluster(_ServerlessClusterNew):
    """An Aurora Serverless v1 cluster (``EngineMode: serverless``).

    Args:
        scope: the parent construct.
        id: the construct id.
        engine: the engine.
        backup_retention: how long backups are kept (1-35 days).
        cluster_identifier: the cluster identifier.
        copy_tags_to_snapshot: copy tags to snapshots (default ``True``).
        credentials: the master user (default a generated secret).
        default_database_name: the database created with the cluster.
        deletion_protection: deletion protection (default on when retained).
        enable_data_api: the Data API.
        parameter_group: the cluster parameter group.
        removal_policy: what happens on removal (default SNAPSHOT).
        scaling: the scaling options.
        security_groups: the security groups (needs ``vpc``).
        storage_encryption_key: the storage key.
        subnet_group: the subnet group (needs ``vpc``).
        vpc: the VPC (default none: the cluster is not in a VPC you manage).
        vpc_subnets: the subnets (needs ``vpc``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.ServerlessCluster"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IClusterEngine,
        backup_retention: Duration | None = None,
        cluster_identifier: str | None = None,
        copy_tags_to_snapshot: bool | None = None,
        credentials: Credentials | None = None,
        default_database_name: str | None = None,
        deletion_protection: bool | None = None,
        enable_data_api: bool | None = None,
        parameter_group: IParameterGroup | None = None,
        removal_policy: RemovalPolicy | None = None,
        scaling: ServerlessScalingOptions | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        storage_encryption_key: IKey | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        p = dict(locals())
        super().__init__(scope, id, p)
        self._enable_data_api = enable_data_api
        rendered = _util.render_credentials(self, engine, credentials)
        cluster = CfnDBCluster(
            self,
            "Resource",
            **self._new_props,
            master_username=rendered.username,
            master_user_password=rendered.password.unsafe_unwrap() if rendered.password is not None else None,
            kms_key_id=storage_encryption_key.key_arn if storage_encryption_key is not None else None,
        )
        self._finish(cluster, removal_policy)
        if rendered.secret is not None:
            self.secret = rendered.secret.attach(self)  # type: ignore[attr-defined]

    @staticmethod
    def from_serverless_cluster_attributes(
        scope: Construct,
        id: str,
        *,
        cluster_identifier: str,
        cluster_endpoint_address: str | None = None,
        port: int | float | None = None,
        reader_endpoint_address: str | None = None,
        secret: ISecret | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> IServerlessCluster:
        """Import an existing Serverless v1 cluster.

        Args:
            scope: the parent construct.
            id: the construct id.
            cluster_identifier: the cluster identifier.
            cluster_endpoint_address: the writer endpoint address.
            port: the port.
            reader_endpoint_address: the reader endpoint address.
            secret: the master secret.
            security_groups: the security groups.
        """
        return _ImportedServerlessCluster(
            scope, id, cluster_identifier, cluster_endpoint_address, port, reader_endpoint_address, secret,
            security_groups,
        )

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
        """Rotate the master secret (needs a VPC).

        Args:
            automatically_after: the rotation interval (default 30 days).
            endpoint: the Secrets Manager interface endpoint.
            exclude_characters: characters new passwords leave out.
            rotate_immediately_on_update: rotate when the rotation is created or changed.
            security_group: the rotation function's security group.
            vpc_subnets: where the rotation function runs (default the cluster's subnets).
        """
        from l2 import secretsmanager

        if self.secret is None:
            raise ValidationError("Cannot add single user rotation for a cluster without secret.", self)
        if self.vpc is None:
            raise ValidationError("Cannot add single user rotation for a cluster without VPC.", self)
        if self.node.try_find_child("RotationSingleUser") is not None:
            raise ValidationError("A single user rotation was already added to this cluster.", self)
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
        """Rotate a user's ``secret`` with the master secret (needs a VPC).

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

        if self.secret is None:
            raise ValidationError("Cannot add multi user rotation for a cluster without secret.", self)
        if self.vpc is None:
            raise ValidationError("Cannot add multi user rotation for a cluster without VPC.", self)
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


class _ImportedServerlessCluster(_ServerlessClusterBase):
    def __init__(
        self,
        scope: Construct,
        id: str,
        identifier: str,
        address: str | None,
        port: int | float | None,
        reader: str | None,
        secret: ISecret | None,
        security_groups: Sequence[ISecurityGroup] | None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        self.cluster_identifier = identifier
        self.connections = ec2.Connections(
            security_groups=list(security_groups or []), default_port=ec2.Port.tcp(port) if port else None
        )
        self.secret = secret
        self._enable_data_api = True
        self._endpoint = Endpoint(address, port) if address and port else None
        self._read_endpoint = Endpoint(reader, port) if reader and port else None

    @property
    def cluster_endpoint(self) -> Endpoint:
        """The writer endpoint."""
        if self._endpoint is None:
            raise ValidationError(
                "Cannot access `clusterEndpoint` of an imported cluster without an endpoint address and port", self
            )
        return self._endpoint

    @property
    def cluster_read_endpoint(self) -> Endpoint:
        """The reader endpoint."""
        if self._read_endpoint is None:
            raise ValidationError(
                "Cannot access `clusterReadEndpoint` of an imported cluster without a readerEndpointAddress and port",
                self,
            )
        return self._read_endpoint


class ServerlessClusterFromSnapshot(_ServerlessClusterNew):
    """An Aurora Serverless v1 cluster restored from a snapshot.

    Args:
        scope: the parent construct.
        id: the construct id.
        engine: the engine.
        snapshot_identifier: the snapshot to restore.
        backup_retention: how long backups are kept (1-35 days).
        cluster_identifier: the cluster identifier.
        copy_tags_to_snapshot: copy tags to snapshots (default ``True``).
        credentials: the master password (default the snapshot's).
        default_database_name: the database created with the cluster.
        deletion_protection: deletion protection (default on when retained).
        enable_data_api: the Data API.
        parameter_group: the cluster parameter group.
        removal_policy: what happens on removal (default SNAPSHOT).
        scaling: the scaling options.
        security_groups: the security groups (needs ``vpc``).
        subnet_group: the subnet group (needs ``vpc``).
        vpc: the VPC.
        vpc_subnets: the subnets (needs ``vpc``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.ServerlessClusterFromSnapshot"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IClusterEngine,
        snapshot_identifier: str,
        backup_retention: Duration | None = None,
        cluster_identifier: str | None = None,
        copy_tags_to_snapshot: bool | None = None,
        credentials: SnapshotCredentials | None = None,
        default_database_name: str | None = None,
        deletion_protection: bool | None = None,
        enable_data_api: bool | None = None,
        parameter_group: IParameterGroup | None = None,
        removal_policy: RemovalPolicy | None = None,
        scaling: ServerlessScalingOptions | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_group: ISubnetGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2.rds._database_secret import DatabaseSecret

        p = dict(locals())
        super().__init__(scope, id, p)
        self._enable_data_api = enable_data_api
        secret: Any = credentials.secret if credentials is not None else None
        if secret is None and credentials is not None and credentials.generate_password:
            if not credentials.username:
                raise ValidationError(
                    "`credentials` `username` must be specified when `generatePassword` is set to true", self
                )
            secret = DatabaseSecret(
                self, "Secret", username=credentials.username, encryption_key=credentials.encryption_key,
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
        cluster = CfnDBCluster(
            self, "Resource", **self._new_props, snapshot_identifier=snapshot_identifier, master_user_password=password
        )
        self._finish(cluster, removal_policy)
        if secret is not None:
            self.secret = secret.attach(self)


@structs.frozen(kw_only=True)
class ServerlessClusterAttributes:
    """What ``from_serverless_cluster_attributes`` takes.

    Args:
        cluster_identifier: the cluster's identifier.
        cluster_endpoint_address: the cluster endpoint address (default none).
        port: the port the database listens on (default none).
        reader_endpoint_address: the reader endpoint address (default none).
        secret: the secret attached to the cluster (default none).
        security_groups: the cluster's security groups (default none).
    """

    cluster_identifier: str
    cluster_endpoint_address: str | None = None
    port: int | float | None = None
    reader_endpoint_address: str | None = None
    secret: ISecret | None = None
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class ServerlessClusterProps:
    """The properties of a ``ServerlessCluster`` (see there)."""

    engine: IClusterEngine
    backup_retention: Duration | None = None
    cluster_identifier: str | None = None
    copy_tags_to_snapshot: bool | None = None
    credentials: Credentials | None = None
    default_database_name: str | None = None
    deletion_protection: bool | None = None
    enable_data_api: bool | None = None
    parameter_group: IParameterGroup | None = None
    removal_policy: RemovalPolicy | None = None
    scaling: ServerlessScalingOptions | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    storage_encryption_key: IKey | None = None
    subnet_group: ISubnetGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class ServerlessClusterFromSnapshotProps:
    """The properties of a ``ServerlessClusterFromSnapshot`` (see there)."""

    engine: IClusterEngine
    snapshot_identifier: str
    backup_retention: Duration | None = None
    cluster_identifier: str | None = None
    copy_tags_to_snapshot: bool | None = None
    credentials: SnapshotCredentials | None = None
    default_database_name: str | None = None
    deletion_protection: bool | None = None
    enable_data_api: bool | None = None
    parameter_group: IParameterGroup | None = None
    removal_policy: RemovalPolicy | None = None
    scaling: ServerlessScalingOptions | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_group: ISubnetGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None


if TYPE_CHECKING:
    from l2.rds._interfaces import IServerlessCluster
