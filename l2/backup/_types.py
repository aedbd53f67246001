"""AWS Backup enums and structs: vault events, tag operations, vault lock, rule, plan and selection properties."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs import Duration, RemovalPolicy, TimeZone
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.backup._plan import BackupPlanRule
    from l2.backup._selection import BackupResource
    from l2.events import Schedule
    from l2.iam import IRole, PolicyDocument
    from l2.interfaces.backup import IBackupPlanRef, IBackupVaultRef
    from l2.interfaces.kms import IKeyRef
    from l2.sns import ITopic


class BackupVaultEvents(enum.Enum):
    """The vault events AWS Backup can notify an SNS topic of."""

    BACKUP_JOB_STARTED = "BACKUP_JOB_STARTED"
    BACKUP_JOB_COMPLETED = "BACKUP_JOB_COMPLETED"
    BACKUP_JOB_SUCCESSFUL = "BACKUP_JOB_SUCCESSFUL"
    BACKUP_JOB_FAILED = "BACKUP_JOB_FAILED"
    BACKUP_JOB_EXPIRED = "BACKUP_JOB_EXPIRED"
    RESTORE_JOB_STARTED = "RESTORE_JOB_STARTED"
    RESTORE_JOB_COMPLETED = "RESTORE_JOB_COMPLETED"
    RESTORE_JOB_SUCCESSFUL = "RESTORE_JOB_SUCCESSFUL"
    RESTORE_JOB_FAILED = "RESTORE_JOB_FAILED"
    COPY_JOB_STARTED = "COPY_JOB_STARTED"
    COPY_JOB_SUCCESSFUL = "COPY_JOB_SUCCESSFUL"
    COPY_JOB_FAILED = "COPY_JOB_FAILED"
    RECOVERY_POINT_MODIFIED = "RECOVERY_POINT_MODIFIED"
    BACKUP_PLAN_CREATED = "BACKUP_PLAN_CREATED"
    BACKUP_PLAN_MODIFIED = "BACKUP_PLAN_MODIFIED"
    S3_BACKUP_OBJECT_FAILED = "S3_BACKUP_OBJECT_FAILED"
    S3_RESTORE_OBJECT_FAILED = "S3_RESTORE_OBJECT_FAILED"


class TagOperation(enum.Enum):
    """How a tag condition compares a resource's tag value."""

    STRING_EQUALS = "STRINGEQUALS"
    DUMMY = "dummy"


class IndexActionResourceType:
    """A resource type whose recovery points a rule indexes (``S3``, ``EBS``, or any other by value).

    Args:
        value: the resource type as AWS Backup names it.
    """

    S3: ClassVar[IndexActionResourceType]
    """Amazon S3 backups."""
    EBS: ClassVar[IndexActionResourceType]
    """Amazon EBS snapshots."""

    def __init__(self, value: str) -> None:
        self._value = value

    @property
    def value(self) -> str:
        """The resource type."""
        return self._value

    def to_string(self) -> str:
        """The resource type."""
        return self._value

    def __str__(self) -> str:
        return self._value


IndexActionResourceType.S3 = IndexActionResourceType("S3")
IndexActionResourceType.EBS = IndexActionResourceType("EBS")


@structs.frozen(kw_only=True)
class LockConfiguration:
    """AWS Backup Vault Lock settings.

    Args:
        min_retention: the shortest retention a backup or copy job into the vault may have (at least 1 day).
        changeable_for: how long before the lock becomes immutable (at least 72 hours; default never).
        max_retention: the longest retention a job into the vault may have (default no maximum).
    """

    min_retention: Duration
    changeable_for: Duration | None = None
    max_retention: Duration | None = None


@structs.frozen(kw_only=True)
class TagCondition:
    """A condition on a resource tag that selects resources for backup.

    Args:
        key: the tag key (for example ``ec2:ResourceTag/Department``).
        value: the tag value.
        operation: the comparison (default ``STRING_EQUALS``).
    """

    key: str
    value: str
    operation: TagOperation | None = None


@structs.frozen(kw_only=True)
class BackupPlanCopyActionProps:
    """A copy of each recovery point into another vault.

    Args:
        destination_backup_vault: the vault the recovery points are copied into.
        delete_after: when a copy is deleted (at least 90 days after ``move_to_cold_storage_after``).
        move_to_cold_storage_after: when a copy moves to cold storage.
    """

    destination_backup_vault: IBackupVaultRef
    delete_after: Duration | None = None
    move_to_cold_storage_after: Duration | None = None


@structs.frozen(kw_only=True)
class BackupPlanIndexActionProps:
    """The resource types whose recovery points a rule indexes.

    Args:
        resource_types: the resource types.
    """

    resource_types: Sequence[IndexActionResourceType]


