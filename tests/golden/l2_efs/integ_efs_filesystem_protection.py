"""Port of aws-cdk's aws-efs integ.efs-filesystem-protection.ts: replication overwrite protection disabled."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_efs import FileSystem, ReplicationOverwriteProtection

app = cdk.App()
stack = cdk.Stack(app, "test-efs-protection-integ")
vpc = ec2.Vpc(stack, "Vpc", nat_gateways=0)
FileSystem(
    stack,
    "FileSystem",
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_overwrite_protection=ReplicationOverwriteProtection.DISABLED,
)
app.synth()
