"""Amazon S3 Files file systems for functions: ``DirectS3Read``, ``S3FilesOptions`` and the reflection that finds
an access point's file system, mount targets and their security groups among the app's L1 resources (as
aws-cdk-lib's ``AccessPointReflection``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from constructs import CfnResource, Construct, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.s3 import IBucket


class DirectS3Read:
    """Whether a function reads S3 Files data directly from S3: ``enabled(bucket)`` (and grant read on it),
    ``enabled_without_grant()``, ``auto()`` or ``disabled()``.

    Args:
        mode: ``"ENABLED"``, ``"AUTO"`` or ``"DISABLED"`` (use the factories instead).
        bucket: the bucket the function is granted read access to (default none).
    """

    def __init__(self, mode: str, bucket: IBucket | None = None) -> None:
        self._mode = mode
        self._bucket = bucket

    @staticmethod
    def enabled(bucket: IBucket) -> DirectS3Read:
        """Read directly from ``bucket``; the function may get and get versions of its objects."""
        return DirectS3Read("ENABLED", bucket)

    @staticmethod
    def enabled_without_grant() -> DirectS3Read:
        """Read directly from S3, with permissions granted elsewhere."""
        return DirectS3Read("ENABLED")

    @staticmethod
    def auto() -> DirectS3Read:
        """Let Lambda decide."""
        return DirectS3Read("AUTO")

    @staticmethod
    def disabled() -> DirectS3Read:
        """Never read directly from S3."""
        return DirectS3Read("DISABLED")


@structs.frozen(kw_only=True)
class S3FilesOptions:
    """Options of ``FileSystem.from_s3_files_access_point``.

    Args:
        direct_s3_read: read data directly from S3 (default: the service's).
    """

    direct_s3_read: DirectS3Read | None = None


def _is_type(c: Any, cfn_type: str) -> bool:
    return isinstance(c, CfnResource) and c.cfn_resource_type == cfn_type


def _find_related(construct: Construct, cfn_type: str, matches: Callable[[Any], bool]) -> Any:
    """The closest construct of ``cfn_type`` that ``matches``: below ``construct``, then below its ancestors."""
    best: list[Any] = [None, float("inf")]
    visited: set[int] = set()

    def search(parent: Construct, distance: int) -> None:
        if distance >= best[1]:
            return
        for child in parent.node.children:
            if id(child) in visited:
                continue
            visited.add(id(child))
            if _is_type(child, cfn_type) and matches(child) and distance < best[1]:
                best[0], best[1] = child, distance
            search(child, distance + 1)

    search(construct, 1)
    ancestor, distance = construct.node.scope, 1
    while ancestor is not None and distance < best[1]:
        for sibling in ancestor.node.children:
            search(sibling, distance)
        ancestor, distance = ancestor.node.scope, distance + 1
    return best[0]


def access_point_parts(ap: Any) -> tuple[Any, Any, list[Any], list[Any]]:
    """The ``CfnAccessPoint`` behind ``ap``, its ``CfnFileSystem``, the file system's ``CfnMountTarget`` resources and
    their ``CfnSecurityGroup`` resources.

    Raises:
        UnscopedValidationError: one of them cannot be found in the app.
    """
    access_point_type = "AWS::S3Files::AccessPoint"
    if _is_type(ap, access_point_type):
        cfn_ap = ap
    elif _is_type(ap.node.default_child, access_point_type):
        cfn_ap = ap.node.default_child
    else:
        ap_id = _access_point_id(ap)
        cfn_ap = _find_related(ap, access_point_type, lambda c: c.ref == ap_id)
    if cfn_ap is None:
        raise UnscopedValidationError(f"Unable to find underlying CfnAccessPoint for {ap.node.path}.")
    fs = _find_related(cfn_ap, "AWS::S3Files::FileSystem",
                       lambda c: cfn_ap.file_system_id in (c.ref, c.attr_file_system_id))
    if fs is None:
        raise UnscopedValidationError(
            f"Unable to find the CfnFileSystem for access point at {cfn_ap.node.path}. Ensure the file system is "
            "defined in the same CDK app and linked to the access point.")
    mount_targets = [c for c in ap.node.root.node.find_all() if _is_type(c, "AWS::S3Files::MountTarget")
                     and c.file_system_id in (fs.ref, fs.attr_file_system_id)]
    if not mount_targets:
        raise UnscopedValidationError(f"No mount targets found for file system at {fs.node.path}. Create at least "
                                      "one CfnMountTarget for the file system.")
    groups: list[Any] = []
    seen: set[str] = set()
    for target in mount_targets:
        if not target.security_groups:
            raise UnscopedValidationError(f"Mount target {target.node.path} does not have security groups. Add "
                                          "security groups to the mount target.")
        for group_id in target.security_groups:
            if group_id in seen:
                continue
            seen.add(group_id)
            group = _find_related(target, "AWS::EC2::SecurityGroup", _has_group_id(group_id))
            if group is not None:
                groups.append(group)
    return cfn_ap, fs, mount_targets, groups


def _has_group_id(group_id: str) -> Callable[[Any], bool]:
    return lambda c: group_id in (c.ref, c.attr_group_id)


def _access_point_id(ap: Any) -> Any:
    ref = getattr(ap, "access_point_ref", None)
    return getattr(ref, "access_point_id", None) if ref is not None else None


def access_point_arn(ap: Any, cfn_ap: Any) -> str:
    """The access point's ARN (its reference's, else the L1's ``AccessPointArn``)."""
    ref = getattr(ap, "access_point_ref", None)
    if ref is not None and getattr(ref, "access_point_arn", None) is not None:
        return ref.access_point_arn  # type: ignore[no-any-return]
    return cfn_ap.attr_access_point_arn  # type: ignore[no-any-return]
