"""Port of aws-cdk's aws-docdb integ.cluster-managed-password.ts: a cluster whose master password DocumentDB manages
in Secrets Manager with a given KMS key (IntegTest and its API-call assertion dropped; the test's
``rotateMasterUserPassword`` is newer than 2.275)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk.aws_docdb import DatabaseCluster, Login
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        vpc = ec2.Vpc(self, "VPC", max_azs=2, restrict_default_security_group=False)

        kms_key = kms.Key(
            self,
            "SecretKey",
            description="KMS key for DocumentDB managed master password",
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )

        self.cluster = DatabaseCluster(
            self,
            "Database",
            manage_master_user_password=True,
            master_user=Login(username="docdbuser"),
            master_user_secret_kms_key=kms_key,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
            vpc=vpc,
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )


app = cdk.App()
TestStack(app, "aws-cdk-docdb-cluster-managed-password")
app.synth()
