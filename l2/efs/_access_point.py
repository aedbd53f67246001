"""``AccessPoint``: an application-specific entry point into a file system."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Resource, Stack, Tags, ValidationError
from l1._private.interfaces.efs import AccessPointReference as AccessPointReference
from l1.efs import CfnAccessPoint

if TYPE_CHECKING:
    from l2.efs._interfaces import IAccessPoint, IFileSystem
    from l2.efs._types import Acl, PosixUser


class _ImportedAccessPoint(Resource):
    """An access point defined outside the app."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        access_point_arn: str | None,
        access_point_id: str | None,
        file_system: IFileSystem | None,
    ) -> None:
        super().__init__(scope, id)
        if access_point_id is not None:
            if access_point_arn is not None:
                raise ValidationError("Only one of accessPointId or AccessPointArn can be provided!", self)
            self.access_point_id = access_point_id
            self.access_point_arn = Stack.of(scope).format_arn(
                service="elasticfilesystem", resource="access-point", resource_name=access_point_id
            )
        else:
            if access_point_arn is None:
                raise ValidationError("One of accessPointId or AccessPointArn is required!", self)
            self.access_point_arn = access_point_arn
            name = Stack.of(scope).split_arn(access_point_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
            if not name:
                raise ValidationError(f"ARN for AccessPoint must provide the resource name: {access_point_arn}", self)
            self.access_point_id = name
        self._file_system = file_system

    @property
    def access_point_ref(self) -> AccessPointReference:
        """The access point's id and ARN."""
        return AccessPointReference(access_point_arn=self.access_point_arn, access_point_id=self.access_point_id)

    @property
    def file_system(self) -> IFileSystem:
        """The file system given at import (raises when none was)."""
        if self._file_system is None:
            raise ValidationError("fileSystem is only available if 'fromAccessPointAttributes()' is used and a "
                                  "fileSystem is passed in as an attribute.", self)
        return self._file_system


class AccessPoint(Resource):
    """An EFS access point.

    Args:
        scope: the parent construct.
        id: the construct id.
        file_system: the file system.
        client_token: an idempotency token.
        create_acl: create the root directory with this ownership when it does not exist.
        path: the root directory (default ``/``).
        posix_user: the identity requests use (default the client's).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-efs.AccessPoint"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        file_system: IFileSystem,
        client_token: str | None = None,
        create_acl: Acl | None = None,
        path: str | None = None,
        posix_user: PosixUser | None = None,
    ) -> None:
        super().__init__(scope, id)
        root: dict[str, object] = {}
        if create_acl is not None:
            root["creation_info"] = CfnAccessPoint.CreationInfoProperty(
                owner_gid=create_acl.owner_gid, owner_uid=create_acl.owner_uid, permissions=create_acl.permissions
            )
        if path is not None:
            root["path"] = path
        resource = CfnAccessPoint(
            self,
            "Resource",
            file_system_id=file_system.file_system_id,
            root_directory=CfnAccessPoint.RootDirectoryProperty(**root),  # type: ignore[arg-type]
            posix_user=(
                CfnAccessPoint.PosixUserProperty(
                    uid=posix_user.uid,
                    gid=posix_user.gid,
                    secondary_gids=list(posix_user.secondary_gids) if posix_user.secondary_gids is not None else None,
                )
                if posix_user is not None
                else None
            ),
            client_token=client_token,
        )
        Tags.of(self).add("Name", self.node.path)
        self.access_point_id: str = resource.ref
        self.access_point_arn: str = Stack.of(scope).format_arn(
            service="elasticfilesystem", resource="access-point", resource_name=self.access_point_id
        )
        self.file_system: IFileSystem = file_system

    @property
    def access_point_ref(self) -> AccessPointReference:
        """The access point's id and ARN."""
        return AccessPointReference(access_point_arn=self.access_point_arn, access_point_id=self.access_point_id)

    @staticmethod
    def from_access_point_id(scope: Construct, id: str, access_point_id: str) -> IAccessPoint:
        """Import an access point by id (its ``file_system`` is unknown)."""
        return _ImportedAccessPoint(scope, id, None, access_point_id, None)

    @staticmethod
    def from_access_point_attributes(
        scope: Construct,
        id: str,
        *,
        access_point_arn: str | None = None,
        access_point_id: str | None = None,
        file_system: IFileSystem | None = None,
    ) -> IAccessPoint:
        """Import an access point by id or ARN (exactly one), optionally with its file system."""
        return _ImportedAccessPoint(scope, id, access_point_arn, access_point_id, file_system)
