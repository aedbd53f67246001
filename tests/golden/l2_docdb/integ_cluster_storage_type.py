"""Port of aws-cdk's aws-docdb integ.cluster-storage-type.ts: an I/O-optimized cluster on engine 5.0.0 (IntegTest
dropped; the app's disableGitSource context kept)."""

from aws_cdk import App, RemovalPolicy, SecretValue, Stack
from aws_cdk.aws_docdb import DatabaseCluster, Login, StorageType
from aws_cdk.aws_ec2 import InstanceClass, InstanceSize, InstanceType, Vpc

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "StorageTypeClusterTestStack")
vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
instance_type = InstanceType.of(InstanceClass.R5, InstanceSize.LARGE)

DatabaseCluster(
    stack,
    "DatabaseCluster",
    master_user=Login(username="docdb", password=SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")),
    instance_type=instance_type,
    vpc=vpc,
    removal_policy=RemovalPolicy.DESTROY,
    engine_version="5.0.0",
    storage_type=StorageType.IOPT1,
)

app.synth()
