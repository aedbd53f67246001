"""Port of aws-cdk's aws-backup integ.backup.ts: vaults with Vault Lock (one named from a parameter), a preset plan
with a selection of the whole stack, rules with copy actions, recovery point tags and a time zone, and durations
from parameters (tokens skip the synth-time checks). The selection's ``tagConditions`` are newer than 2.275."""

import aws_cdk as cdk
from aws_cdk import aws_backup as backup
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_efs as efs
from aws_cdk import aws_events as events
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        dynamodb.Table(
            self,
            "Table",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )

        fs = efs.CfnFileSystem(self, "FileSystem")
        fs.apply_removal_policy(cdk.RemovalPolicy.DESTROY)

        vault = backup.BackupVault(
            self,
            "Vault",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            lock_configuration=backup.LockConfiguration(min_retention=cdk.Duration.days(5)),
        )
        secondary_vault = backup.BackupVault(
            self,
            "SecondaryVault",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            lock_configuration=backup.LockConfiguration(min_retention=cdk.Duration.days(5)),
        )

        env = cdk.CfnParameter(self, "Env", type="String", description="Env", default="test")

        backup.BackupVault(
            self,
            "ThirdVault",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            backup_vault_name=f"backupVault-{env.value_as_string}",
            lock_configuration=backup.LockConfiguration(min_retention=cdk.Duration.days(5)),
        )

        plan = backup.BackupPlan.daily_weekly_monthly5_year_retention(self, "Plan", vault)

        plan.add_selection("Selection", resources=[backup.BackupResource.from_construct(self)])

        plan.add_rule(
            backup.BackupPlanRule(
                copy_actions=[
                    backup.BackupPlanCopyActionProps(
                        destination_backup_vault=secondary_vault,
                        move_to_cold_storage_after=cdk.Duration.days(30),
                        delete_after=cdk.Duration.days(120),
                    )
                ],
                recovery_point_tags={"stage": "prod"},
            )
        )

        plan.add_rule(
            backup.BackupPlanRule(
                backup_vault=vault,
                schedule_expression=events.Schedule.cron(day="15", hour="3", minute="30"),
                schedule_expression_timezone=cdk.TimeZone.ETC_UTC,
            )
        )

        move_to_cold_storage_days = cdk.CfnParameter(self, "MoveToColdStorageDays", type="Number", default=30)
        delete_after_days = cdk.CfnParameter(self, "DeleteAfterDays", type="Number", default=120)
        min_retention_days = cdk.CfnParameter(self, "MinRetentionDays", type="Number", default=5)

        token_vault = backup.BackupVault(
            self,
            "TokenLockVault",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            lock_configuration=backup.LockConfiguration(
                min_retention=cdk.Duration.days(min_retention_days.value_as_number)
            ),
        )

        token_plan = backup.BackupPlan(self, "TokenPlan", backup_vault=token_vault)
        token_plan.add_rule(
            backup.BackupPlanRule(
                delete_after=cdk.Duration.days(delete_after_days.value_as_number),
                move_to_cold_storage_after=cdk.Duration.days(move_to_cold_storage_days.value_as_number),
                copy_actions=[
                    backup.BackupPlanCopyActionProps(
                        destination_backup_vault=secondary_vault,
                        delete_after=cdk.Duration.days(delete_after_days.value_as_number),
                        move_to_cold_storage_after=cdk.Duration.days(move_to_cold_storage_days.value_as_number),
                    )
                ],
            )
        )


app = cdk.App()
TestStack(app, "cdk-backup")
app.synth()
