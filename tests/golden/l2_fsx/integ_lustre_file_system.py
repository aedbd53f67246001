"""Port of aws-cdk's aws-fsx integ.lustre-file-system.ts: a SCRATCH_2 file system with LZ4 compression that an EC2
instance may reach on the Lustre ports."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_ec2 import (
    AmazonLinuxGeneration,
    AmazonLinuxImage,
    Instance,
    InstanceClass,
    InstanceSize,
    InstanceType,
    SubnetSelection,
    SubnetType,
    Vpc,
)
from aws_cdk.aws_fsx import LustreConfiguration, LustreDataCompressionType, LustreDeploymentType, LustreFileSystem

app = App()
stack = Stack(app, "AwsCdkFsxLustre")
vpc = Vpc(stack, "VPC", restrict_default_security_group=False)

storage_capacity = 1200
lustre_configuration = LustreConfiguration(
    deployment_type=LustreDeploymentType.SCRATCH_2,
    data_compression_type=LustreDataCompressionType.LZ4,
)
fs = LustreFileSystem(
    stack,
    "FsxLustreFileSystem",
    lustre_configuration=lustre_configuration,
    storage_capacity_gib=storage_capacity,
    vpc=vpc,
    vpc_subnet=vpc.private_subnets[0],
    removal_policy=RemovalPolicy.DESTROY,
)

inst = Instance(
    stack,
    "inst",
    instance_type=InstanceType.of(InstanceClass.T2, InstanceSize.LARGE),
    machine_image=AmazonLinuxImage(generation=AmazonLinuxGeneration.AMAZON_LINUX_2),
    vpc=vpc,
    vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC),
)
fs.connections.allow_default_port_from(inst)

app.synth()
