"""Port of aws-cdk's aws-fsx integ.lustre-file-system-automatic-backup.ts: a PERSISTENT_1 file system with 3-day
automatic backups at 11:30 that copy its tags (IntegTest dropped)."""

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_fsx import (
    DailyAutomaticBackupStartTime,
    LustreConfiguration,
    LustreDeploymentType,
    LustreFileSystem,
)

app = App()
stack = Stack(app, "AwsCdkFsxLustreAutomaticBackup")
vpc = Vpc(stack, "VPC", restrict_default_security_group=False)

storage_capacity = 1200
lustre_configuration = LustreConfiguration(
    deployment_type=LustreDeploymentType.PERSISTENT_1,
    per_unit_storage_throughput=100,
    automatic_backup_retention=Duration.days(3),
    copy_tags_to_backups=True,
    daily_automatic_backup_start_time=DailyAutomaticBackupStartTime(hour=11, minute=30),
)

LustreFileSystem(
    stack,
    "FsxLustreFileSystem",
    lustre_configuration=lustre_configuration,
    storage_capacity_gib=storage_capacity,
    vpc=vpc,
    vpc_subnet=vpc.private_subnets[0],
    removal_policy=RemovalPolicy.DESTROY,
)

app.synth()
