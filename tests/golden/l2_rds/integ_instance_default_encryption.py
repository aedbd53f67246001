"""Port of aws-cdk's aws-rds integ.instance-default-encryption.ts: a PostgreSQL instance with every default (its
storage encryption included)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-default-encryption")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_4),
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
