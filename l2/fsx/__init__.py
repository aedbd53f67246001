"""Amazon FSx constructs (aws-cdk-lib: ``aws_cdk.aws_fsx``): ``LustreFileSystem`` and its settings, the L1 classes."""

from constructs.internals import check_public_classes
from l1.fsx import *  # noqa: F403
from l1.fsx import __all__ as _l1_all
from l2.fsx._lustre import FileSystemBase, IFileSystem, LustreFileSystem
from l2.fsx._types import (
    DailyAutomaticBackupStartTime,
    DailyAutomaticBackupStartTimeProps,
    DriveCacheType,
    FileSystemAttributes,
    FileSystemProps,
    FileSystemTypeVersion,
    LustreAutoImportPolicy,
    LustreConfiguration,
    LustreDataCompressionType,
    LustreDeploymentType,
    LustreFileSystemProps,
    LustreMaintenanceTime,
    LustreMaintenanceTimeProps,
    StorageType,
    Weekday,
)

__all__ = [
    *_l1_all,
    "DailyAutomaticBackupStartTime",
    "DailyAutomaticBackupStartTimeProps",
    "DriveCacheType",
    "FileSystemAttributes",
    "FileSystemBase",
    "FileSystemProps",
    "FileSystemTypeVersion",
    "IFileSystem",
    "LustreAutoImportPolicy",
    "LustreConfiguration",
    "LustreDataCompressionType",
    "LustreDeploymentType",
    "LustreFileSystem",
    "LustreFileSystemProps",
    "LustreMaintenanceTime",
    "LustreMaintenanceTimeProps",
    "StorageType",
    "Weekday",
]

check_public_classes(globals())
