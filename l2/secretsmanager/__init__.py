"""AWS Secrets Manager constructs (aws-cdk-lib: ``aws_cdk.aws_secretsmanager``): ``Secret`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.secretsmanager import *  # noqa: F403
from l1.secretsmanager import __all__ as _l1_all
from l2.secretsmanager._policy import ResourcePolicy
from l2.secretsmanager._rotation_schedule import HostedRotation, HostedRotationType, RotationSchedule
from l2.secretsmanager._secret import (
    AttachmentTargetType,
    ISecretAttachmentTarget,
    ReplicaRegion,
    Secret,
    SecretAttachmentTargetProps,
    SecretAttributes,
    SecretBase,
    SecretReference,
    SecretStringGenerator,
    SecretTargetAttachment,
)

__all__ = [
    "AttachmentTargetType",
    "HostedRotation",
    "HostedRotationType",
    "ISecretAttachmentTarget",
    "ReplicaRegion",
    "ResourcePolicy",
    "RotationSchedule",
    "Secret",
    "SecretAttachmentTargetProps",
    "SecretAttributes",
    "SecretBase",
    "SecretReference",
    "SecretStringGenerator",
    "SecretTargetAttachment",
]
__all__ += _l1_all
__all__.sort()

check_public_classes(globals())
