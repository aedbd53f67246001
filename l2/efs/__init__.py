"""Amazon EFS constructs (aws-cdk-lib: ``aws_cdk.aws_efs``): ``FileSystem``, ``AccessPoint``, the L1 classes."""

from constructs.internals import check_public_classes
from l1.efs import *  # noqa: F403
from l1.efs import __all__ as _l1_all
from l2.efs._access_point import AccessPoint
from l2.efs._file_system import FileSystem
from l2.efs._interfaces import IAccessPoint, IFileSystem
from l2.efs._replication import (
    ExistingFileSystemProps,
    OneZoneFileSystemProps,
    RegionalFileSystemProps,
    ReplicationConfiguration,
    ReplicationConfigurationProps,
)
from l2.efs._types import (
    AccessPointAttributes,
    AccessPointOptions,
    AccessPointProps,
    Acl,
    FileSystemAttributes,
    FileSystemProps,
    LifecyclePolicy,
    OutOfInfrequentAccessPolicy,
    PerformanceMode,
    PosixUser,
    ReplicationOverwriteProtection,
    ThroughputMode,
)

__all__ = [
    *_l1_all,
    "AccessPoint",
    "AccessPointAttributes",
    "AccessPointOptions",
    "AccessPointProps",
    "Acl",
    "ExistingFileSystemProps",
    "FileSystem",
    "FileSystemAttributes",
    "FileSystemProps",
    "IAccessPoint",
    "IFileSystem",
    "LifecyclePolicy",
    "OneZoneFileSystemProps",
    "OutOfInfrequentAccessPolicy",
    "PerformanceMode",
    "PosixUser",
    "RegionalFileSystemProps",
    "ReplicationConfiguration",
    "ReplicationConfigurationProps",
    "ReplicationOverwriteProtection",
    "ThroughputMode",
]

check_public_classes(globals())
