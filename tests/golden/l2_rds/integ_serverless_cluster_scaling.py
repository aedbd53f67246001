"""Port of aws-cdk's aws-rds integ.serverless-cluster-scaling.ts: an Aurora MySQL serverless v2 cluster in public
subnets with its own subnet group and capacity range."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False, nat_gateways=1)
subnet_group = rds.SubnetGroup(
    stack,
    "SubnetGroup",
    vpc=vpc,
    description="Subnet group for serverless cluster",
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
rds.DatabaseCluster(
    stack,
    "Serverless Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    writer=rds.ClusterInstance.serverless_v2("writer"),
    serverless_v2_min_capacity=0.5,
    serverless_v2_max_capacity=16,
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    subnet_group=subnet_group,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
