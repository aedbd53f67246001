"""AWS Secrets Manager constructs (aws-cdk-lib: ``aws_cdk.aws_secretsmanager``): ``Secret``, rotation and the L1
classes."""

from constructs.internals import check_public_classes
from l1.secretsmanager import *  # noqa: F403
from l1.secretsmanager import __all__ as _l1_all
from l2.secretsmanager._interfaces import ISecret, ISecretTargetAttachment
from l2.secretsmanager._policy import ResourcePolicy
from l2.secretsmanager._props import (
    AttachedSecretOptions,
    MultiUserHostedRotationOptions,
    ResourcePolicyProps,
    RotationScheduleOptions,
    RotationScheduleProps,
    SecretProps,
    SecretRotationApplicationOptions,
    SecretRotationProps,
    SecretTargetAttachmentProps,
    SingleUserHostedRotationOptions,
)
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
    SecretStringValueBeta1,
    SecretTargetAttachment,
)
from l2.secretsmanager._secret_rotation import SecretRotation, SecretRotationApplication

__all__ = [
    "AttachedSecretOptions",
    "AttachmentTargetType",
    "HostedRotation",
    "HostedRotationType",
    "ISecret",
    "ISecretAttachmentTarget",
    "ISecretTargetAttachment",
    "MultiUserHostedRotationOptions",
    "ReplicaRegion",
    "ResourcePolicy",
    "ResourcePolicyProps",
    "RotationSchedule",
    "RotationScheduleOptions",
    "RotationScheduleProps",
    "Secret",
    "SecretAttachmentTargetProps",
    "SecretAttributes",
    "SecretBase",
    "SecretProps",
    "SecretReference",
    "SecretRotation",
    "SecretRotationApplication",
    "SecretRotationApplicationOptions",
    "SecretRotationProps",
    "SecretStringGenerator",
    "SecretStringValueBeta1",
    "SecretTargetAttachment",
    "SecretTargetAttachmentProps",
    "SingleUserHostedRotationOptions",
]
__all__ += _l1_all
__all__.sort()

check_public_classes(globals())
