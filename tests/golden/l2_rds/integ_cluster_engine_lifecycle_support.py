"""Port of aws-cdk's aws-rds integ.cluster-engine-lifecycle-support.ts: an Aurora MySQL cluster with RDS Extended
Support."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "RdsClusterEngineLifecycleSupportStack")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    vpc=vpc,
    engine_lifecycle_support=rds.EngineLifecycleSupport.OPEN_SOURCE_RDS_EXTENDED_SUPPORT,
    writer=rds.ClusterInstance.provisioned(
        "writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R7G, ec2.InstanceSize.LARGE)
    ),
)
app.synth()
