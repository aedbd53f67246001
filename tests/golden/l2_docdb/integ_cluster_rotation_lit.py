"""Port of aws-cdk's aws-docdb integ.cluster-rotation.lit.ts: a cluster with a generated secret and single-user
rotation (the MongoDB rotation application from the Serverless Application Repository)."""

import aws_cdk as cdk
from aws_cdk import aws_docdb as docdb
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-docdb-cluster-rotation")

vpc = ec2.Vpc(stack, "VPC")

cluster = docdb.DatabaseCluster(
    stack,
    "Database",
    master_user=docdb.Login(username="docdb"),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

cluster.add_rotation_single_user()

app.synth()
