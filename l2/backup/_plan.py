"""``BackupPlan`` and ``BackupPlanRule``: when backups run, how long they are kept and where they go."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Resource,
    TimeZone,
    UnscopedValidationError,
    ValidationError,
)
from l1.backup import CfnBackupPlan
from l2.backup._types import BackupPlanCopyActionProps, BackupPlanIndexActionProps, BackupPlanRuleProps
from l2.interfaces.backup import BackupPlanReference

if TYPE_CHECKING:
    from l2.backup._interfaces import IBackupPlan, IBackupVault
    from l2.backup._selection import BackupResource, BackupSelection
    from l2.events import Schedule
    from l2.iam import IRole
    from l2.interfaces.backup import IBackupVaultRef


def _cron(**fields: str) -> Schedule:
    from l2.events import Schedule

    return Schedule.cron(**fields)


class BackupPlanRule:
    """A rule of a backup plan.

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

    def __init__(
        self,
        *,
        backup_vault: IBackupVaultRef | None = None,
        completion_window: Duration | None = None,
        copy_actions: Sequence[BackupPlanCopyActionProps | Mapping[str, Any]] | None = None,
        delete_after: Duration | None = None,
        enable_continuous_backup: bool | None = None,
        index_actions: Sequence[BackupPlanIndexActionProps | Mapping[str, Any]] | None = None,
        move_to_cold_storage_after: Duration | None = None,
        recovery_point_tags: Mapping[str, str] | None = None,
        rule_name: str | None = None,
        schedule_expression: Schedule | None = None,
        schedule_expression_timezone: TimeZone | None = None,
        start_window: Duration | None = None,
    ) -> None:
        copies = (
            [c if isinstance(c, BackupPlanCopyActionProps) else BackupPlanCopyActionProps(**c) for c in copy_actions]
            if copy_actions is not None
            else None
        )
        indexes = (
            [i if isinstance(i, BackupPlanIndexActionProps) else BackupPlanIndexActionProps(**i)
             for i in index_actions]
            if index_actions is not None
            else None
        )
        if (
            delete_after is not None
            and not delete_after.is_unresolved()
            and move_to_cold_storage_after is not None
            and not move_to_cold_storage_after.is_unresolved()
            and delete_after.to_days() < move_to_cold_storage_after.to_days()
        ):
            raise UnscopedValidationError("`deleteAfter` must be greater than `moveToColdStorageAfter`")
        if schedule_expression is not None and not schedule_expression.expression_string.startswith("cron"):
            raise UnscopedValidationError("`scheduleExpression` must be of type `cron`")
        effective_delete_after = (
            Duration.days(35) if enable_continuous_backup and delete_after is None else delete_after
        )
        if enable_continuous_backup and move_to_cold_storage_after is not None:
            raise UnscopedValidationError(
                "`moveToColdStorageAfter` must not be specified if `enableContinuousBackup` is enabled"
            )
        if (
            enable_continuous_backup
            and delete_after is not None
            and not delete_after.is_unresolved()
            and (delete_after.to_days() < 1 or delete_after.to_days() > 35)
        ):
            raise UnscopedValidationError(
                "'deleteAfter' must be between 1 and 35 days if 'enableContinuousBackup' is enabled, but got "
                f"{delete_after.to_human_string()}"
            )
        for copy in copies or []:
            c_delete, c_move = copy.delete_after, copy.move_to_cold_storage_after
            if (
                c_delete is not None
                and not c_delete.is_unresolved()
                and c_move is not None
                and not c_move.is_unresolved()
                and c_delete.to_days() < c_move.to_days() + 90
            ):
                raise UnscopedValidationError(
                    "'deleteAfter' must at least 90 days later than corresponding 'moveToColdStorageAfter'\n"
                    f"received 'deleteAfter: {c_delete.to_days()}' and "
                    f"'moveToColdStorageAfter: {c_move.to_days()}'"
                )
        self._props = BackupPlanRuleProps(
            backup_vault=backup_vault,
            completion_window=completion_window,
            copy_actions=copies,
            delete_after=effective_delete_after,
            enable_continuous_backup=enable_continuous_backup,
            index_actions=indexes,
            move_to_cold_storage_after=move_to_cold_storage_after,
            recovery_point_tags=recovery_point_tags,
            rule_name=rule_name,
            schedule_expression=schedule_expression,
            schedule_expression_timezone=schedule_expression_timezone,
            start_window=start_window,
        )

    @property
    def props(self) -> BackupPlanRuleProps:
        """The rule's properties."""
        return self._props

    @staticmethod
    def daily(backup_vault: IBackupVaultRef | None = None) -> BackupPlanRule:
        """Every day at 05:00 UTC, kept 35 days."""
        return BackupPlanRule(backup_vault=backup_vault, rule_name="Daily",
                              schedule_expression=_cron(hour="5", minute="0"), delete_after=Duration.days(35))

    @staticmethod
    def weekly(backup_vault: IBackupVaultRef | None = None) -> BackupPlanRule:
        """Every Saturday at 05:00 UTC, kept 90 days."""
        return BackupPlanRule(backup_vault=backup_vault, rule_name="Weekly",
                              schedule_expression=_cron(hour="5", minute="0", week_day="SAT"),
                              delete_after=Duration.days(90))

    @staticmethod
    def monthly1_year(backup_vault: IBackupVaultRef | None = None) -> BackupPlanRule:
        """The first of each month at 05:00 UTC, cold after 30 days, kept 365 days."""
        return BackupPlanRule(backup_vault=backup_vault, rule_name="Monthly1Year",
                              schedule_expression=_cron(day="1", hour="5", minute="0"),
                              move_to_cold_storage_after=Duration.days(30), delete_after=Duration.days(365))

    @staticmethod
    def monthly5_year(backup_vault: IBackupVaultRef | None = None) -> BackupPlanRule:
        """The first of each month at 05:00 UTC, cold after 90 days, kept 5 years."""
        return BackupPlanRule(backup_vault=backup_vault, rule_name="Monthly5Year",
                              schedule_expression=_cron(day="1", hour="5", minute="0"),
                              move_to_cold_storage_after=Duration.days(90), delete_after=Duration.days(365 * 5))

    @staticmethod
    def monthly7_year(backup_vault: IBackupVaultRef | None = None) -> BackupPlanRule:
        """The first of each month at 05:00 UTC, cold after 90 days, kept 7 years."""
        return BackupPlanRule(backup_vault=backup_vault, rule_name="Monthly7Year",
                              schedule_expression=_cron(day="1", hour="5", minute="0"),
                              move_to_cold_storage_after=Duration.days(90), delete_after=Duration.days(365 * 7))


