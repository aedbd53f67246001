"""Every aws_fsx class beyond the integ ports: a PERSISTENT_2 file system with a KMS key, a given security group,
a backup id, an S3 import and export path, chunk size, throughput and maintenance; an HDD PERSISTENT_1 file system
with a read cache; the default drive cache of HDD; imports, DNS and mount names, connections."""

from aws_cdk import CfnOutput, Duration, Environment, RemovalPolicy, Stack, App
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_fsx as fsx
from aws_cdk import aws_kms as kms

app = App()
stack = Stack(app, "FsxFeatures", env=Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
key = kms.Key(stack, "Key")

persistent = fsx.LustreFileSystem(
    stack,
    "Persistent",
    lustre_configuration=fsx.LustreConfiguration(
        deployment_type=fsx.LustreDeploymentType.PERSISTENT_2,
        per_unit_storage_throughput=250,
        import_path="s3://my-bucket/data",
        export_path="s3://my-bucket/data/export",
        imported_file_chunk_size_mib=2048,
        automatic_backup_retention=Duration.days(0),
        weekly_maintenance_start_time=fsx.LustreMaintenanceTime(day=fsx.Weekday.SUNDAY, hour=1, minute=5),
        data_compression_type=fsx.LustreDataCompressionType.NONE,
    ),
    storage_capacity_gib=4800,
    vpc=vpc,
    vpc_subnet=vpc.isolated_subnets[0],
    kms_key=key,
    security_group=sg,
    backup_id="backup-0123456789abcdef0",
    file_system_type_version=fsx.FileSystemTypeVersion.V_2_12,
)
hdd = fsx.LustreFileSystem(
    stack,
    "Hdd",
    lustre_configuration=fsx.LustreConfiguration(
        deployment_type=fsx.LustreDeploymentType.PERSISTENT_1,
        per_unit_storage_throughput=40,
        drive_cache_type=fsx.DriveCacheType.READ,
        automatic_backup_retention=Duration.days(30),
        daily_automatic_backup_start_time=fsx.DailyAutomaticBackupStartTime(hour=0, minute=0),
        import_path="s3://other-bucket",
        auto_import_policy=fsx.LustreAutoImportPolicy.NEW,
    ),
    storage_capacity_gib=1800,
    storage_type=fsx.StorageType.HDD,
    vpc=vpc,
    vpc_subnet=vpc.isolated_subnets[1],
    file_system_type_version=fsx.FileSystemTypeVersion.V_2_10,
    removal_policy=RemovalPolicy.RETAIN,
)
default_cache = fsx.LustreFileSystem(
    stack,
    "HddDefaultCache",
    lustre_configuration=fsx.LustreConfiguration(
        deployment_type=fsx.LustreDeploymentType.PERSISTENT_1, per_unit_storage_throughput=12
    ),
    storage_capacity_gib=6000,
    storage_type=fsx.StorageType.HDD,
    vpc=vpc,
    vpc_subnet=vpc.isolated_subnets[0],
)
scratch = fsx.LustreFileSystem(
    stack,
    "Scratch1",
    lustre_configuration=fsx.LustreConfiguration(deployment_type=fsx.LustreDeploymentType.SCRATCH_1),
    storage_capacity_gib=7200,
    vpc=vpc,
    vpc_subnet=vpc.isolated_subnets[0],
)
imported = fsx.LustreFileSystem.from_lustre_file_system_attributes(
    stack,
    "Imported",
    dns_name="fs-0123.fsx.eu-west-1.amazonaws.com",
    file_system_id="fs-0123",
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "ImportedSg", "sg-12345678"),
)
imported.connections.allow_default_port_from(ec2.Peer.ipv4("10.0.0.0/16"))
hdd.connections.allow_default_port_from(persistent)

CfnOutput(stack, "PersistentDns", value=persistent.dns_name)
CfnOutput(stack, "PersistentMount", value=persistent.mount_name)
CfnOutput(stack, "PersistentId", value=persistent.file_system_id)
CfnOutput(stack, "ImportedId", value=imported.file_system_id)
CfnOutput(stack, "ScratchDns", value=scratch.dns_name)
CfnOutput(stack, "DefaultCacheMount", value=default_cache.mount_name)
app.synth()
