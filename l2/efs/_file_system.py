"""``FileSystem``: an EFS file system with its mount targets, policy and grants; importing existing ones."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    DependencyGroup,
    FeatureFlags,
    IDependable,
    Lazy,
    Names,
    RemovalPolicy,
    Resource,
    Size,
    Stack,
    Tags,
    Token,
    ValidationError,
)
from l1._private.interfaces.efs import FileSystemReference as FileSystemReference
from l1.efs import CfnFileSystem, CfnMountTarget
from l2.efs._types import (
    AccessPointOptions,
    Acl,
    LifecyclePolicy,
    OutOfInfrequentAccessPolicy,
    PerformanceMode,
    PosixUser,
    ReplicationOverwriteProtection,
    ThroughputMode,
)

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.efs._access_point import AccessPoint
    from l2.efs._interfaces import IFileSystem
    from l2.efs._replication import ReplicationConfiguration
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyDocument, PolicyStatement
    from l2.kms import IKey

DENY_ANONYMOUS_ACCESS = "@aws-cdk/aws-efs:denyAnonymousAccess"
DEFAULT_ENCRYPTION_AT_REST = "@aws-cdk/aws-efs:defaultEncryptionAtRest"
MOUNT_TARGET_ORDER_INSENSITIVE = "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId"
_MOUNT = "elasticfilesystem:ClientMount"
_WRITE = "elasticfilesystem:ClientWrite"
_ROOT = "elasticfilesystem:ClientRootAccess"
_VIA_MOUNT_TARGET = {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}


class _FileSystemBase(Resource):
    """What new and imported file systems share: grants and the resource policy."""

    file_system_id: str
    file_system_arn: str
    connections: Connections
    mount_targets_available: IDependable

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._resource: CfnFileSystem | None = None
        self._file_system_policy: PolicyDocument | None = None
        self._granted_client = False

    @property
    def file_system_ref(self) -> FileSystemReference:
        """The file system's id and ARN."""
        return FileSystemReference(file_system_arn=self.file_system_arn, file_system_id=self.file_system_id)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this file system (identity policy, or the file system policy for other accounts).

        Args:
            grantee: who gets the permissions.
            actions: the ``elasticfilesystem:`` actions.
        """
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.file_system_arn], resource=self
        )

    def _grant_client(self, grantee: IGrantable, actions: list[str]) -> Grant:
        from l2 import iam

        self._granted_client = True
        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=actions,
            resource_arns=[self.file_system_arn],
            resource=self,
            conditions=_VIA_MOUNT_TARGET,
        )

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Mount the file system through a mount target (and so deny anonymous access by default)."""
        return self._grant_client(grantee, [_MOUNT])

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Mount and write through a mount target (and so deny anonymous access by default)."""
        return self._grant_client(grantee, [_MOUNT, _WRITE])

    def grant_root_access(self, grantee: IGrantable) -> Grant:
        """Mount, write and act as root through a mount target (and so deny anonymous access by default)."""
        return self._grant_client(grantee, [_MOUNT, _WRITE, _ROOT])

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add ``statement`` to the file system policy (dropped for imported file systems)."""
        from l2 import iam

        if self._resource is None:
            return iam.AddToResourcePolicyResult(statement_added=False)
        if self._file_system_policy is None:
            self._file_system_policy = iam.PolicyDocument(statements=[])
        self._file_system_policy.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self)