def _lifecycle(delete_after: Duration | None, move: Duration | None) -> Any:
    if delete_after is None and move is None:
        return None
    return CfnBackupPlan.LifecycleResourceTypeProperty(
        delete_after_days=delete_after.to_days() if delete_after is not None else None,
        move_to_cold_storage_after_days=move.to_days() if move is not None else None,
    )


class _ImportedBackupPlan(Resource):
    """A plan defined outside the app."""

    def __init__(self, scope: Construct, id: str, backup_plan_id: str) -> None:
        super().__init__(scope, id)
        self.backup_plan_id = backup_plan_id

    @property
    def backup_plan_ref(self) -> BackupPlanReference:
        """The plan's id and ARN (made from the id)."""
        arn = self.stack.format_arn(service="backup", resource="backup-plan", resource_name=self.backup_plan_id,
                                    arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return BackupPlanReference(backup_plan_arn=arn, backup_plan_id=self.backup_plan_id)


class BackupPlan(Resource):
    """An AWS Backup plan.

    Args:
        scope: the parent construct.
        id: the construct id.
        backup_plan_name: the plan's display name (default the construct id).
        backup_plan_rules: the plan's rules (more with ``add_rule``).
        backup_vault: the vault of rules that name none (default a new vault, made with the first such rule).
        windows_vss: Windows VSS backups of EC2 instances (default false).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-backup.BackupPlan"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        backup_plan_name: str | None = None,
        backup_plan_rules: Sequence[BackupPlanRule] | None = None,
        backup_vault: IBackupVaultRef | None = None,
        windows_vss: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._rules: list[CfnBackupPlan.BackupRuleResourceTypeProperty] = []
        rules = self._rules
        plan = CfnBackupPlan(
            self,
            "Resource",
            backup_plan=CfnBackupPlan.BackupPlanResourceTypeProperty(
                advanced_backup_settings=(
                    [CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty(
                        backup_options={"WindowsVSS": "enabled"}, resource_type="EC2")]
                    if windows_vss
                    else None
                ),
                backup_plan_name=backup_plan_name or id,
                backup_plan_rule=Lazy.any(lambda: rules, omit_empty_array=True),
            ),
        )
        self.backup_plan_id: str = plan.attr_backup_plan_id
        self.backup_plan_arn: str = plan.attr_backup_plan_arn
        self.version_id: str = plan.attr_version_id
        self._backup_vault: IBackupVaultRef | None = backup_vault
        for rule in backup_plan_rules or []:
            self.add_rule(rule)
        self.node.add_validation(_PlanValidation(rules))

    @property
    def backup_plan_ref(self) -> BackupPlanReference:
        """The plan's id and ARN."""
        return BackupPlanReference(backup_plan_arn=self.backup_plan_arn, backup_plan_id=self.backup_plan_id)

    @property
    def backup_vault(self) -> IBackupVault:
        """The vault of rules that name none."""
        from l2.backup._interfaces import IBackupVault

        vault = self._backup_vault
        if vault is None:
            raise ValidationError("No backup vault!", self)
        if not isinstance(vault, IBackupVault):
            raise UnscopedValidationError(
                f"'vault' instance should implement IBackupVault, but doesn't: {type(vault).__name__}"
            )
        return vault

    def add_rule(self, rule: BackupPlanRule) -> None:
        """Add a rule to the plan (its vault is the rule's, else the plan's, else a new ``Vault``)."""
        from l2.backup._vault import BackupVault

        props = rule.props
        if props.backup_vault is not None:
            vault = props.backup_vault
        elif self._backup_vault is not None:
            vault = self._backup_vault
        else:
            vault = self._backup_vault = BackupVault(self, "Vault")
        self._rules.append(
            CfnBackupPlan.BackupRuleResourceTypeProperty(
                completion_window_minutes=(
                    props.completion_window.to_minutes() if props.completion_window is not None else None
                ),
                lifecycle=_lifecycle(props.delete_after, props.move_to_cold_storage_after),
                rule_name=props.rule_name if props.rule_name is not None else f"{self.node.id}Rule{len(self._rules)}",
                schedule_expression=(
                    props.schedule_expression.expression_string if props.schedule_expression is not None else None
                ),
                schedule_expression_timezone=(
                    props.schedule_expression_timezone.timezone_name
                    if props.schedule_expression_timezone is not None
                    else None
                ),
                start_window_minutes=props.start_window.to_minutes() if props.start_window is not None else None,
                enable_continuous_backup=props.enable_continuous_backup,
                target_backup_vault=vault.backup_vault_ref.backup_vault_name,
                copy_actions=(
                    [
                        CfnBackupPlan.CopyActionResourceTypeProperty(
                            destination_backup_vault_arn=c.destination_backup_vault.backup_vault_ref.backup_vault_arn,
                            lifecycle=_lifecycle(c.delete_after, c.move_to_cold_storage_after),
                        )
                        for c in props.copy_actions
                    ]
                    if props.copy_actions is not None
                    else None
                ),
                recovery_point_tags=props.recovery_point_tags,
                index_actions=(
                    [
                        CfnBackupPlan.IndexActionsResourceTypeProperty(
                            resource_types=[t.value for t in i.resource_types]
                        )
                        for i in props.index_actions
                    ]
                    if props.index_actions is not None
                    else None
                ),
            )
        )

    def add_selection(
        self,
        id: str,
        *,
        resources: Sequence[BackupResource],
        allow_restores: bool | None = None,
        backup_selection_name: str | None = None,
        disable_default_backup_policy: bool | None = None,
        role: IRole | None = None,
    ) -> BackupSelection:
        """Add a selection of resources to back up with this plan."""
        from l2.backup._selection import BackupSelection

        return BackupSelection(
            self,
            id,
            backup_plan=self,
            resources=resources,
            allow_restores=allow_restores,
            backup_selection_name=backup_selection_name,
            disable_default_backup_policy=disable_default_backup_policy,
            role=role,
        )

    @staticmethod
    def from_backup_plan_id(scope: Construct, id: str, backup_plan_id: str) -> IBackupPlan:
        """Import a plan by id."""
        return _ImportedBackupPlan(scope, id, backup_plan_id)

    @staticmethod
    def daily35_day_retention(scope: Construct, id: str, backup_vault: IBackupVaultRef | None = None) -> BackupPlan:
        """A plan with the ``daily`` rule."""
        plan = BackupPlan(scope, id, backup_vault=backup_vault)
        plan.add_rule(BackupPlanRule.daily())
        return plan

    @staticmethod
    def daily_monthly1_year_retention(
        scope: Construct, id: str, backup_vault: IBackupVaultRef | None = None
    ) -> BackupPlan:
        """A plan with the ``daily`` and ``monthly1_year`` rules."""
        plan = BackupPlan(scope, id, backup_vault=backup_vault)
        plan.add_rule(BackupPlanRule.daily())
        plan.add_rule(BackupPlanRule.monthly1_year())
        return plan

    @staticmethod
    def daily_weekly_monthly5_year_retention(
        scope: Construct, id: str, backup_vault: IBackupVaultRef | None = None
    ) -> BackupPlan:
        """A plan with the ``daily``, ``weekly`` and ``monthly5_year`` rules."""
        plan = BackupPlan(scope, id, backup_vault=backup_vault)
        plan.add_rule(BackupPlanRule.daily())
        plan.add_rule(BackupPlanRule.weekly())
        plan.add_rule(BackupPlanRule.monthly5_year())
        return plan

    @staticmethod
    def daily_weekly_monthly7_year_retention(
        scope: Construct, id: str, backup_vault: IBackupVaultRef | None = None
    ) -> BackupPlan:
        """A plan with the ``daily``, ``weekly`` and ``monthly7_year`` rules."""
        plan = BackupPlan(scope, id, backup_vault=backup_vault)
        plan.add_rule(BackupPlanRule.daily())
        plan.add_rule(BackupPlanRule.weekly())
        plan.add_rule(BackupPlanRule.monthly7_year())
        return plan


class _PlanValidation:
    """A plan needs a rule."""

    __slots__ = ("_rules",)

    def __init__(self, rules: list[Any]) -> None:
        self._rules = rules

    def validate(self) -> list[str]:
        return [] if self._rules else ["A backup plan must have at least 1 rule."]
