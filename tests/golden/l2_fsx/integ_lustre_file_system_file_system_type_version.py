"""Port of aws-cdk's aws-fsx integ.lustre-file-system-file-system-type-version.ts: a Lustre 2.15 file system (IntegTest
dropped; the app's disableGitSource context kept)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_fsx import (
    FileSystemTypeVersion,
    LustreConfiguration,
    LustreDataCompressionType,
    LustreDeploymentType,
    LustreFileSystem,
)

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "FsxLustreFileSystemTypeVersionStack")
vpc = Vpc(stack, "Vpc")

storage_capacity = 1200
lustre_configuration = LustreConfiguration(
    deployment_type=LustreDeploymentType.SCRATCH_2,
    data_compression_type=LustreDataCompressionType.LZ4,
)
LustreFileSystem(
    stack,
    "FsxLustreFileSystem",
    lustre_configuration=lustre_configuration,
    storage_capacity_gib=storage_capacity,
    vpc=vpc,
    vpc_subnet=vpc.private_subnets[0],
    removal_policy=RemovalPolicy.DESTROY,
    file_system_type_version=FileSystemTypeVersion.V_2_15,
)

app.synth()
