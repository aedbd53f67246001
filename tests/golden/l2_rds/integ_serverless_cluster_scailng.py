"""Port of aws-cdk's aws-rds integ.serverless-cluster-scailng.ts (sic): an Aurora MySQL Serverless v1 cluster in
public subnets with a named subnet group, auto-pause and a forced capacity change, open to the world (2.275 names
``secondsBeforeTimeout`` ``timeout``)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
subnet_group = rds.SubnetGroup(
    stack,
    "SubnetGroup",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    description="My Subnet Group",
    subnet_group_name="MyNotLowerCaseSubnetGroupName",
)
cluster = rds.ServerlessCluster(
    stack,
    "Serverless Database",
    engine=rds.DatabaseClusterEngine.AURORA_MYSQL,
    credentials=rds.Credentials.from_password("admin", cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    subnet_group=subnet_group,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    scaling=rds.ServerlessScalingOptions(
        auto_pause=cdk.Duration.minutes(5),
        min_capacity=rds.AuroraCapacityUnit.ACU_8,
        max_capacity=rds.AuroraCapacityUnit.ACU_32,
        timeout_action=rds.TimeoutAction.FORCE_APPLY_CAPACITY_CHANGE,
        timeout=cdk.Duration.minutes(8),
    ),
)
cluster.connections.allow_default_port_from_any_ipv4("Open to the world")
app.synth()
