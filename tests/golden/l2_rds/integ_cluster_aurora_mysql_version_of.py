"""Port of aws-cdk's aws-rds integ.cluster-aurora-mysql-version-of.ts: an Aurora MySQL cluster whose engine version
is given as a full version string to ``AuroraMysqlEngineVersion.of`` without a major version."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "AuroraMysqlVersionOfStack")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
rds.DatabaseCluster(
    stack,
    "Cluster",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.of("8.0.mysql_aurora.3.08.0")),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned(
        "writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM)
    ),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
