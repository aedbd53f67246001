"""aws_backup validation errors and imports: messages as aws-cdk-lib words them, with the construct path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import backup, events, iam


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"backup_vault_name": "a"}, "Expected vault name to match pattern `^[a-zA-Z0-9-_]{2,50}$`"),
        (
            {"lock_configuration": backup.LockConfiguration(min_retention=Duration.days(1),
                                                            changeable_for=Duration.hours(48))},
            "AWS Backup enforces a 72-hour cooling-off period before Vault Lock takes effect and becomes immutable, "
            "got 48 hours",
        ),
        (
            {"lock_configuration": {"min_retention": Duration.days(1), "max_retention": Duration.days(36501)}},
            "The longest maximum retention period you can specify is 36500 days, got 36501 days",
        ),
        (
            {"lock_configuration": backup.LockConfiguration(min_retention=Duration.days(10),
                                                            max_retention=Duration.days(10))},
            "The maximum retention period (10 days) must be greater than the minimum retention period (10 days)",
        ),
        (
            {"lock_configuration": backup.LockConfiguration(min_retention=Duration.hours(12))},
            "The shortest minimum retention period you can specify is 1 day, got 12 hours",
        ),
    ],
)
def test_vault_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        backup.BackupVault(stack, "Vault", **kwargs)
    assert message in str(info.value)
    assert "S/Vault" in str(info.value)


def test_grant_refuses_wildcards(stack: Stack) -> None:
    vault = backup.BackupVault(stack, "Vault")
    with pytest.raises(ValidationError, match="AWS Backup access policies don't support a wildcard in the Action key"):
        vault.grant(iam.User(stack, "U"), "backup:*")


def test_import_by_arn(stack: Stack) -> None:
    vault = backup.BackupVault.from_backup_vault_arn(
        stack, "V", "arn:aws:backup:eu-west-3:123456789012:backup-vault:far"
    )
    assert vault.backup_vault_name == "far"
    assert (vault.env.account, vault.env.region) == ("123456789012", "eu-west-3")  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="has the wrong format, expected "
                       "arn:aws:service:region:account:resource:resourceName."):
        backup.BackupVault.from_backup_vault_arn(
            stack, "W", "arn:aws:backup:us-east-1:123456789012:backup-vault/x"
        )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: backup.BackupPlanRule(delete_after=Duration.days(1), move_to_cold_storage_after=Duration.days(2)),
         "`deleteAfter` must be greater than `moveToColdStorageAfter`"),
        (lambda: backup.BackupPlanRule(schedule_expression=events.Schedule.rate(Duration.days(1))),
         "`scheduleExpression` must be of type `cron`"),
        (lambda: backup.BackupPlanRule(enable_continuous_backup=True, move_to_cold_storage_after=Duration.days(2)),
         "`moveToColdStorageAfter` must not be specified if `enableContinuousBackup` is enabled"),
        (lambda: backup.BackupPlanRule(enable_continuous_backup=True, delete_after=Duration.days(36)),
         "'deleteAfter' must be between 1 and 35 days if 'enableContinuousBackup' is enabled, but got 36 days"),
    ],
)
def test_rule_validation(make: Callable[[], object], message: str) -> None:
    with pytest.raises(UnscopedValidationError) as info:
        make()
    assert message in str(info.value)


def test_copy_action_retention(stack: Stack) -> None:
    vault = backup.BackupVault(stack, "Vault")
    with pytest.raises(UnscopedValidationError) as info:
        backup.BackupPlanRule(copy_actions=[backup.BackupPlanCopyActionProps(
            destination_backup_vault=vault, delete_after=Duration.days(100),
            move_to_cold_storage_after=Duration.days(30))])
    assert str(info.value).startswith(
        "'deleteAfter' must at least 90 days later than corresponding 'moveToColdStorageAfter'\n"
        "received 'deleteAfter: 100' and 'moveToColdStorageAfter: 30'"
    )


def test_continuous_backup_keeps_35_days_by_default() -> None:
    delete_after = backup.BackupPlanRule(enable_continuous_backup=True).props.delete_after
    assert delete_after is not None and delete_after.to_days() == 35


def test_plan_needs_a_rule(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    backup.BackupPlan(stack, "Plan")
    with pytest.raises(Exception, match="A backup plan must have at least 1 rule."):
        synth(stack)


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match="windows_vss"):
        backup.BackupPlan(stack, "Plan", windows_vss="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="backup_vault"):
        backup.BackupPlan(stack, "Other", backup_vault="vault")  # type: ignore[arg-type]


def test_plan_vault_is_the_first_rule_vault(stack: Stack) -> None:
    plan = backup.BackupPlan.daily35_day_retention(stack, "Plan")
    assert isinstance(plan.backup_vault, backup.BackupVault)
    assert plan.backup_vault.node.path == "S/Plan/Vault"
    assert isinstance(plan.backup_vault, backup.IBackupVault)
    assert isinstance(backup.BackupPlan.from_backup_plan_id(stack, "I", "p-1"), backup.IBackupPlan)
