"""``IBackupVault`` and ``IBackupPlan``: what new and imported AWS Backup resources offer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.interfaces.backup import BackupPlanReference, BackupVaultReference


@runtime_checkable
class IBackupVault(Protocol):
    """A backup vault (aws-cdk-lib's ``aws_backup.IBackupVault``)."""

    @property
    def backup_vault_name(self) -> str:
        """The vault's name."""
        ...

    @property
    def backup_vault_arn(self) -> str:
        """The vault's ARN."""
        ...

    @property
    def backup_vault_ref(self) -> BackupVaultReference:
        """The vault's name and ARN."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the vault to ``grantee``."""
        ...


@runtime_checkable
class IBackupPlan(Protocol):
    """A backup plan (aws-cdk-lib's ``aws_backup.IBackupPlan``)."""

    @property
    def backup_plan_id(self) -> str:
        """The plan's id."""
        ...

    @property
    def backup_plan_ref(self) -> BackupPlanReference:
        """The plan's id and ARN."""
        ...
