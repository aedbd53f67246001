"""Port of aws-s3-deployment integ.bucket-deployment-vpc-efs: a BucketDeployment in a VPC with EFS storage
(``use_efs``: a file system, an access point and the mount path). ``IntegTest`` dropped; website files in assets/."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from constructs import Construct


class TestBucketDeploymentVpcEfs(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "EfsVpc", restrict_default_security_group=False)
        bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(
            self,
            "DeployWithEfsVpc",
            sources=[s3deploy.Source.asset("assets/my-website")],
            destination_bucket=bucket,
            destination_key_prefix="efs-vpc/",
            vpc=vpc,
            use_efs=True,
            retain_on_delete=False,
        )


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeploymentVpcEfs(app, "test-bucket-deployment-vpc-efs")
app.synth()
