"""Port of aws-cdk's aws-rds integ.cluster-serverless-v2-auto-pause.ts: an Aurora MySQL 3.08.0 serverless v2 cluster
scaling from 0 to 1 ACU that pauses after minutes(10) of idle time (the TypeScript ``secondsUntilAutoPause`` is 2.275's
``serverless_v2_auto_pause_duration``)."""

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
            engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0),
            serverless_v2_max_capacity=1,
            serverless_v2_min_capacity=0,
            serverless_v2_auto_pause_duration=cdk.Duration.minutes(10),
            writer=rds.ClusterInstance.serverless_v2("writer"),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            vpc=vpc,
        )


app = cdk.App()
TestStack(app, "integ-aurora-serverlessv2-cluster-auto-pause")
app.synth()
