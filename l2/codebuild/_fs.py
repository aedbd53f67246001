"""File system locations: EFS file systems mounted in the build container."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from constructs import Construct
from constructs.internals import structs


@structs.frozen(kw_only=True)
class FileSystemConfig:
    """What ``IFileSystemLocation.bind`` returns.

    Args:
        location: the ``FileSystemLocations`` entry.
    """

    location: Any


@structs.frozen(kw_only=True)
class EfsFileSystemLocationProps:
    """Properties of ``FileSystemLocation.efs``.

    Args:
        identifier: the name used to refer to the mount (``CODEBUILD_<identifier>``).
        location: ``<file system DNS name>:/<directory>``.
        mount_point: where to mount it in the container.
        mount_options: NFS mount options.
    """

    identifier: str
    location: str
    mount_point: str
    mount_options: str | None = None


@runtime_checkable
class IFileSystemLocation(Protocol):
    """A file system mounted in builds (aws-cdk-lib's ``IFileSystemLocation``)."""

    def bind(self, scope: Construct, project: Any) -> FileSystemConfig:
        """Called by the project the location is added to."""
        ...


class FileSystemLocation:
    """File systems builds can mount."""

    @staticmethod
    def efs(*, identifier: str, location: str, mount_point: str,
            mount_options: str | None = None) -> IFileSystemLocation:
        """An EFS file system.

        Args:
            identifier: the name used to refer to the mount.
            location: ``<file system DNS name>:/<directory>``.
            mount_point: where to mount it in the container.
            mount_options: NFS mount options.
        """
        return _EfsLocation(EfsFileSystemLocationProps(identifier=identifier, location=location,
                                                       mount_point=mount_point, mount_options=mount_options))


class _EfsLocation:
    def __init__(self, props: EfsFileSystemLocationProps) -> None:
        self._props = props

    def bind(self, scope: Construct, project: Any) -> FileSystemConfig:
        p = self._props
        return FileSystemConfig(location={"identifier": p.identifier, "location": p.location,
                                          "mountOptions": p.mount_options, "mountPoint": p.mount_point, "type": "EFS"})