@structs.frozen(kw_only=True)
class BackupPlanRuleProps:
    """The properties of a ``BackupPlanRule``.

    Args:
        backup_vault: the vault of the rule's backups (default the plan's).
        completion_window: how long a started job may run before it is cancelled (default 7 days).
        copy_actions: copies of each recovery point into other vaults.
        delete_after: when a recovery point is deleted (default never; 35 days with continuous backup).
        enable_continuous_backup: continuous backup and point-in-time restore (default false).
        index_actions: the resource types whose recovery points are indexed.
        move_to_cold_storage_after: when a recovery point moves to cold storage (default never).
        recovery_point_tags: tags given to the recovery points.
        rule_name: the rule's name (default ``<plan id>Rule<index>``).
        schedule_expression: when backups start (a ``cron`` schedule; default none).
        schedule_expression_timezone: the time zone of the schedule (default UTC).
        start_window: how long a scheduled job may wait to start (default 8 hours).
    """

    backup_vault: IBackupVaultRef | None = None
    completion_window: Duration | None = None
    copy_actions: Sequence[BackupPlanCopyActionProps] | None = None
    delete_after: Duration | None = None
    enable_continuous_backup: bool | None = None
    index_actions: Sequence[BackupPlanIndexActionProps] | None = None
    move_to_cold_storage_after: Duration | None = None
    recovery_point_tags: Mapping[str, str] | None = None
    rule_name: str | None = None
    schedule_expression: Schedule | None = None
    schedule_expression_timezone: TimeZone | None = None
    start_window: Duration | None = None


@structs.frozen(kw_only=True)
class BackupPlanProps:
    """The properties of a ``BackupPlan``.

    Args:
        backup_plan_name: the plan's display name (default the construct id).
        backup_plan_rules: the plan's rules (more with ``add_rule``).
        backup_vault: the vault of rules that name none (default a new vault, made with the first such rule).
        windows_vss: Windows VSS backups of EC2 instances (default false).
    """

    backup_plan_name: str | None = None
    backup_plan_rules: Sequence[BackupPlanRule] | None = None
    backup_vault: IBackupVaultRef | None = None
    windows_vss: bool | None = None


@structs.frozen(kw_only=True)
class BackupSelectionOptions:
    """The options of ``BackupPlan.add_selection``.

    Args:
        resources: the resources to back up (``BackupResource.from_*``).
        allow_restores: attach ``AWSBackupServiceRolePolicyForRestores`` to the role (default false).
        backup_selection_name: the selection's name (default the construct id).
        disable_default_backup_policy: do not attach ``AWSBackupServiceRolePolicyForBackup`` (default false).
        role: the role AWS Backup uses (default a new one).
    """

    resources: Sequence[BackupResource]
    allow_restores: bool | None = None
    backup_selection_name: str | None = None
    disable_default_backup_policy: bool | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class BackupSelectionProps:
    """The properties of a ``BackupSelection`` (``BackupSelectionOptions`` and the plan).

    Args:
        resources: the resources to back up (``BackupResource.from_*``).
        allow_restores: attach ``AWSBackupServiceRolePolicyForRestores`` to the role (default false).
        backup_selection_name: the selection's name (default the construct id).
        disable_default_backup_policy: do not attach ``AWSBackupServiceRolePolicyForBackup`` (default false).
        role: the role AWS Backup uses (default a new one).
        backup_plan: the plan the selection belongs to.
    """

    resources: Sequence[BackupResource]
    allow_restores: bool | None = None
    backup_selection_name: str | None = None
    disable_default_backup_policy: bool | None = None
    role: IRole | None = None
    backup_plan: IBackupPlanRef


@structs.frozen(kw_only=True)
class BackupVaultProps:
    """The properties of a ``BackupVault``.

    Args:
        access_policy: the vault's resource policy (default none).
        backup_vault_name: the vault's name (default one made from the construct path).
        block_recovery_point_deletion: deny deleting recovery points to everyone (default false).
        encryption_key: the KMS key of the backups (default an AWS managed key).
        lock_configuration: AWS Backup Vault Lock (default disabled).
        notification_events: the events sent to ``notification_topic`` (default all of them).
        notification_topic: an SNS topic that receives vault events (default none).
        removal_policy: what happens to the vault when it leaves the stack (default ``RETAIN``).
    """

    access_policy: PolicyDocument | None = None
    backup_vault_name: str | None = None
    block_recovery_point_deletion: bool | None = None
    encryption_key: IKeyRef | None = None
    lock_configuration: LockConfiguration | None = None
    notification_events: Sequence[BackupVaultEvents] | None = None
    notification_topic: ITopic | None = None
    removal_policy: RemovalPolicy | None = None
