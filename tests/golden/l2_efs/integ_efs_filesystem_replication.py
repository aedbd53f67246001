"""Port of aws-cdk's aws-efs integ.efs-filesystem-replication.ts (2.275 takes one ``ReplicationConfiguration``,
not a list): a One Zone destination with a key, and an existing destination file system."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "efsReplication")
vpc = ec2.Vpc(stack, "Vpc", nat_gateways=0)
kms_key = kms.Key(stack, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
efs.FileSystem(
    stack,
    "oneZoneReplicationFileSystem",
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_configuration=efs.ReplicationConfiguration.one_zone_file_system("us-east-1", "us-east-1a", kms_key),
)
destination = efs.FileSystem(
    stack,
    "destinationFileSystem",
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_overwrite_protection=efs.ReplicationOverwriteProtection.DISABLED,
)
efs.FileSystem(
    stack,
    "existFileSystemReplication",
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_configuration=efs.ReplicationConfiguration.existing_file_system(destination),
)
efs.FileSystem(
    stack,
    "regionalReplication",
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_configuration=efs.ReplicationConfiguration.regional_file_system(),
)
app.synth()
