"""``FileSystemBase``, ``IFileSystem`` and ``LustreFileSystem``: an FSx for Lustre file system, new or imported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from constructs import Aws, Construct, RemovalPolicy, Resource, Token, ValidationError
from l1.fsx import CfnFileSystem
from l2.fsx._types import (
    DriveCacheType,
    FileSystemTypeVersion,
    LustreConfiguration,
    LustreDeploymentType,
    StorageType,
)

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, ISubnet, IVpc
    from l2.interfaces.kms import IKeyRef

_PORT_RANGE = (988, 1023)


def _js(n: Any) -> str:
    return str(int(n)) if isinstance(n, float) and n.is_integer() else str(n)


@runtime_checkable
class IFileSystem(Protocol):
    """An FSx file system (aws-cdk-lib's ``aws_fsx.IFileSystem``)."""

    @property
    def file_system_id(self) -> str:
        """The file system's id."""
        ...

    @property
    def connections(self) -> Connections:
        """Its network connections."""
        ...


class FileSystemBase(Resource):
    """A new or imported FSx file system (the base class of ``LustreFileSystem``).

    Args:
        scope: the parent construct.
        id: the construct id.
        account: the account of the resource (default the stack's).
        environment_from_arn: an ARN the account and region come from.
        physical_name: the physical name.
        region: the region of the resource (default the stack's).
    """

    connections: Connections
    """The file system's network connections."""
    dns_name: str
    """The file system's DNS name."""
    file_system_id: str
    """The file system's id."""

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
        super().__init__(scope, id, account=account, environment_from_arn=environment_from_arn,
                         physical_name=physical_name, region=region)


def _connections(security_group: ISecurityGroup) -> Connections:
    from l2 import ec2

    return ec2.Connections(security_groups=[security_group], default_port=ec2.Port.tcp_range(*_PORT_RANGE))


class _ImportedLustreFileSystem(FileSystemBase):
    def __init__(self, scope: Construct, id: str, dns_name: str, file_system_id: str,
                 security_group: ISecurityGroup) -> None:
        super().__init__(scope, id)
        self.dns_name = dns_name
        self.file_system_id = file_system_id
        self.connections = _connections(security_group)


class LustreFileSystem(FileSystemBase):
    """An FSx for Lustre file system.

    Args:
        scope: the parent construct.
        id: the construct id.
        lustre_configuration: the Lustre settings.
        vpc_subnet: the subnet of the file system.
        storage_capacity_gib: the storage capacity in GiB.
        vpc: the VPC.
        file_system_type_version: the Lustre version (default 2.10).
        backup_id: a backup to restore from.
        kms_key: the encryption key (default the FSx managed key).
        removal_policy: what happens to the file system when it leaves the stack (default ``RETAIN``).
        security_group: the security group (default a new one).
        storage_type: the storage type (default SSD).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-fsx.LustreFileSystem"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _DEFAULT_FILE_SYSTEM_TYPE: ClassVar[str] = "LUSTRE"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lustre_configuration: LustreConfiguration,
        vpc_subnet: ISubnet,
        storage_capacity_gib: int | float,
        vpc: IVpc,
        file_system_type_version: FileSystemTypeVersion | None = None,
        backup_id: str | None = None,
        kms_key: IKeyRef | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_group: ISecurityGroup | None = None,
        storage_type: StorageType | None = None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        config = lustre_configuration
        self._validate(config, storage_capacity_gib, storage_type, file_system_type_version)
        drive_cache = config.drive_cache_type
        if drive_cache is None and storage_type is StorageType.HDD:
            drive_cache = DriveCacheType.NONE
        if security_group is None:
            security_group = ec2.SecurityGroup(self, "FsxLustreSecurityGroup", vpc=vpc)
        security_group.add_ingress_rule(security_group, ec2.Port.tcp_range(*_PORT_RANGE))
        self.connections = _connections(security_group)
        retention = config.automatic_backup_retention
        self._file_system = CfnFileSystem(
            self,
            "Resource",
            file_system_type=LustreFileSystem._DEFAULT_FILE_SYSTEM_TYPE,
            subnet_ids=[vpc_subnet.subnet_id],
            backup_id=backup_id,
            kms_key_id=kms_key.key_ref.key_id if kms_key is not None else None,
            lustre_configuration=CfnFileSystem.LustreConfigurationProperty(
                auto_import_policy=config.auto_import_policy.value if config.auto_import_policy else None,
                automatic_backup_retention_days=retention.to_days() if retention is not None else None,
                copy_tags_to_backups=config.copy_tags_to_backups,
                daily_automatic_backup_start_time=(
                    config.daily_automatic_backup_start_time.to_timestamp()
                    if config.daily_automatic_backup_start_time is not None
                    else None
                ),
                data_compression_type=config.data_compression_type.value if config.data_compression_type else None,
                deployment_type=config.deployment_type.value,
                drive_cache_type=drive_cache.value if drive_cache is not None else None,
                export_path=config.export_path,
                import_path=config.import_path,
                imported_file_chunk_size=config.imported_file_chunk_size_mib,  # type: ignore[arg-type]
                per_unit_storage_throughput=config.per_unit_storage_throughput,  # type: ignore[arg-type]
                weekly_maintenance_start_time=(
                    config.weekly_maintenance_start_time.to_timestamp()
                    if config.weekly_maintenance_start_time is not None
                    else None
                ),
            ),
            security_group_ids=[security_group.security_group_id],
            storage_capacity=storage_capacity_gib,  # type: ignore[arg-type]
            file_system_type_version=file_system_type_version.value if file_system_type_version else None,
            storage_type=storage_type.value if storage_type is not None else None,
        )
        self._file_system.apply_removal_policy(removal_policy)
        self.file_system_id = self._file_system.ref
        self.dns_name = f"{self.file_system_id}.fsx.{self.env.region}.{Aws.URL_SUFFIX}"
        self.mount_name: str = self._file_system.attr_lustre_mount_name

    @staticmethod
    def from_lustre_file_system_attributes(
        scope: Construct, id: str, *, dns_name: str, file_system_id: str, security_group: ISecurityGroup
    ) -> IFileSystem:
        """Import a Lustre file system."""
        return _ImportedLustreFileSystem(scope, id, dns_name, file_system_id, security_group)

    def _validate(self, config: LustreConfiguration, capacity: int | float, storage_type: StorageType | None,
                  version: FileSystemTypeVersion | None) -> None:
        deployment = config.deployment_type
        throughput = config.per_unit_storage_throughput
        self._validate_import_path(config.import_path)
        self._validate_export_path(config.export_path, config.import_path)
        size = config.imported_file_chunk_size_mib
        if size is not None and (size < 1 or size > 512000):
            raise ValidationError(
                f"importedFileChunkSize cannot be {_js(size)} MiB. It must be a value from 1 to 512,000 MiB", self
            )
        if config.auto_import_policy is not None:
            if config.import_path is None:
                raise ValidationError("autoImportPolicy requires importPath to be defined", self)
            if deployment is LustreDeploymentType.PERSISTENT_2:
                raise ValidationError("autoImportPolicy is not supported with PERSISTENT_2 deployments", self)
        retention = config.automatic_backup_retention
        if retention is not None:
            days = retention.to_days()
            if deployment in (LustreDeploymentType.SCRATCH_1, LustreDeploymentType.SCRATCH_2) and days > 0:
                raise ValidationError("automatic backups is not supported on scratch file systems", self)
            if days > 90:
                raise ValidationError(
                    f"automaticBackupRetention period must be between 0 and 90 days. received: {_js(days)}", self
                )
        if config.daily_automatic_backup_start_time is not None and (retention is None or retention.to_days() == 0):
            raise ValidationError(
                "automaticBackupRetention period must be set a non-zero day when dailyAutomaticBackupStartTime is set",
                self,
            )
        self._validate_throughput(deployment, throughput, storage_type)
        self._validate_capacity(deployment, capacity, storage_type, throughput)
        if storage_type is StorageType.HDD and deployment is not LustreDeploymentType.PERSISTENT_1:
            raise ValidationError(
                f"Storage type HDD is only supported for PERSISTENT_1 deployment type, got: {deployment.value}", self
            )
        if config.drive_cache_type is not None and (
            deployment is not LustreDeploymentType.PERSISTENT_1 or storage_type is not StorageType.HDD
        ):
            raise ValidationError(
                "driveCacheType can only be set for PERSISTENT_1 HDD storage type, got: "
                f"{deployment.value} and {storage_type.value if storage_type else 'undefined'}",
                self,
            )
        if (version is FileSystemTypeVersion.V_2_10 and not deployment.value.startswith("SCRATCH")
                and deployment is not LustreDeploymentType.PERSISTENT_1):
            raise ValidationError(
                "fileSystemTypeVersion V_2_10 is only supported for SCRATCH and PERSISTENT_1 deployment types", self
            )

    def _validate_import_path(self, path: str | None) -> None:
        if path is None or Token.is_unresolved(path):
            return
        if not path.startswith("s3://"):
            raise ValidationError(
                f'The import path "{path}" is invalid. Expecting the format: s3://{{BUCKET_NAME}}/optional-prefix', self
            )
        if len(path) > 900:
            raise ValidationError(f'The import path "{path}" exceeds the maximum length of 900 characters', self)

    def _validate_export_path(self, export_path: str | None, import_path: str | None) -> None:
        if export_path is None:
            return
        if import_path is None:
            raise ValidationError("Cannot define an export path without also defining an import path", self)
        if Token.is_unresolved(export_path) and Token.is_unresolved(import_path):
            return
        if Token.is_unresolved(import_path) != Token.is_unresolved(export_path):
            raise ValidationError(
                "The importPath and exportPath must each be Tokens or not Tokens, you cannot use a mix", self
            )
        if not export_path.startswith(import_path):
            raise ValidationError(
                f'The export path "{export_path}" is invalid. Expecting the format: '
                "s3://{IMPORT_PATH}/optional-prefix",
                self,
            )
        if len(export_path) > 900:
            raise ValidationError(
                f'The export path "{export_path}" exceeds the maximum length of 900 characters', self
            )

    def _validate_throughput(self, deployment: LustreDeploymentType, throughput: int | float | None,
                             storage_type: StorageType | None) -> None:
        if throughput is None:
            return
        if deployment not in (LustreDeploymentType.PERSISTENT_1, LustreDeploymentType.PERSISTENT_2):
            raise ValidationError(
                "perUnitStorageThroughput can only be set for the PERSISTENT_1/PERSISTENT_2 deployment types, "
                f"received: {deployment.value}",
                self,
            )
        if deployment is LustreDeploymentType.PERSISTENT_1:
            if storage_type is StorageType.HDD and throughput not in (12, 40):
                raise ValidationError(
                    f"perUnitStorageThroughput must be 12 or 40 MB/s/TiB for PERSISTENT_1 HDD storage, got: "
                    f"{_js(throughput)}",
                    self,
                )
            if storage_type in (None, StorageType.SSD) and throughput not in (50, 100, 200):
                raise ValidationError(
                    "perUnitStorageThroughput must be 50, 100, or 200 MB/s/TiB for PERSISTENT_1 SSD storage, got: "
                    f"{_js(throughput)}",
                    self,
                )
        if deployment is LustreDeploymentType.PERSISTENT_2 and throughput not in (125, 250, 500, 1000):
            raise ValidationError(
                "perUnitStorageThroughput must be 125, 250, 500 or 1000 MB/s/TiB for PERSISTENT_2 deployment type, "
                f"got: {_js(throughput)}",
                self,
            )

    def _validate_capacity(self, deployment: LustreDeploymentType, capacity: int | float,
                           storage_type: StorageType | None, throughput: int | float | None) -> None:
        c = _js(capacity)
        if deployment is LustreDeploymentType.SCRATCH_1 and capacity not in (1200, 2400, 3600) and capacity % 3600:
            raise ValidationError(
                "storageCapacity must be 1,200, 2,400, 3,600, or a multiple of 3,600 for SCRATCH_1 deployment type, "
                f"got {c}.",
                self,
            )
        if (deployment in (LustreDeploymentType.PERSISTENT_2, LustreDeploymentType.SCRATCH_2)
                and capacity not in (1200, 2400) and capacity % 2400):
            raise ValidationError(
                "storageCapacity must be 1,200, 2,400, or a multiple of 2,400 for SCRATCH_2 and PERSISTENT_2 "
                f"deployment types, got {c}",
                self,
            )
        if deployment is LustreDeploymentType.PERSISTENT_1:
            if storage_type is StorageType.HDD:
                if throughput == 12 and capacity % 6000:
                    raise ValidationError(
                        "storageCapacity must be a multiple of 6,000 for PERSISTENT_1 HDD storage with 12 MB/s/TiB "
                        f"throughput, got {c}",
                        self,
                    )
                if throughput == 40 and capacity % 1800:
                    raise ValidationError(
                        "storageCapacity must be a multiple of 1,800 for PERSISTENT_1 HDD storage with 40 MB/s/TiB "
                        f"throughput, got {c}",
                        self,
                    )
            elif capacity not in (1200, 2400) and capacity % 2400:
                raise ValidationError(
                    "storageCapacity must be 1,200, 2,400, or a multiple of 2,400 for PERSISTENT_1 SSD storage, "
                    f"got {c}",
                    self,
                )
