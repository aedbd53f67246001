"""Port of aws-cdk's aws-docdb integ.cluster-copy-tags-to-snapshot.ts: clusters with copyTagsToSnapshot off and on
(IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_docdb import DatabaseCluster, Login

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-docdb-integ")
vpc = ec2.Vpc(stack, "VPC")

for name, copy in (("DatabaseCopyTagsToSnapshotDisabled", False), ("DatabaseCopyTagsToSnapshotEnabled", True)):
    DatabaseCluster(
        stack,
        name,
        engine_version="3.6.0",
        master_user=Login(username="docdb",
                          password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")),
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
        vpc=vpc,
        removal_policy=cdk.RemovalPolicy.DESTROY,
        copy_tags_to_snapshot=copy,
    )

app.synth()
