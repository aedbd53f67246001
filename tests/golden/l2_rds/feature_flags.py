"""The feature flag rds reads, on and off (one stack per setting): lowercaseDbIdentifier lowercases the identifiers
given to an instance, a cluster and a Serverless v1 cluster."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()

for setting in (True, False):
    stack = cdk.Stack(app, f"RdsFlags{'On' if setting else 'Off'}")
    stack.node.set_context("@aws-cdk/aws-rds:lowercaseDbIdentifier", setting)
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
    rds.DatabaseInstance(
        stack,
        "Instance",
        engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        instance_identifier="MyInstance-One",
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )
    rds.DatabaseCluster(
        stack,
        "Cluster",
        engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4),
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        writer=rds.ClusterInstance.serverless_v2("Writer"),
        cluster_identifier="MyCluster-One",
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )
    rds.ServerlessCluster(
        stack,
        "Serverless",
        engine=rds.DatabaseClusterEngine.AURORA_MYSQL,
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        cluster_identifier="MyServerless-One",
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )

app.synth()
