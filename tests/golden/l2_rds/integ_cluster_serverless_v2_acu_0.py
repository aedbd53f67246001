"""Port of aws-cdk's aws-rds integ.cluster-serverless-v2-acu-0.ts: an Aurora MySQL cluster with a serverless v2
writer and a minimum capacity of 0 ACU (maximum 1)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Integ-VPC")
        rds.DatabaseCluster(
            self,
            "Integ-Cluster",
            engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
            serverless_v2_max_capacity=1,
            serverless_v2_min_capacity=0,
            writer=rds.ClusterInstance.serverless_v2("writer"),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            vpc=vpc,
        )


app = cdk.App()
TestStack(app, "integ-aurora-serverlessv2-cluster-acu-0")
app.synth()
