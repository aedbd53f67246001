"""Port of aws-cdk's aws-fsx integ.lustre-file-system-maintenance-time.ts: weekly maintenance on Tuesdays at 23:59
(IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_fsx import (
    LustreConfiguration,
    LustreDataCompressionType,
    LustreDeploymentType,
    LustreFileSystem,
    LustreMaintenanceTime,
    Weekday,
)

app = App()
stack = Stack(app, "AwsCdkFsxLustreMaintenanceTime")
vpc = Vpc(stack, "VPC", restrict_default_security_group=False)

storage_capacity = 1200
lustre_configuration = LustreConfiguration(
    deployment_type=LustreDeploymentType.SCRATCH_2,
    data_compression_type=LustreDataCompressionType.LZ4,
    weekly_maintenance_start_time=LustreMaintenanceTime(day=Weekday.TUESDAY, hour=23, minute=59),
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
