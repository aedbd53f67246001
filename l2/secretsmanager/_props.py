"""The property and option structs of ``l2.secretsmanager`` (aws-cdk-lib's ``*Props`` and ``*Options``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy, SecretValue
from constructs.internals import structs
from l2.secretsmanager._rotation_schedule import HostedRotation
from l2.secretsmanager._secret import (
    ISecretAttachmentTarget,
    ReplicaRegion,
    SecretStringGenerator,
    SecretStringValueBeta1,
)
from l2.secretsmanager._secret_rotation import SecretRotationApplication

if TYPE_CHECKING:
    from l2.ec2 import IInterfaceVpcEndpoint, ISecurityGroup, IVpc, SubnetSelection
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.secretsmanager._interfaces import IConnectableTarget, ISecret


@structs.frozen(kw_only=True)
class SecretProps:
    """The properties of a ``Secret`` (see ``Secret`` for each keyword)."""

    description: str | None = None
    encryption_key: IKey | None = None
    generate_secret_string: SecretStringGenerator | None = None
    removal_policy: RemovalPolicy | None = None
    replica_regions: Sequence[ReplicaRegion] | None = None
    secret_name: str | None = None
    secret_object_value: Mapping[str, SecretValue] | None = None
    secret_string_beta1: SecretStringValueBeta1 | None = None
    secret_string_value: SecretValue | None = None


@structs.frozen(kw_only=True)
class AttachedSecretOptions:
    """What ``Secret.attach`` takes: the database the secret is attached to.

    Args:
        target: the database the secret is attached to.
    """

    target: ISecretAttachmentTarget


@structs.frozen(kw_only=True)
class SecretTargetAttachmentProps(AttachedSecretOptions):
    """The properties of a ``SecretTargetAttachment``: the secret to attach.

    Args:
        secret: the secret to attach.
        target: the database it is attached to.
    """

    secret: ISecret


@structs.frozen(kw_only=True)
class ResourcePolicyProps:
    """The properties of a ``ResourcePolicy``: the secret it belongs to.

    Args:
        secret: the secret the policy is attached to.
    """

    secret: ISecret


@structs.frozen(kw_only=True)
class RotationScheduleOptions:
    """What ``add_rotation_schedule`` takes (see ``RotationSchedule``)."""

    automatically_after: Duration | None = None
    hosted_rotation: HostedRotation | None = None
    rotate_immediately_on_update: bool | None = None
    rotation_lambda: IFunction | None = None


@structs.frozen(kw_only=True)
class RotationScheduleProps(RotationScheduleOptions):
    """The properties of a ``RotationSchedule``: the options and the secret to rotate."""

    secret: ISecret


@structs.frozen(kw_only=True)
class SingleUserHostedRotationOptions:
    """Options of a single-user hosted rotation (see ``HostedRotation``).

    Args:
        exclude_characters: characters generated passwords avoid.
        function_name: the rotation function's name (default generated).
        security_groups: the function's security groups (needs ``vpc``; default a new group).
        vpc: the VPC the function runs in (default: none).
        vpc_subnets: the function's subnets.
    """

    exclude_characters: str | None = None
    function_name: str | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class MultiUserHostedRotationOptions(SingleUserHostedRotationOptions):
    """Options of a multi-user hosted rotation: also the secret whose credentials change the user's.

    Args:
        master_secret: the secret whose credentials may change the rotated user's password.
    """

    master_secret: ISecret


@structs.frozen(kw_only=True)
class SecretRotationApplicationOptions:
    """Options of a ``SecretRotationApplication``.

    Args:
        additional_semantic_versions: the application's versions in other partitions than ``aws``.
        is_multi_user: whether it rotates with a master secret (default: from the name).
    """

    additional_semantic_versions: Mapping[str, str] | None = None
    is_multi_user: bool | None = None


@structs.frozen(kw_only=True)
class SecretRotationProps:
    """The properties of a ``SecretRotation`` (see ``SecretRotation`` for each keyword)."""

    application: SecretRotationApplication
    secret: ISecret
    target: IConnectableTarget
    vpc: IVpc
    automatically_after: Duration | None = None
    endpoint: IInterfaceVpcEndpoint | None = None
    exclude_characters: str | None = None
    master_secret: ISecret | None = None
    rotate_immediately_on_update: bool | None = None
    security_group: ISecurityGroup | None = None
    vpc_subnets: SubnetSelection | None = None
