"""FSx enums, time values and structs: storage and deployment types, maintenance and backup times, props."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, ISubnet, IVpc
    from l2.interfaces.kms import IKeyRef


class StorageType(enum.Enum):
    """The storage type of a file system."""

    SSD = "SSD"
    HDD = "HDD"
    INTELLIGENT_TIERING = "INTELLIGENT_TIERING"


class LustreDeploymentType(enum.Enum):
    """The Lustre deployment type."""

    SCRATCH_1 = "SCRATCH_1"
    SCRATCH_2 = "SCRATCH_2"
    PERSISTENT_1 = "PERSISTENT_1"
    PERSISTENT_2 = "PERSISTENT_2"


class LustreAutoImportPolicy(enum.Enum):
    """How changes in the linked S3 bucket reach the file system."""

    NONE = "NONE"
    NEW = "NEW"
    NEW_CHANGED = "NEW_CHANGED"
    NEW_CHANGED_DELETED = "NEW_CHANGED_DELETED"


class DriveCacheType(enum.Enum):
    """The read cache of PERSISTENT_1 HDD file systems."""

    NONE = "NONE"
    READ = "READ"


class LustreDataCompressionType(enum.Enum):
    """The data compression of a file system."""

    NONE = "NONE"
    LZ4 = "LZ4"


class FileSystemTypeVersion(enum.Enum):
    """The Lustre version."""

    V_2_10 = "2.10"
    V_2_12 = "2.12"
    V_2_15 = "2.15"


class Weekday(enum.Enum):
    """A day of the week (ISO numbering)."""

    MONDAY = "1"
    TUESDAY = "2"
    WEDNESDAY = "3"
    THURSDAY = "4"
    FRIDAY = "5"
    SATURDAY = "6"
    SUNDAY = "7"


def _two_digits(n: int | float) -> str:
    text = str(int(n)) if float(n).is_integer() else str(n)
    return f"0{text}" if len(text) == 1 else text


def _js(n: int | float) -> str:
    return str(int(n)) if isinstance(n, float) and n.is_integer() else str(n)


def _is_integer(n: int | float) -> bool:
    return float(n).is_integer()


@structs.frozen(kw_only=True)
class DailyAutomaticBackupStartTimeProps:
    """A daily backup time, UTC.

    Args:
        hour: the hour (0-23).
        minute: the minute (0-59).
    """

    hour: int | float
    minute: int | float


@structs.frozen(kw_only=True)
class LustreMaintenanceTimeProps:
    """A weekly maintenance time, UTC.

    Args:
        day: the day.
        hour: the hour (0-23).
        minute: the minute (0-59).
    """

    day: Weekday
    hour: int | float
    minute: int | float


class DailyAutomaticBackupStartTime:
    """The daily time automatic backups start (``HH:MM`` UTC).

    Args:
        hour: the hour (0-23).
        minute: the minute (0-59).
    """

    def __init__(self, *, hour: int | float, minute: int | float) -> None:
        if not _is_integer(hour) or hour < 0 or hour > 23:
            raise UnscopedValidationError(
                f"dailyAutomaticBackupStartTime hour must be an integer between 0 and 24. received: {_js(hour)}"
            )
        if not _is_integer(minute) or minute < 0 or minute > 59:
            raise UnscopedValidationError(
                f"dailyAutomaticBackupStartTime minute must be an integer between 0 and 59. received: {_js(minute)}"
            )
        self._hour = _two_digits(hour)
        self._minute = _two_digits(minute)

    def to_timestamp(self) -> str:
        """``HH:MM``."""
        return f"{self._hour}:{self._minute}"


class LustreMaintenanceTime:
    """The weekly maintenance time (``d:HH:MM`` UTC).

    Args:
        day: the day.
        hour: the hour (0-23).
        minute: the minute (0-59).
    """

    def __init__(self, *, day: Weekday, hour: int | float, minute: int | float) -> None:
        if not _is_integer(hour) or hour < 0 or hour > 23:
            raise UnscopedValidationError("Maintenance time hour must be an integer between 0 and 23")
        if not _is_integer(minute) or minute < 0 or minute > 59:
            raise UnscopedValidationError("Maintenance time minute must be an integer between 0 and 59")
        self._day = day
        self._hour = _two_digits(hour)
        self._minute = _two_digits(minute)

    def to_timestamp(self) -> str:
        """``d:HH:MM``."""
        return f"{self._day.value}:{self._hour}:{self._minute}"


@structs.frozen(kw_only=True)
class LustreConfiguration:
    """The Lustre settings of a file system.

    Args:
        deployment_type: the deployment type.
        auto_import_policy: how S3 changes are imported (needs ``import_path``; not with PERSISTENT_2).
        automatic_backup_retention: how long automatic backups are kept (0-90 days; not on scratch).
        copy_tags_to_backups: copy the file system's tags to its backups.
        daily_automatic_backup_start_time: when daily backups start (needs a non-zero retention).
        data_compression_type: the data compression.
        drive_cache_type: the read cache (PERSISTENT_1 HDD only; default ``NONE`` for HDD).
        export_path: the S3 path exported to (under ``import_path``).
        imported_file_chunk_size_mib: the stripe size of imported files (1-512,000 MiB).
        import_path: the S3 bucket (and prefix) imported from.
        per_unit_storage_throughput: the throughput per TiB (PERSISTENT only).
        weekly_maintenance_start_time: the weekly maintenance time.
    """

    deployment_type: LustreDeploymentType
    auto_import_policy: LustreAutoImportPolicy | None = None
    automatic_backup_retention: Duration | None = None
    copy_tags_to_backups: bool | None = None
    daily_automatic_backup_start_time: DailyAutomaticBackupStartTime | None = None
    data_compression_type: LustreDataCompressionType | None = None
    drive_cache_type: DriveCacheType | None = None
    export_path: str | None = None
    imported_file_chunk_size_mib: int | float | None = None
    import_path: str | None = None
    per_unit_storage_throughput: int | float | None = None
    weekly_maintenance_start_time: LustreMaintenanceTime | None = None


@structs.frozen(kw_only=True)
class FileSystemAttributes:
    """What ``LustreFileSystem.from_lustre_file_system_attributes`` takes.

    Args:
        dns_name: the file system's DNS name.
        file_system_id: the file system's id.
        security_group: its security group.
    """

    dns_name: str
    file_system_id: str
    security_group: ISecurityGroup


@structs.frozen(kw_only=True)
class FileSystemProps:
    """What every FSx file system takes.

    Args:
        storage_capacity_gib: the storage capacity in GiB.
        vpc: the VPC.
        backup_id: a backup to restore from.
        kms_key: the encryption key (default the FSx managed key).
        removal_policy: what happens to the file system when it leaves the stack (default ``RETAIN``).
        security_group: the security group (default a new one).
        storage_type: the storage type (default SSD).
    """

    storage_capacity_gib: int | float
    vpc: IVpc
    backup_id: str | None = None
    kms_key: IKeyRef | None = None
    removal_policy: RemovalPolicy | None = None
    security_group: ISecurityGroup | None = None
    storage_type: StorageType | None = None


@structs.frozen(kw_only=True)
class LustreFileSystemProps:
    """The properties of a ``LustreFileSystem`` (``FileSystemProps`` and the Lustre settings; see the construct)."""

    storage_capacity_gib: int | float
    vpc: IVpc
    backup_id: str | None = None
    kms_key: IKeyRef | None = None
    removal_policy: RemovalPolicy | None = None
    security_group: ISecurityGroup | None = None
    storage_type: StorageType | None = None
    lustre_configuration: LustreConfiguration
    vpc_subnet: ISubnet
    file_system_type_version: FileSystemTypeVersion | None = None
