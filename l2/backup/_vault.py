"""``BackupVault``: a logical container of recovery points, with its access policy, notifications and lock."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Lazy,
    Names,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from l1.backup import CfnBackupVault
from l2.backup._types import BackupVaultEvents, LockConfiguration
from l2.interfaces.backup import BackupVaultReference

if TYPE_CHECKING:
    from l2.backup._interfaces import IBackupVault
    from l2.iam import Grant, IGrantable, PolicyDocument, PolicyStatement
    from l2.interfaces.kms import IKeyRef
    from l2.sns import ITopic

_VAULT_NAME = re.compile(r"^[a-zA-Z0-9\-_]{2,50}$")


def _num(value: float) -> str:
    """A number as JavaScript prints it."""
    return str(int(value)) if float(value).is_integer() else str(value)


class _BackupVaultBase(Resource):
    """What new and imported vaults share."""

    backup_vault_name: str
    backup_vault_arn: str

    @property
    def backup_vault_ref(self) -> BackupVaultReference:
        """The vault's name and ARN."""
        return BackupVaultReference(backup_vault_arn=self.backup_vault_arn, backup_vault_name=self.backup_vault_name)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this vault to ``grantee`` (AWS Backup refuses wildcards in actions)."""
        from l2 import iam

        for action in actions:
            if "*" in action:
                raise ValidationError("AWS Backup access policies don't support a wildcard in the Action key.", self)
        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.backup_vault_arn])


class _ImportedBackupVault(_BackupVaultBase):
    """A vault defined outside the app."""

    def __init__(self, scope: Construct, id: str, name: str, arn: str, account: str | None,
                 region: str | None) -> None:
        super().__init__(scope, id, account=account, region=region)
        self.backup_vault_name = name
        self.backup_vault_arn = arn


class BackupVault(_BackupVaultBase):
    """An AWS Backup vault.

    Args:
        scope: the parent construct.
        id: the construct id.
        access_policy: the vault's resource policy (default none).
        backup_vault_name: the vault's name (default one made from the construct path).
        block_recovery_point_deletion: deny deleting recovery points to everyone (default false).
        encryption_key: the KMS key of the backups (default an AWS managed key).
        lock_configuration: AWS Backup Vault Lock (default disabled).
        notification_events: the events sent to ``notification_topic`` (default all of them).
        notification_topic: an SNS topic that receives vault events (default none).
        removal_policy: what happens to the vault when it leaves the stack (default ``RETAIN``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-backup.BackupVault"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        access_policy: PolicyDocument | None = None,
        backup_vault_name: str | None = None,
        block_recovery_point_deletion: bool | None = None,
        encryption_key: IKeyRef | None = None,
        lock_configuration: LockConfiguration | None = None,
        notification_events: Sequence[BackupVaultEvents] | None = None,
        notification_topic: ITopic | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        from l2 import iam

        super().__init__(scope, id)
        if backup_vault_name and not Token.is_unresolved(backup_vault_name) and not _VAULT_NAME.match(
            backup_vault_name
        ):
            raise ValidationError("Expected vault name to match pattern `^[a-zA-Z0-9-_]{2,50}$`", self)

        notifications = None
        if notification_topic is not None:
            events = list(notification_events) if notification_events else list(BackupVaultEvents)
            notifications = CfnBackupVault.NotificationObjectTypeProperty(
                backup_vault_events=[e.value for e in events], sns_topic_arn=notification_topic.topic_arn
            )
            notification_topic.grant_publish(iam.ServicePrincipal("backup.amazonaws.com"))

        self._access_policy: PolicyDocument = access_policy if access_policy is not None else iam.PolicyDocument()
        if block_recovery_point_deletion:
            self.block_recovery_point_deletion()

        policy = self._access_policy
        vault = CfnBackupVault(
            self,
            "Resource",
            backup_vault_name=backup_vault_name or self._unique_vault_name(),
            access_policy=Lazy.any(lambda: policy.to_json()),
            encryption_key_arn=encryption_key.key_ref.key_arn if encryption_key is not None else None,
            notifications=notifications,
            lock_configuration=_render_lock_configuration(self, lock_configuration),
        )
        vault.apply_removal_policy(removal_policy)
        self.backup_vault_name = vault.attr_backup_vault_name
        self.backup_vault_arn = vault.attr_backup_vault_arn

    def add_to_access_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the vault's access policy."""
        self._access_policy.add_statements(statement)

    def block_recovery_point_deletion(self) -> None:  # type: ignore[override]
        """Deny everyone deleting a recovery point or changing its lifecycle, in the access policy."""
        from l2 import iam

        self.add_to_access_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                actions=["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"],
                principals=[iam.AnyPrincipal()],
                resources=["*"],
            )
        )

    def _unique_vault_name(self) -> str:
        name = Names.unique_id(self)
        return name[max(len(name) - 50, 0):]

    @staticmethod
    def from_backup_vault_name(scope: Construct, id: str, backup_vault_name: str) -> IBackupVault:
        """Import a vault by name (in the scope's account and region)."""
        arn = Stack.of(scope).format_arn(
            service="backup",
            resource="backup-vault",
            resource_name=backup_vault_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return BackupVault.from_backup_vault_arn(scope, id, arn)

    @staticmethod
    def from_backup_vault_arn(scope: Construct, id: str, backup_vault_arn: str) -> IBackupVault:
        """Import a vault by ARN (``arn:...:backup-vault:<name>``)."""
        parsed = Stack.of(scope).split_arn(backup_vault_arn, ArnFormat.COLON_RESOURCE_NAME)
        if parsed.arn_format is not ArnFormat.COLON_RESOURCE_NAME:
            raise ValidationError(
                f"Backup Vault Arn {backup_vault_arn} has the wrong format, expected "
                f"{ArnFormat.COLON_RESOURCE_NAME.value}.",
                scope,
            )
        if not parsed.resource_name:
            raise ValidationError(f"Backup Vault Arn {backup_vault_arn} does not have a resource name.", scope)
        return _ImportedBackupVault(scope, id, parsed.resource_name, backup_vault_arn, parsed.account,
                                    parsed.region)


def _render_lock_configuration(scope: Construct, config: LockConfiguration | None) -> Any:
    if config is None:
        return None
    changeable_for = config.changeable_for
    max_retention = config.max_retention
    min_retention = config.min_retention
    if changeable_for is not None and not changeable_for.is_unresolved() and changeable_for.to_hours() < 72:
        raise ValidationError(
            "AWS Backup enforces a 72-hour cooling-off period before Vault Lock takes effect and becomes immutable, "
            f"got {_num(changeable_for.to_hours())} hours",
            scope,
        )
    if max_retention is not None and not max_retention.is_unresolved():
        if max_retention.to_days() > 36500:
            raise ValidationError(
                "The longest maximum retention period you can specify is 36500 days, "
                f"got {_num(max_retention.to_days())} days",
                scope,
            )
        if not min_retention.is_unresolved() and max_retention.to_days() <= min_retention.to_days():
            raise ValidationError(
                f"The maximum retention period ({_num(max_retention.to_days())} days) must be greater than the "
                f"minimum retention period ({_num(min_retention.to_days())} days)",
                scope,
            )
    if not min_retention.is_unresolved() and min_retention.to_hours() < 24:
        raise ValidationError(
            f"The shortest minimum retention period you can specify is 1 day, got {_num(min_retention.to_hours())} "
            "hours",
            scope,
        )
    return CfnBackupVault.LockConfigurationTypeProperty(
        min_retention_days=min_retention.to_days(),
        max_retention_days=max_retention.to_days() if max_retention is not None else None,
        changeable_for_days=changeable_for.to_days() if changeable_for is not None else None,
    )
