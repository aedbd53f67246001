"""``IFileSystem`` and ``IAccessPoint``: what new and imported EFS resources offer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import IDependable
    from l2.ec2 import Connections
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IFileSystem(Protocol):
    """An EFS file system (aws-cdk-lib's ``aws_efs.IFileSystem``)."""

    @property
    def file_system_id(self) -> str:
        """The file system's id."""
        ...

    @property
    def file_system_arn(self) -> str:
        """The file system's ARN."""
        ...

    @property
    def mount_targets_available(self) -> IDependable:
        """Depend on this to wait for the mount targets."""
        ...

    @property
    def connections(self) -> Connections:
        """The security groups of the mount targets (default port 2049)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the file system."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Mount the file system (through a mount target)."""
        ...

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Mount and write."""
        ...

    def grant_root_access(self, grantee: IGrantable) -> Grant:
        """Mount, write, as root."""
        ...


@runtime_checkable
class IAccessPoint(Protocol):
    """An EFS access point (aws-cdk-lib's ``aws_efs.IAccessPoint``)."""

    @property
    def access_point_id(self) -> str:
        """The access point's id."""
        ...

    @property
    def access_point_arn(self) -> str:
        """The access point's ARN."""
        ...

    @property
    def file_system(self) -> IFileSystem:
        """The access point's file system."""
        ...
