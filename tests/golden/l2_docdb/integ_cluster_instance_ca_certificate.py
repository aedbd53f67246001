"""Port of aws-cdk's aws-docdb integ.cluster-instance-ca-certificate.ts: a cluster whose instances use the
rds-ca-rsa4096-g1 CA (IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, SecretValue, Stack
from aws_cdk.aws_docdb import CaCertificate, DatabaseCluster, Login
from aws_cdk.aws_ec2 import InstanceClass, InstanceSize, InstanceType, SubnetSelection, SubnetType, Vpc

app = App()
stack = Stack(app, "cdk-integ-docdb-cluster-instance-ca-certificate")
vpc = Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
instance_type = InstanceType.of(InstanceClass.R5, InstanceSize.LARGE)

DatabaseCluster(
    stack,
    "Database",
    master_user=Login(username="docdb", password=SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")),
    instance_type=instance_type,
    ca_certificate=CaCertificate.RDS_CA_RDS4096_G1,
    vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC),
    vpc=vpc,
    removal_policy=RemovalPolicy.DESTROY,
)

app.synth()
