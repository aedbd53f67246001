"""Port of aws-cdk's aws-rds integ.cluster-serverless-v2.ts: three Aurora MySQL clusters mixing serverless v2 and
provisioned writers and readers (promotion tiers), with capacity and ACU-utilization alarms."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import Construct


class TestCase(Construct):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, writer: rds.IClusterInstance, readers=None) -> None:
        super().__init__(scope, id)
        cluster = rds.DatabaseCluster(
            self,
            "Integ-Cluster",
            engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_03_0),
            writer=writer,
            readers=readers,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            vpc=vpc,
        )
        cluster.metric_serverless_database_capacity(period=cdk.Duration.minutes(10)).create_alarm(
            self, "capacity", threshold=1.5, evaluation_periods=3
        )
        cluster.metric_acu_utilization(period=cdk.Duration.minutes(10)).create_alarm(
            self, "alarm", evaluation_periods=3, threshold=90
        )


app = cdk.App()
stack = cdk.Stack(app, "integ-aurora-serverlessv2-cluster")
vpc = ec2.Vpc(stack, "Integ-VPC")
cases = [
    {"writer": rds.ClusterInstance.serverless_v2("writer")},
    {
        "writer": rds.ClusterInstance.provisioned("writer"),
        "readers": [
            rds.ClusterInstance.serverless_v2("FailoverReader", scale_with_writer=True),
            rds.ClusterInstance.serverless_v2("OtherReader"),
        ],
    },
    {
        "writer": rds.ClusterInstance.serverless_v2("writer"),
        "readers": [
            rds.ClusterInstance.provisioned("FailoverReader", promotion_tier=1),
            rds.ClusterInstance.serverless_v2("OtherReader"),
        ],
    },
]
for i, case in enumerate(cases):
    TestCase(stack, f"integ-aurora-serverlessv2-{i}", vpc=vpc, **case)
app.synth()
