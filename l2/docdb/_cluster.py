"""``DatabaseCluster``: a DocumentDB cluster with its subnet group, security group, secret and instances."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    Duration,
    Lazy,
    RemovalPolicy,
    Resource,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from l1.docdb import CfnDBCluster, CfnDBInstance, CfnDBSubnetGroup
from l2.docdb._endpoint import Endpoint
from l2.docdb._types import BackupProps, Login, ServerlessV2ScalingConfiguration, StorageType
from l2.interfaces.docdb import DBClusterReference

if TYPE_CHECKING:
    from l2.docdb._database_secret import DatabaseSecret
    from l2.docdb._interfaces import IDatabaseCluster
    from l2.ec2 import Connections, InstanceType, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.interfaces.docdb import IDBClusterParameterGroupRef
    from l2.kms import IKey
    from l2.logs import RetentionDays
    from l2.rds import CaCertificate
    from l2.secretsmanager import ISecret, SecretAttachmentTargetProps, SecretRotation

_MAINTENANCE_WINDOW = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun):(2[0-3]|[01]\d):[0-5]\d-(mon|tue|wed|thu|fri|sat|sun):(2[0-3]|[01]\d):[0-5]\d$",
    re.IGNORECASE,
)
_ENGINE_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_MIN_MAJOR_IO_OPTIMIZED = 5
_MIN_MAJOR_SERVERLESS = 5


class _DatabaseClusterBase(Resource):
    """What new and imported clusters share."""

    cluster_identifier: str

    @property
    def db_cluster_ref(self) -> DBClusterReference:
        """The cluster's identifier."""
        return DBClusterReference(db_cluster_id=self.cluster_identifier)

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """This cluster as a secret attachment target."""
        from l2 import secretsmanager

        return secretsmanager.SecretAttachmentTargetProps(
            target_id=self.cluster_identifier, target_type=secretsmanager.AttachmentTargetType.DOCDB_DB_CLUSTER
        )


class _ImportedDatabaseCluster(_DatabaseClusterBase):
    """A cluster defined outside the app; what was not given raises when read."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster_identifier: str,
        cluster_endpoint_address: str | None,
        instance_endpoint_addresses: Sequence[str] | None,
        instance_identifiers: Sequence[str] | None,
        port: int | float | None,
        reader_endpoint_address: str | None,
        security_group: ISecurityGroup | None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        self.connections: Connections = ec2.Connections(
            security_groups=[security_group] if security_group is not None else None,
            default_port=ec2.Port.tcp(port) if port is not None else None,
        )
        self.cluster_identifier = cluster_identifier
        self._instance_identifiers = list(instance_identifiers) if instance_identifiers is not None else None
        has_port = port is not None
        self._cluster_endpoint = (
            Endpoint(cluster_endpoint_address, port) if cluster_endpoint_address and port is not None else None
        )
        self._cluster_read_endpoint = (
            Endpoint(reader_endpoint_address, port) if reader_endpoint_address and port is not None else None
        )
        self._instance_endpoints = (
            [Endpoint(a, port) for a in instance_endpoint_addresses]  # type: ignore[arg-type]
            if instance_endpoint_addresses and has_port
            else None
        )
        self._security_group_id = security_group.security_group_id if security_group is not None else None

    @property
    def instance_identifiers(self) -> list[str]:
        """The identifiers of the cluster's instances (if given at import)."""
        if not self._instance_identifiers:
            raise UnscopedValidationError(
                "Cannot access `instanceIdentifiers` of an imported cluster without provided instanceIdentifiers"
            )
        return self._instance_identifiers

    @property
    def cluster_endpoint(self) -> Endpoint:
        """The writer endpoint (if its address and the port were given)."""
        if self._cluster_endpoint is None:
            raise UnscopedValidationError(
                "Cannot access `clusterEndpoint` of an imported cluster without an endpoint address and port"
            )
        return self._cluster_endpoint

    @property
    def cluster_read_endpoint(self) -> Endpoint:
        """The reader endpoint (if its address and the port were given)."""
        if self._cluster_read_endpoint is None:
            raise UnscopedValidationError(
                "Cannot access `clusterReadEndpoint` of an imported cluster without a readerEndpointAddress and port"
            )
        return self._cluster_read_endpoint

    @property
    def instance_endpoints(self) -> list[Endpoint]:
        """The instance endpoints (if their addresses and the port were given)."""
        if self._instance_endpoints is None:
            raise UnscopedValidationError(
                "Cannot access `instanceEndpoints` of an imported cluster without instanceEndpointAddresses and port"
            )
        return self._instance_endpoints

    @property
    def security_group_id(self) -> str:
        """The security group's id (if one was given)."""
        if not self._security_group_id:
            raise UnscopedValidationError(
                "Cannot access `securityGroupId` of an imported cluster without securityGroupId"
            )
        return self._security_group_id


