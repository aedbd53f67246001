"""Every aws_backup class beyond the integ ports: vault notifications (all events and some), access policy with
blocked deletion, a KMS key, full Vault Lock, imported vaults and plans, grants, every preset plan and rule, rule
windows, continuous backup, index actions, Windows VSS, and selections of tags, ARNs and each resource kind (the
construct collector sees EFS, DynamoDB, EC2 instances and volumes, RDS instances outside a cluster and clusters)."""

import aws_cdk as cdk
from aws_cdk import aws_backup as backup
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "BackupFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))

topic = sns.Topic(stack, "Topic")
key = kms.Key(stack, "Key")
vault = backup.BackupVault(
    stack,
    "Vault",
    backup_vault_name="my-vault_1",
    encryption_key=key,
    notification_topic=topic,
    access_policy=iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                actions=["backup:StartRestoreJob"],
                principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/Restorer")],
                resources=["*"],
            )
        ]
    ),
    block_recovery_point_deletion=True,
    lock_configuration=backup.LockConfiguration(
        min_retention=cdk.Duration.days(7),
        max_retention=cdk.Duration.days(3650),
        changeable_for=cdk.Duration.days(3),
    ),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
vault.add_to_access_policy(
    iam.PolicyStatement(
        actions=["backup:DescribeBackupVault"],
        principals=[iam.AccountRootPrincipal()],
        resources=["*"],
    )
)
other_topic = sns.Topic(stack, "OtherTopic")
events_vault = backup.BackupVault(
    stack,
    "EventsVault",
    notification_topic=other_topic,
    notification_events=[backup.BackupVaultEvents.BACKUP_JOB_FAILED, backup.BackupVaultEvents.COPY_JOB_FAILED],
)
by_name = backup.BackupVault.from_backup_vault_name(stack, "ByName", "imported-vault")
by_arn = backup.BackupVault.from_backup_vault_arn(
    stack, "ByArn", "arn:aws:backup:us-east-1:210987654321:backup-vault:far-vault"
)
user = iam.User(stack, "User")
vault.grant(user, "backup:StartBackupJob")
by_arn.grant(user, "backup:ListRecoveryPointsByBackupVault", "backup:DescribeBackupVault")

plan = backup.BackupPlan(
    stack,
    "Plan",
    backup_plan_name="custom-plan",
    backup_vault=vault,
    windows_vss=True,
    backup_plan_rules=[
        backup.BackupPlanRule.daily(),
        backup.BackupPlanRule.weekly(by_name),
        backup.BackupPlanRule(
            rule_name="Continuous",
            enable_continuous_backup=True,
            start_window=cdk.Duration.hours(2),
            completion_window=cdk.Duration.hours(3),
        ),
    ],
)
plan.add_rule(backup.BackupPlanRule.monthly1_year(events_vault))
plan.add_rule(backup.BackupPlanRule.monthly5_year())
plan.add_rule(backup.BackupPlanRule.monthly7_year())
plan.add_rule(
    backup.BackupPlanRule(
        schedule_expression=events.Schedule.cron(minute="0", hour="1", week_day="MON"),
        enable_continuous_backup=True,
        delete_after=cdk.Duration.days(14),
        index_actions=[
            backup.BackupPlanIndexActionProps(
                resource_types=[backup.IndexActionResourceType.EBS, backup.IndexActionResourceType.S3]
            )
        ],
        copy_actions=[backup.BackupPlanCopyActionProps(destination_backup_vault=by_arn)],
    )
)
plan.add_rule(
    backup.BackupPlanRule(
        copy_actions=[
            backup.BackupPlanCopyActionProps(destination_backup_vault=events_vault, delete_after=cdk.Duration.days(30))
        ],
        schedule_expression_timezone=cdk.TimeZone.EUROPE_PARIS,
        schedule_expression=events.Schedule.expression("cron(0 12 * * ? *)"),
    )
)

