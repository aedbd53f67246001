"""Port of aws-cdk integ.bucket-deployment-vpc-basic.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy



class TestBucketDeploymentVpcBasic(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "BasicVpc", restrict_default_security_group=False)
        bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployWithBasicVpc", sources=[s3deploy.Source.asset("assets/my-website")],
                                  destination_bucket=bucket, destination_key_prefix="basic-vpc/", vpc=vpc,
                                  retain_on_delete=False)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeploymentVpcBasic(app, "test-bucket-deployment-vpc-basic")
app.synth()
