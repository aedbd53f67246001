"""``ISecret`` and ``ISecretTargetAttachment``: the interfaces of new and imported secrets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.secretsmanager import ISecretRef

if TYPE_CHECKING:
    from collections.abc import Sequence

    from constructs import Duration, SecretValue
    from l2.ec2 import Connections
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.secretsmanager._rotation_schedule import HostedRotation, RotationSchedule
    from l2.secretsmanager._secret import ISecretAttachmentTarget


@runtime_checkable
class ISecret(ISecretRef, Protocol):
    """A secret in Secrets Manager: ``Secret``, an attachment, or an imported one."""

    @property
    def secret_arn(self) -> str:
        """The secret's ARN (complete or partial)."""
        ...

    @property
    def secret_full_arn(self) -> str | None:
        """The complete ARN (with the 6-character suffix), if known."""
        ...

    @property
    def secret_name(self) -> str:
        """The secret's name."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The customer managed KMS key encrypting the secret, if any."""
        ...

    @property
    def secret_value(self) -> SecretValue:
        """The secret string, as a dynamic reference."""
        ...

    def secret_value_from_json(self, key: str) -> SecretValue:
        """One field of the JSON secret string, as a dynamic reference."""
        ...

    def cfn_dynamic_reference_key(
        self, *, json_field: str | None = None, version_id: str | None = None, version_stage: str | None = None
    ) -> str:
        """The key of a ``{{resolve:secretsmanager:<key>}}`` reference to this secret."""
        ...

    def grant_read(self, grantee: IGrantable, version_stages: Sequence[str] | None = None) -> Grant:
        """Grant reading the secret."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing the secret."""
        ...

    def add_rotation_schedule(
        self,
        id: str,
        *,
        automatically_after: Duration | None = None,
        hosted_rotation: HostedRotation | None = None,
        rotate_immediately_on_update: bool | None = None,
        rotation_lambda: IFunction | None = None,
    ) -> RotationSchedule:
        """Add a rotation schedule to the secret."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the secret's resource policy."""
        ...

    def deny_account_root_delete(self) -> None:
        """Deny deleting the secret to the account root."""
        ...

    def attach(self, target: ISecretAttachmentTarget) -> ISecret:
        """Attach the secret to a database."""
        ...


@runtime_checkable
class ISecretTargetAttachment(ISecret, Protocol):
    """A secret attached to a database."""

    @property
    def secret_target_attachment_secret_arn(self) -> str:
        """The ARN of the attached secret (the attachment's ``Ref``)."""
        ...


@runtime_checkable
class IConnectableTarget(Protocol):
    """What ``SecretRotation`` rotates for: anything with ``connections`` (aws-cdk-lib's ``ec2.IConnectable``).

    Structural, so a class of the app's own with a ``connections`` property qualifies without subclassing
    ``l2.ec2.IConnectable`` (a nominal base class in pycdk).
    """

    @property
    def connections(self) -> Connections:
        """The target's security groups and default port."""
        ...
