"""Port of aws-cdk's aws-fsx integ.lustre-file-system-storage-type.ts: an SSD and an HDD file system, each reachable
from an instance (IntegTest dropped)."""

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
from aws_cdk.aws_fsx import (
    LustreConfiguration,
    LustreDataCompressionType,
    LustreDeploymentType,
    LustreFileSystem,
    StorageType,
)

app = App()
stack = Stack(app, "FsxLustreStorageTypeStack")
vpc = Vpc(stack, "Vpc", restrict_default_security_group=False)

ssd_file_system = LustreFileSystem(
    stack,
    "FsxLustreFileSystemSsdStorage",
    lustre_configuration=LustreConfiguration(
        deployment_type=LustreDeploymentType.SCRATCH_2,
        data_compression_type=LustreDataCompressionType.LZ4,
    ),
    storage_capacity_gib=1200,
    vpc=vpc,
    vpc_subnet=vpc.private_subnets[0],
    removal_policy=RemovalPolicy.DESTROY,
    storage_type=StorageType.SSD,
)

ssd_fsx_instance = Instance(
    stack,
    "SsdFsxInstance",
    instance_type=InstanceType.of(InstanceClass.T2, InstanceSize.LARGE),
    machine_image=AmazonLinuxImage(generation=AmazonLinuxGeneration.AMAZON_LINUX_2023),
    vpc=vpc,
    vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC),
)
ssd_file_system.connections.allow_default_port_from(ssd_fsx_instance)

hdd_file_system = LustreFileSystem(
    stack,
    "FsxLustreFileSystemHddStorage",
    lustre_configuration=LustreConfiguration(
        deployment_type=LustreDeploymentType.PERSISTENT_1,
        data_compression_type=LustreDataCompressionType.LZ4,
        per_unit_storage_throughput=12,
    ),
    storage_capacity_gib=6000,
    vpc=vpc,
    vpc_subnet=vpc.private_subnets[1],
    removal_policy=RemovalPolicy.DESTROY,
    storage_type=StorageType.HDD,
)

hdd_fsx_instance = Instance(
    stack,
    "HddFsxInstance",
    instance_type=InstanceType.of(InstanceClass.T2, InstanceSize.LARGE),
    machine_image=AmazonLinuxImage(generation=AmazonLinuxGeneration.AMAZON_LINUX_2023),
    vpc=vpc,
    vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC),
)
hdd_file_system.connections.allow_default_port_from(hdd_fsx_instance)

app.synth()
