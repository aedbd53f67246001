"""EFS enums and structs: lifecycle, performance and throughput modes, ACLs, POSIX users, attributes."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import RemovalPolicy, Size
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.efs._interfaces import IFileSystem
    from l2.efs._replication import ReplicationConfiguration
    from l2.iam import PolicyDocument
    from l2.kms import IKey


class LifecyclePolicy(enum.Enum):
    """How long after the last access a file moves to a colder storage class."""

    AFTER_1_DAY = "AFTER_1_DAY"
    AFTER_7_DAYS = "AFTER_7_DAYS"
    AFTER_14_DAYS = "AFTER_14_DAYS"
    AFTER_30_DAYS = "AFTER_30_DAYS"
    AFTER_60_DAYS = "AFTER_60_DAYS"
    AFTER_90_DAYS = "AFTER_90_DAYS"
    AFTER_180_DAYS = "AFTER_180_DAYS"
    AFTER_270_DAYS = "AFTER_270_DAYS"
    AFTER_365_DAYS = "AFTER_365_DAYS"


class OutOfInfrequentAccessPolicy(enum.Enum):
    """When a file moves back from Infrequent Access to primary storage."""

    AFTER_1_ACCESS = "AFTER_1_ACCESS"


class PerformanceMode(enum.Enum):
    """The file system's performance mode."""

    GENERAL_PURPOSE = "generalPurpose"
    MAX_IO = "maxIO"


class ThroughputMode(enum.Enum):
    """How throughput is provisioned."""

    BURSTING = "bursting"
    PROVISIONED = "provisioned"
    ELASTIC = "elastic"


class ReplicationOverwriteProtection(enum.Enum):
    """Whether the file system may become a replication destination (and be overwritten)."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


@structs.frozen(kw_only=True)
class Acl:
    """Ownership and permissions of an access point's root directory, created when missing.

    Args:
        owner_gid: the owner's POSIX group id.
        owner_uid: the owner's POSIX user id.
        permissions: the POSIX permissions, as an octal string (``"755"``).
    """

    owner_gid: str
    owner_uid: str
    permissions: str


@structs.frozen(kw_only=True)
class PosixUser:
    """The POSIX identity every request through an access point uses.

    Args:
        gid: the group id.
        uid: the user id.
        secondary_gids: more group ids.
    """

    gid: str
    uid: str
    secondary_gids: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AccessPointOptions:
    """Options of ``FileSystem.add_access_point``.

    Args:
        client_token: an idempotency token.
        create_acl: create the root directory with this ownership when it does not exist.
        path: the root directory (default ``/``).
        posix_user: the identity requests use (default the client's).
    """

    client_token: str | None = None
    create_acl: Acl | None = None
    path: str | None = None
    posix_user: PosixUser | None = None


@structs.frozen(kw_only=True)
class AccessPointProps:
    """The properties of an ``AccessPoint`` (see ``AccessPointOptions``; ``file_system`` is required)."""

    file_system: IFileSystem
    client_token: str | None = None
    create_acl: Acl | None = None
    path: str | None = None
    posix_user: PosixUser | None = None


@structs.frozen(kw_only=True)
class AccessPointAttributes:
    """An existing access point (one of ``access_point_id`` and ``access_point_arn``).

    Args:
        access_point_arn: the access point's ARN.
        access_point_id: the access point's id.
        file_system: its file system (default none: reading ``file_system`` raises).
    """

    access_point_arn: str | None = None
    access_point_id: str | None = None
    file_system: IFileSystem | None = None


@structs.frozen(kw_only=True)
class FileSystemAttributes:
    """An existing file system (one of ``file_system_id`` and ``file_system_arn``).

    Args:
        security_group: the security group of its mount targets.
        file_system_arn: the file system's ARN.
        file_system_id: the file system's id.
    """

    security_group: ISecurityGroup
    file_system_arn: str | None = None
    file_system_id: str | None = None


@structs.frozen(kw_only=True)
class FileSystemProps:
    """The properties of a ``FileSystem`` (see ``FileSystem`` for each keyword)."""

    vpc: IVpc
    allow_anonymous_access: bool | None = None
    enable_automatic_backups: bool | None = None
    encrypted: bool | None = None
    file_system_name: str | None = None
    file_system_policy: PolicyDocument | None = None
    kms_key: IKey | None = None
    lifecycle_policy: LifecyclePolicy | None = None
    one_zone: bool | None = None
    out_of_infrequent_access_policy: OutOfInfrequentAccessPolicy | None = None
    performance_mode: PerformanceMode | None = None
    provisioned_throughput_per_second: Size | None = None
    removal_policy: RemovalPolicy | None = None
    replication_configuration: ReplicationConfiguration | None = None
    replication_overwrite_protection: ReplicationOverwriteProtection | None = None
    security_group: ISecurityGroup | None = None
    throughput_mode: ThroughputMode | None = None
    transition_to_archive_policy: LifecyclePolicy | None = None
    vpc_subnets: SubnetSelection | None = None
