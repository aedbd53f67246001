"""Port of aws-s3-deployment integ.bucket-deployment-security-groups-efs: a BucketDeployment with EFS storage and
a given security group. ``IntegTest`` dropped; website files in assets/."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from constructs import Construct


class TestBucketDeploymentSecurityGroupsEfs(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "TestVpc", restrict_default_security_group=False)
        security_group = ec2.SecurityGroup(
            self, "SecurityGroup", vpc=vpc, description="Security group - allow all outbound", allow_all_outbound=True
        )
        destination_bucket = s3.Bucket(
            self,
            "Destination",
            website_index_document="index.html",
            public_read_access=False,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )
        s3deploy.BucketDeployment(
            self,
            "DeployWithEfsAndSecurityGroups",
            sources=[s3deploy.Source.asset("assets/my-website")],
            destination_bucket=destination_bucket,
            destination_key_prefix="efs-sg/",
            use_efs=True,
            vpc=vpc,
            security_groups=[security_group],
            retain_on_delete=False,
        )


app = cdk.App()
TestBucketDeploymentSecurityGroupsEfs(app, "test-bucket-deployment-efs-security-groups")
app.synth()
