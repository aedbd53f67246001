"""Port of aws-cdk's aws-rds integ.instance-ca-certificate.ts: a PostgreSQL instance with a chosen CA certificate."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-ca-certificate")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    vpc=vpc,
    ca_certificate=rds.CaCertificate.RDS_CA_RSA2048_G1,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
