"""Port of aws-cdk's aws-rds integ.cluster-public-subnets.ts: three Aurora MySQL serverless v2 clusters in public
subnets with default, true and false ``publicly_accessible``."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "integ-aurora-pub-sn-cluster")
vpc = ec2.Vpc(stack, "Integ-VPC")
writers = [
    rds.ClusterInstance.serverless_v2("writer"),
    rds.ClusterInstance.serverless_v2("writer", publicly_accessible=True),
    rds.ClusterInstance.serverless_v2("writer", publicly_accessible=False),
]
for i, writer in enumerate(writers):
    rds.DatabaseCluster(
        stack,
        f"Integ-Cluster-{i}",
        engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
        writer=writer,
        removal_policy=cdk.RemovalPolicy.DESTROY,
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    )
app.synth()