class _ImportedFileSystem(_FileSystemBase):
    """A file system defined outside the app."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        security_group: ISecurityGroup,
        file_system_arn: str | None,
        file_system_id: str | None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        if bool(file_system_id) == bool(file_system_arn):
            raise ValidationError("One of fileSystemId or fileSystemArn, but not both, must be provided.", self)
        self.file_system_arn = file_system_arn or Stack.of(scope).format_arn(
            service="elasticfilesystem", resource="file-system", resource_name=file_system_id
        )
        parsed = Stack.of(scope).split_arn(self.file_system_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not parsed.resource_name:
            raise ValidationError(f"Invalid FileSystem Arn {self.file_system_arn}", self)
        self.file_system_id = file_system_id or parsed.resource_name
        self.connections = ec2.Connections(
            security_groups=[security_group], default_port=ec2.Port.tcp(FileSystem.DEFAULT_PORT)
        )
        self.mount_targets_available = DependencyGroup()


class FileSystem(_FileSystemBase):
    """An EFS file system and a mount target in each selected subnet.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC of the mount targets.
        allow_anonymous_access: allow clients without IAM authorization (default: allowed, unless a client grant
            was made or ``@aws-cdk/aws-efs:denyAnonymousAccess`` is on).
        enable_automatic_backups: turn on AWS Backup's automatic backups.
        encrypted: encrypt at rest (default ``True``).
        file_system_name: the ``Name`` tag (default the construct path).
        file_system_policy: the file system policy.
        kms_key: the key encrypting the file system (default the AWS managed key).
        lifecycle_policy: when files move to Infrequent Access.
        one_zone: a One Zone file system in the first AZ of the VPC (or of ``vpc_subnets.availability_zones``).
        out_of_infrequent_access_policy: when files move back to primary storage.
        performance_mode: default the service's (general purpose).
        provisioned_throughput_per_second: required with ``ThroughputMode.PROVISIONED``.
        removal_policy: default ``RETAIN``.
        replication_configuration: a replication destination.
        replication_overwrite_protection: whether the file system may be a replication destination.
        security_group: the mount targets' group (default a new one).
        throughput_mode: default the service's (bursting).
        transition_to_archive_policy: when files move to Archive.
        vpc_subnets: where the mount targets go (default one subnet per AZ).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-efs.FileSystem"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    DEFAULT_PORT = 2049
    """The NFS port."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        allow_anonymous_access: bool | None = None,
        enable_automatic_backups: bool | None = None,
        encrypted: bool | None = None,
        file_system_name: str | None = None,
        file_system_policy: PolicyDocument | None = None,
        kms_key: IKey | None = None,
        lifecycle_policy: LifecyclePolicy | None = None,
        one_zone: bool | None = None,
        out_of_infrequent_access_policy: OutOfInfrequentAccessPolicy | None = None,
        performance_mode: PerformanceMode | None = None,
        provisioned_throughput_per_second: Size | None = None,
        removal_policy: RemovalPolicy | None = None,
        replication_configuration: ReplicationConfiguration | None = None,
        replication_overwrite_protection: ReplicationOverwriteProtection | None = None,
        security_group: ISecurityGroup | None = None,
        throughput_mode: ThroughputMode | None = None,
        transition_to_archive_policy: LifecyclePolicy | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        if performance_mode is PerformanceMode.MAX_IO and one_zone:
            raise ValidationError("performanceMode MAX_IO is not supported for One Zone file systems.", self)
        if one_zone:
            self._validate_one_zone(vpc, vpc_subnets)
        if throughput_mode is ThroughputMode.PROVISIONED and provisioned_throughput_per_second is None:
            raise ValidationError(
                "Property provisionedThroughputPerSecond is required when throughputMode is PROVISIONED", self
            )
        if throughput_mode is ThroughputMode.ELASTIC and performance_mode is PerformanceMode.MAX_IO:
            raise ValidationError(
                "ThroughputMode ELASTIC is not supported for file systems with performanceMode MAX_IO", self
            )
        if replication_configuration is not None and (
            replication_overwrite_protection is ReplicationOverwriteProtection.DISABLED
        ):
            raise ValidationError(
                "Cannot configure 'replicationConfiguration' when 'replicationOverwriteProtection' is set to "
                "'DISABLED'",
                self,
            )
        if encrypted is None and FeatureFlags.of(self).is_enabled(DEFAULT_ENCRYPTION_AT_REST) is not False:
            encrypted = True
        policies: list[CfnFileSystem.LifecyclePolicyProperty] = []
        if lifecycle_policy is not None:
            policies.append(CfnFileSystem.LifecyclePolicyProperty(transition_to_ia=lifecycle_policy.value))
        if out_of_infrequent_access_policy is not None:
            policies.append(
                CfnFileSystem.LifecyclePolicyProperty(
                    transition_to_primary_storage_class=out_of_infrequent_access_policy.value
                )
            )
        if transition_to_archive_policy is not None:
            policies.append(
                CfnFileSystem.LifecyclePolicyProperty(transition_to_archive=transition_to_archive_policy.value)
            )
        one_zone_az = (
            vpc_subnets.availability_zones[0]
            if vpc_subnets is not None and vpc_subnets.availability_zones
            else vpc.availability_zones[0]
        )
        self._allow_anonymous_access = allow_anonymous_access
        self._resource = CfnFileSystem(
            self,
            "Resource",
            encrypted=encrypted,
            kms_key_id=kms_key.key_arn if kms_key is not None else None,
            lifecycle_policies=policies or None,
            performance_mode=performance_mode.value if performance_mode is not None else None,
            throughput_mode=throughput_mode.value if throughput_mode is not None else None,
            provisioned_throughput_in_mibps=(
                provisioned_throughput_per_second.to_mebibytes()
                if provisioned_throughput_per_second is not None
                else None
            ),
            backup_policy=(
                CfnFileSystem.BackupPolicyProperty(status="ENABLED") if enable_automatic_backups else None
            ),
            file_system_policy=Lazy.any(self._render_policy),
            file_system_protection=(
                CfnFileSystem.FileSystemProtectionProperty(
                    replication_overwrite_protection=replication_overwrite_protection.value
                )
                if replication_overwrite_protection is not None
                else None
            ),
            availability_zone_name=one_zone_az if one_zone else None,
            replication_configuration=self._render_replication(replication_configuration),
        )
        self._resource.apply_removal_policy(removal_policy)
        self.file_system_id: str = self._resource.ref
        self.file_system_arn: str = self._resource.attr_arn
        self._file_system_policy = file_system_policy
        Tags.of(self).add("Name", file_system_name or self.node.path)

        group = security_group or ec2.SecurityGroup(self, "EfsSecurityGroup", vpc=vpc)
        self.connections = ec2.Connections(security_groups=[group], default_port=ec2.Port.tcp(self.DEFAULT_PORT))
        if one_zone:
            subnets = vpc.select_subnets(availability_zones=[one_zone_az])
        elif vpc_subnets is not None:
            subnets = vpc.select_subnets(**_selection_kwargs(vpc_subnets))
        else:
            subnets = vpc.select_subnets(one_per_az=True)
        available = DependencyGroup()
        if FeatureFlags.of(self).is_enabled(MOUNT_TARGET_ORDER_INSENSITIVE):
            for subnet in subnets.subnets:
                unique = (
                    Names.unique_resource_name(subnet, max_length=16)
                    if Token.is_unresolved(subnet.node.id)
                    else subnet.node.id
                )
                available.add(
                    CfnMountTarget(
                        self,
                        f"EfsMountTarget-{unique}",
                        file_system_id=self.file_system_id,
                        security_groups=[group.security_group_id],
                        subnet_id=subnet.subnet_id,
                    )
                )
        else:
            for index, subnet_id in enumerate(subnets.subnet_ids, start=1):
                available.add(
                    CfnMountTarget(
                        self,
                        f"EfsMountTarget{index}",
                        file_system_id=self.file_system_id,
                        security_groups=[group.security_group_id],
                        subnet_id=subnet_id,
                    )
                )
        self.mount_targets_available: IDependable = available

    @staticmethod
    def from_file_system_attributes(
        scope: Construct,
        id: str,
        *,
        security_group: ISecurityGroup,
        file_system_arn: str | None = None,
        file_system_id: str | None = None,
    ) -> IFileSystem:
        """Import a file system by id or ARN (exactly one), with its mount targets' security group."""
        return _ImportedFileSystem(scope, id, security_group, file_system_arn, file_system_id)

    def add_access_point(
        self,
        id: str,
        *,
        client_token: str | None = None,
        create_acl: Acl | None = None,
        path: str | None = None,
        posix_user: PosixUser | None = None,
    ) -> AccessPoint:
        """An access point of this file system (see ``AccessPointOptions`` for each keyword)."""
        from l2.efs._access_point import AccessPoint

        options = AccessPointOptions(client_token=client_token, create_acl=create_acl, path=path, posix_user=posix_user)
        return AccessPoint(
            self,
            id,
            file_system=self,
            client_token=options.client_token,
            create_acl=options.create_acl,
            path=options.path,
            posix_user=options.posix_user,
        )

    def _render_policy(self) -> PolicyDocument | None:
        from l2 import iam

        deny_flag = bool(FeatureFlags.of(self).is_enabled(DENY_ANONYMOUS_ACCESS))
        allow = self._allow_anonymous_access
        if allow is None:
            allow = not (deny_flag or self._granted_client)
        if not allow:
            self.add_to_resource_policy(
                iam.PolicyStatement(
                    principals=[iam.AnyPrincipal()], actions=[_WRITE, _ROOT], conditions=_VIA_MOUNT_TARGET
                )
            )
        return self._file_system_policy

    def _render_replication(self, config: ReplicationConfiguration | None) -> Any:
        if config is None:
            return None
        destination = config.destination_file_system
        if destination is not None:
            region: str | None = Stack.of(destination).region if isinstance(destination, Construct) else None
            file_system_id: str | None = destination.file_system_id
        else:
            region = config.region or Stack.of(self).region
            file_system_id = None
        return CfnFileSystem.ReplicationConfigurationProperty(
            destinations=[
                CfnFileSystem.ReplicationDestinationProperty(
                    file_system_id=file_system_id,
                    kms_key_id=config.kms_key.key_arn if config.kms_key is not None else None,
                    region=region,
                    availability_zone_name=config.availability_zone,
                )
            ]
        )

    def _validate_one_zone(self, vpc: IVpc, vpc_subnets: SubnetSelection | None) -> None:
        if vpc_subnets is None:
            return
        zones = vpc_subnets.availability_zones
        if not zones:
            raise ValidationError(
                "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined.",
                self,
            )
        if len(zones) != 1:
            raise ValidationError(
                "When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone.", self
            )
        vpc_zones = list(vpc.availability_zones)
        if (
            all(not Token.is_unresolved(z) for z in vpc_zones)
            and all(not z.startswith("dummy") for z in vpc_zones)
            and zones[0] not in vpc_zones
        ):
            raise ValidationError("vpcSubnets.availabilityZones specified is not in vpc.availabilityZones.", self)


def _selection_kwargs(selection: SubnetSelection) -> dict[str, Any]:
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {n: getattr(selection, n) for n in names if getattr(selection, n) is not None}