table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
file_system = efs.CfnFileSystem(stack, "FileSystem")
instance = ec2.CfnInstance(stack, "Instance", image_id="ami-12345678", instance_type="t3.micro")
db_instance = rds.CfnDBInstance(stack, "DbInstance", engine="mysql", db_instance_class="db.t3.micro",
                                allocated_storage="20", master_username="admin",
                                manage_master_user_password=True)
db_cluster = rds.CfnDBCluster(stack, "DbCluster", engine="aurora-mysql", master_username="admin",
                              manage_master_user_password=True)
serverless = rds.CfnDBCluster(stack, "ServerlessCluster", engine="aurora-postgresql", engine_mode="serverless",
                              master_username="clusteradmin", manage_master_user_password=True)

selection = plan.add_selection(
    "Resources",
    resources=[
        backup.BackupResource.from_dynamo_db_table(table),
        backup.BackupResource.from_efs_file_system(file_system),
        backup.BackupResource.from_ec2_instance(instance),
        backup.BackupResource.from_rds_database_instance(db_instance),
        backup.BackupResource.from_rds_database_cluster(db_cluster),
        backup.BackupResource.from_rds_serverless_cluster(serverless),
        backup.BackupResource.from_arn("arn:aws:ec2:eu-west-1:123456789012:volume/*"),
        backup.BackupResource.from_tag("stage", "prod"),
        backup.BackupResource.from_tag("team", "data", backup.TagOperation.STRING_EQUALS),
    ],
    backup_selection_name="explicit",
    allow_restores=True,
)
key.grant_encrypt_decrypt(selection)

# a construct tree for the collector: an RDS instance in a cluster is left out, a volume is in
group = cdk.Stack(app, "Collected", env=cdk.Environment(account="123456789012", region="eu-west-1"))
ec2.CfnVolume(group, "Volume", availability_zone="eu-west-1a", size=10)
rds.CfnDBCluster(group, "Cluster", engine="aurora-mysql", master_username="admin", manage_master_user_password=True)
rds.CfnDBInstance(group, "ClusterMember", engine="aurora-mysql", db_instance_class="db.r6g.large",
                  db_cluster_identifier="the-cluster")
rds.CfnDBInstance(group, "Standalone", engine="postgres", db_instance_class="db.t3.micro", allocated_storage="20",
                  master_username="dbadmin", manage_master_user_password=True)
efs.CfnFileSystem(group, "Fs")
dynamodb.CfnTable(group, "CfnTable", key_schema=[dynamodb.CfnTable.KeySchemaProperty(attribute_name="pk",
                                                                                     key_type="HASH")],
                  attribute_definitions=[dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name="pk",
                                                                                       attribute_type="S")],
                  billing_mode="PAY_PER_REQUEST")
ec2.CfnInstance(group, "Box", image_id="ami-12345678", instance_type="t3.micro")
imported_plan = backup.BackupPlan.from_backup_plan_id(group, "ImportedPlan", "plan-1234")
role = iam.Role(group, "Role", assumed_by=iam.ServicePrincipal("backup.amazonaws.com"))
backup.BackupSelection(
    group,
    "Selection",
    backup_plan=imported_plan,
    resources=[backup.BackupResource.from_construct(group)],
    role=role,
)
presets = [
    backup.BackupPlan.daily35_day_retention(group, "Daily35"),
    backup.BackupPlan.daily_monthly1_year_retention(group, "DailyMonthly1Year"),
    backup.BackupPlan.daily_weekly_monthly7_year_retention(group, "DailyWeeklyMonthly7Year",
                                                           backup.BackupVault(group, "PresetVault")),
]
for preset in presets:
    cdk.CfnOutput(group, f"{preset.node.id}Vault", value=preset.backup_vault.backup_vault_name)
    cdk.CfnOutput(group, f"{preset.node.id}Arn", value=preset.backup_plan_arn)
    cdk.CfnOutput(group, f"{preset.node.id}Version", value=preset.version_id)
cdk.CfnOutput(group, "ImportedPlanId", value=imported_plan.backup_plan_id)
app.synth()
