"""Port of aws-cdk's aws-rds integ.serverless-cluster-retain.ts: an Aurora MySQL Serverless v1 cluster kept on
update and on delete."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-serverless-cluster-retain")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
rds.ServerlessCluster(
    stack,
    "Cluster",
    engine=rds.DatabaseClusterEngine.AURORA_MYSQL,
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
)
app.synth()
