"""Port of aws-cdk's aws-docdb integ.cluster-serverless.ts: a serverless cluster (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_docdb import DatabaseCluster, Login, ServerlessV2ScalingConfiguration
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        vpc = ec2.Vpc(self, "VPC", max_azs=2, restrict_default_security_group=False)

        DatabaseCluster(
            self,
            "Database",
            master_user=Login(username="docdb"),
            vpc=vpc,
            serverless_v2_scaling_configuration=ServerlessV2ScalingConfiguration(min_capacity=0.5, max_capacity=2),
            engine_version="5.0.0",
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )


app = cdk.App()
TestStack(app, "aws-cdk-docdb-cluster-serverless")
app.synth()
