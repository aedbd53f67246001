"""Port of aws-cdk's aws-rds integ.read-replica-with-allocated-storage.ts: a MySQL read replica with its own
allocated storage, in isolated subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "cdk-rds-read-replica-with-allocated-storage")
vpc = ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    restrict_default_security_group=False,
    subnet_configuration=[
        ec2.SubnetConfiguration(cidr_mask=24, name="Public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(cidr_mask=24, name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
isolated = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
small = ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL)
source = rds.DatabaseInstance(
    stack,
    "SourceInstance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    instance_type=small,
    vpc=vpc,
    vpc_subnets=isolated,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
rds.DatabaseInstanceReadReplica(
    stack,
    "ReadReplica",
    source_database_instance=source,
    instance_type=small,
    vpc=vpc,
    vpc_subnets=isolated,
    allocated_storage=500,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
