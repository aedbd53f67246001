"""Port of aws-cdk's aws-rds integ.cluster-availability-zone.ts: an Aurora MySQL cluster whose provisioned writer
and serverless v2 reader are pinned to the VPC's first and second availability zones."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-availability-zone")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
rds.DatabaseCluster(
    stack,
    "Cluster",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned(
        "writer",
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
        availability_zone=vpc.availability_zones[0],
    ),
    readers=[
        rds.ClusterInstance.serverless_v2("reader", scale_with_writer=True, availability_zone=vpc.availability_zones[1])
    ],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