class DatabaseCluster(_DatabaseClusterBase):
    """A DocumentDB cluster.

    Args:
        scope: the parent construct.
        id: the construct id.
        master_user: the master user (a secret is generated when it has no password).
        vpc: the VPC of the cluster.
        backup: automated backups (default 1 day, window chosen by AWS).
        ca_certificate: the CA certificate of the instances (default the AWS default).
        cloud_watch_logs_retention: how long exported logs are kept (default forever).
        cloud_watch_logs_retention_role: the role of the log retention function (default a new one).
        copy_tags_to_snapshot: copy the cluster's tags to its snapshots (default false).
        db_cluster_name: the cluster identifier (default generated).
        deletion_protection: refuse deletion (default false).
        enable_performance_insights: Performance Insights on the instances (default false).
        engine_version: the engine version, ``x.y.z`` (default the latest).
        export_audit_logs_to_cloud_watch: export audit logs (default false).
        export_profiler_logs_to_cloud_watch: export profiler logs (default false).
        instance_identifier_base: the instance identifiers' prefix (default from ``db_cluster_name``, else generated).
        instance_maintenance_window: the instances' weekly maintenance window ``ddd:hh24:mi-ddd:hh24:mi``.
        instance_removal_policy: the instances' removal policy (default the cluster's, ``DESTROY`` for ``SNAPSHOT``).
        instances: how many instances (default 1; provisioned clusters only).
        instance_type: the instances' type (a provisioned cluster; exclusive with the serverless scaling).
        kms_key: the storage encryption key (default the AWS managed key).
        manage_master_user_password: let DocumentDB manage the master password in Secrets Manager.
        master_user_secret_kms_key: the key of that managed secret.
        parameter_group: the cluster parameter group.
        port: the port (default 27017).
        preferred_maintenance_window: the cluster's weekly maintenance window.
        removal_policy: what happens to the cluster when it leaves the stack (default ``RETAIN``).
        security_group: the security group (default a new one).
        security_group_removal_policy: the new security group's removal policy (default the cluster's).
        serverless_v2_scaling_configuration: the capacity of a serverless cluster (engine 5.0.0 or later).
        storage_encrypted: encrypt the storage (default true).
        storage_type: the storage type (``IOPT1`` needs engine 5.0.0 or later).
        vpc_subnets: the subnets (default private).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-docdb.DatabaseCluster"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    DEFAULT_NUM_INSTANCES = 1
    """The number of instances when ``instances`` is not given."""
    DEFAULT_PORT = 27017
    """DocumentDB's default port."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        master_user: Login,
        vpc: IVpc,
        backup: BackupProps | None = None,
        ca_certificate: CaCertificate | None = None,
        cloud_watch_logs_retention: RetentionDays | None = None,
        cloud_watch_logs_retention_role: IRole | None = None,
        copy_tags_to_snapshot: bool | None = None,
        db_cluster_name: str | None = None,
        deletion_protection: bool | None = None,
        enable_performance_insights: bool | None = None,
        engine_version: str | None = None,
        export_audit_logs_to_cloud_watch: bool | None = None,
        export_profiler_logs_to_cloud_watch: bool | None = None,
        instance_identifier_base: str | None = None,
        instance_maintenance_window: str | None = None,
        instance_removal_policy: RemovalPolicy | None = None,
        instances: int | float | None = None,
        instance_type: InstanceType | None = None,
        kms_key: IKey | None = None,
        manage_master_user_password: bool | None = None,
        master_user_secret_kms_key: IKey | None = None,
        parameter_group: IDBClusterParameterGroupRef | None = None,
        port: int | float | None = None,
        preferred_maintenance_window: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_group: ISecurityGroup | None = None,
        security_group_removal_policy: RemovalPolicy | None = None,
        serverless_v2_scaling_configuration: ServerlessV2ScalingConfiguration | None = None,
        storage_encrypted: bool | None = None,
        storage_type: StorageType | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        if instance_type is None and serverless_v2_scaling_configuration is None:
            raise ValidationError(
                "Either instanceType (for provisioned clusters) or serverlessV2ScalingConfiguration (for serverless "
                "clusters) must be specified",
                self,
            )
        for window, name in ((preferred_maintenance_window, "preferredMaintenanceWindow"),
                             (instance_maintenance_window, "instanceMaintenanceWindow")):
            if window is not None and not Token.is_unresolved(window) and not _MAINTENANCE_WINDOW.match(window):
                raise ValidationError(
                    f"{name} must be in the format ddd:hh24:mi-ddd:hh24:mi, e.g. sat:09:00-sat:09:30", self
                )
        serverless = serverless_v2_scaling_configuration is not None
        if serverless and instance_type is not None:
            raise ValidationError("Cannot specify both instanceType and serverlessV2ScalingConfiguration", self)
        self.vpc: IVpc = vpc
        self.vpc_subnets: SubnetSelection | None = vpc_subnets
        selection: dict[str, Any] = {}
        if vpc_subnets is not None:
            names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets",
                     "subnet_type")
            selection = {n: getattr(vpc_subnets, n) for n in names if getattr(vpc_subnets, n) is not None}
        selected = vpc.select_subnets(**selection)
        subnet_ids = selected.subnet_ids
        if len(subnet_ids) < 2:
            raise ValidationError(f"Cluster requires at least 2 subnets, got {len(subnet_ids)}", self)
        subnet_group = CfnDBSubnetGroup(self, "Subnets", db_subnet_group_description=f"Subnets for {id} database",
                                        subnet_ids=subnet_ids)
        if security_group is None:
            security_group = ec2.SecurityGroup(self, "SecurityGroup", description="DocumentDB security group", vpc=vpc)
            sg_policy = self._security_group_removal_policy(removal_policy, security_group_removal_policy)
            security_group.node.default_child.apply_removal_policy(  # type: ignore[union-attr]
                sg_policy, apply_to_update_replace_policy=True
            )
        self.security_group_id: str = security_group.security_group_id

        exports: list[str] = []
        if export_audit_logs_to_cloud_watch:
            exports.append("audit")
        if export_profiler_logs_to_cloud_watch:
            exports.append("profiler")
        if manage_master_user_password and master_user.password is not None:
            raise ValidationError(
                "You can't manage the master user password with AWS Secrets Manager if masterUser.password is "
                "specified",
                self,
            )
        if master_user_secret_kms_key is not None and not manage_master_user_password:
            raise ValidationError("masterUserSecretKmsKey is valid only if manageMasterUserPassword is true", self)
        self._manage_master_user_password = manage_master_user_password
        secret: DatabaseSecret | None = None
        if not manage_master_user_password and master_user.password is None:
            from l2.docdb._database_secret import DatabaseSecret

            secret = DatabaseSecret(
                self,
                "Secret",
                username=master_user.username,
                encryption_key=master_user.kms_key,
                exclude_characters=master_user.exclude_characters,
                secret_name=master_user.secret_name,
            )
        encrypted = storage_encrypted if storage_encrypted is not None else True
        if kms_key is not None and not encrypted:
            raise ValidationError("KMS key supplied but storageEncrypted is false", self)
        if engine_version is not None and not _ENGINE_VERSION.match(engine_version):
            raise ValidationError(
                f"Invalid engine version: '{engine_version}'. Engine version must be in the format x.y.z", self
            )
        if (storage_type is StorageType.IOPT1 and engine_version is not None
                and int(engine_version.split(".")[0]) < _MIN_MAJOR_IO_OPTIMIZED):
            raise ValidationError(
                f"I/O-optimized storage is supported starting with engine version 5.0.0, got '{engine_version}'", self
            )
        if serverless and engine_version is not None and int(engine_version.split(".")[0]) < _MIN_MAJOR_SERVERLESS:
            raise ValidationError(
                f"DocumentDB serverless requires engine version 5.0.0 or higher, got '{engine_version}'", self
            )

        if manage_master_user_password:
            username: str = master_user.username
            password: str | None = None
        elif secret is not None:
            username = secret.secret_value_from_json("username").unsafe_unwrap()
            password = secret.secret_value_from_json("password").unsafe_unwrap()
        else:
            username = master_user.username
            password = master_user.password.unsafe_unwrap()  # type: ignore[union-attr]
        self._security_group_ids: list[str] = [self.security_group_id]
        sg_ids = self._security_group_ids
        scaling = serverless_v2_scaling_configuration
        self._cluster = CfnDBCluster(
            self,
            "Resource",
            engine_version=engine_version,
            db_cluster_identifier=db_cluster_name,
            db_subnet_group_name=subnet_group.ref,
            port=port,
            vpc_security_group_ids=Lazy.list(lambda: list(sg_ids)),
            db_cluster_parameter_group_name=(
                parameter_group.db_cluster_parameter_group_ref.db_cluster_parameter_group_name
                if parameter_group is not None
                else None
            ),
            deletion_protection=deletion_protection,
            master_username=username,
            master_user_password=password,
            manage_master_user_password=manage_master_user_password,
            master_user_secret_kms_key_id=(
                master_user_secret_kms_key.key_arn if master_user_secret_kms_key is not None else None
            ),
            backup_retention_period=backup.retention.to_days() if backup is not None else None,
            preferred_backup_window=backup.preferred_window if backup is not None else None,
            preferred_maintenance_window=preferred_maintenance_window,
            enable_cloudwatch_logs_exports=exports or None,
            kms_key_id=kms_key.key_arn if kms_key is not None else None,
            storage_encrypted=encrypted,
            copy_tags_to_snapshot=copy_tags_to_snapshot,
            storage_type=storage_type.value if storage_type is not None else None,
            serverless_v2_scaling_configuration=(
                CfnDBCluster.ServerlessV2ScalingConfigurationProperty(
                    min_capacity=scaling.min_capacity, max_capacity=scaling.max_capacity
                )
                if scaling is not None
                else None
            ),
        )
        self._cluster.apply_removal_policy(removal_policy, apply_to_update_replace_policy=True)
        self.cluster_identifier = self._cluster.ref
        self.cluster_resource_identifier: str = self._cluster.attr_cluster_resource_id
        the_port = Token.as_number(self._cluster.attr_port)
        self.cluster_endpoint: Endpoint = Endpoint(self._cluster.attr_endpoint, the_port)
        self.cluster_read_endpoint: Endpoint = Endpoint(self._cluster.attr_read_endpoint, the_port)
        if cloud_watch_logs_retention is not None:
            from l2 import logs

            for log in exports:
                logs.LogRetention(self, f"LogRetention{log}",
                                  log_group_name=f"/aws/docdb/{self.cluster_identifier}/{log}",
                                  retention=cloud_watch_logs_retention, role=cloud_watch_logs_retention_role)
        self.secret: ISecret | None = secret.attach(self) if secret is not None else None
        self.instance_identifiers: list[str] = []
        self.instance_endpoints: list[Endpoint] = []
        if not serverless:
            count = instances if instances is not None else DatabaseCluster.DEFAULT_NUM_INSTANCES
            if count < 1:
                raise ValidationError("At least one instance is required for provisioned clusters", self)
            instance_policy = self._instance_removal_policy(removal_policy, instance_removal_policy)
            ca_id = ca_certificate.to_string() if ca_certificate is not None else None
            assert instance_type is not None
            for index in range(1, int(count) + 1):
                if instance_identifier_base is not None:
                    identifier: str | None = f"{instance_identifier_base}{index}"
                elif db_cluster_name is not None:
                    identifier = f"{db_cluster_name}instance{index}"
                else:
                    identifier = None
                instance = CfnDBInstance(
                    self,
                    f"Instance{index}",
                    db_cluster_identifier=self._cluster.ref,
                    db_instance_identifier=identifier,
                    db_instance_class="db." + instance_type.to_string(),
                    enable_performance_insights=enable_performance_insights,
                    ca_certificate_identifier=ca_id,
                    preferred_maintenance_window=instance_maintenance_window,
                )
                instance.apply_removal_policy(instance_policy, apply_to_update_replace_policy=True)
                instance.node.add_dependency(selected.internet_connectivity_established)
                self.instance_identifiers.append(instance.ref)
                self.instance_endpoints.append(Endpoint(instance.attr_endpoint, the_port))
        self.connections: Connections = ec2.Connections(default_port=ec2.Port.tcp(the_port),
                                                        security_groups=[security_group])

    def _instance_removal_policy(self, cluster: RemovalPolicy | None,
                                 instance: RemovalPolicy | None) -> RemovalPolicy | None:
        if instance is RemovalPolicy.SNAPSHOT:
            raise ValidationError("AWS::DocDB::DBInstance does not support the SNAPSHOT removal policy", self)
        if instance is not None:
            return instance
        return RemovalPolicy.DESTROY if cluster is RemovalPolicy.SNAPSHOT else cluster

    def _security_group_removal_policy(self, cluster: RemovalPolicy | None,
                                       group: RemovalPolicy | None) -> RemovalPolicy | None:
        if group is RemovalPolicy.SNAPSHOT:
            raise ValidationError("AWS::EC2::SecurityGroup does not support the SNAPSHOT removal policy", self)
        if group is not None:
            return group
        return RemovalPolicy.DESTROY if cluster is RemovalPolicy.SNAPSHOT else cluster

    def add_rotation_single_user(self, automatically_after: Duration | None = None) -> SecretRotation:
        """Rotate the master password with the single-user MongoDB rotation application."""
        from l2 import secretsmanager

        self._check_rotation("single")
        if self.node.try_find_child("RotationSingleUser") is not None:
            raise ValidationError("A single user rotation was already added to this cluster.", self)
        assert self.secret is not None
        return secretsmanager.SecretRotation(
            self,
            "RotationSingleUser",
            secret=self.secret,
            automatically_after=automatically_after,
            application=secretsmanager.SecretRotationApplication.MONGODB_ROTATION_SINGLE_USER,
            exclude_characters=self._excluded_characters(),
            vpc=self.vpc,
            vpc_subnets=self.vpc_subnets,
            target=self,  # type: ignore[arg-type]
        )

    def add_rotation_multi_user(self, id: str, *, secret: ISecret,
                                automatically_after: Duration | None = None) -> SecretRotation:
        """Rotate another user's password with the multi-user MongoDB rotation application (the master secret
        signs in)."""
        from l2 import secretsmanager

        self._check_rotation("multi")
        return secretsmanager.SecretRotation(
            self,
            id,
            secret=secret,
            master_secret=self.secret,
            automatically_after=automatically_after,
            exclude_characters=self._excluded_characters(),
            application=secretsmanager.SecretRotationApplication.MONGODB_ROTATION_MULTI_USER,
            vpc=self.vpc,
            vpc_subnets=self.vpc_subnets,
            target=self,  # type: ignore[arg-type]
        )

    def add_security_groups(self, *security_groups: ISecurityGroup) -> None:
        """Add security groups to the cluster."""
        self._security_group_ids.extend(sg.security_group_id for sg in security_groups)

    def _check_rotation(self, kind: str) -> None:
        if self._manage_master_user_password:
            raise ValidationError(
                "Cannot add rotation when `manageMasterUserPassword` is enabled. Amazon DocumentDB automatically "
                "rotates the master password when it manages the secret.",
                self,
            )
        if self.secret is None:
            raise ValidationError(f"Cannot add {kind} user rotation for a cluster without secret.", self)

    def _excluded_characters(self) -> Any:
        child = self.node.try_find_child("Secret")
        return getattr(child, "_excluded_characters", None)

    @staticmethod
    def from_database_cluster_attributes(
        scope: Construct,
        id: str,
        *,
        cluster_identifier: str,
        cluster_endpoint_address: str | None = None,
        instance_endpoint_addresses: Sequence[str] | None = None,
        instance_identifiers: Sequence[str] | None = None,
        port: int | float | None = None,
        reader_endpoint_address: str | None = None,
        security_group: ISecurityGroup | None = None,
    ) -> IDatabaseCluster:
        """Import a cluster; the endpoints need their addresses and the port."""
        return _ImportedDatabaseCluster(
            scope,
            id,
            cluster_identifier=cluster_identifier,
            cluster_endpoint_address=cluster_endpoint_address,
            instance_endpoint_addresses=instance_endpoint_addresses,
            instance_identifiers=instance_identifiers,
            port=port,
            reader_endpoint_address=reader_endpoint_address,
            security_group=security_group,
        )
