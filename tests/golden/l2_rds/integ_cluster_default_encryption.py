"""Port of aws-cdk's aws-rds integ.cluster-default-encryption.ts: an Aurora PostgreSQL cluster built from the
legacy ``instance_props`` (two t4g.medium instances), storage encrypted by default."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-default-encryption")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4),
    instance_props=rds.InstanceProps(
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM), vpc=vpc
    ),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
