"""Port of aws-cdk integ.bucket-deployment-vpc-custom-subnets.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy



class TestBucketDeploymentVpcCustomSubnets(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "CustomVpc", restrict_default_security_group=False, max_azs=2, subnet_configuration=[
            ec2.SubnetConfiguration(cidr_mask=24, name="Public", subnet_type=ec2.SubnetType.PUBLIC),
            ec2.SubnetConfiguration(cidr_mask=24, name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)])
        bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployWithCustomVpc", sources=[s3deploy.Source.asset("assets/my-website")],
                                  destination_bucket=bucket, destination_key_prefix="custom-vpc/", vpc=vpc,
                                  retain_on_delete=False)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeploymentVpcCustomSubnets(app, "test-bucket-deployment-vpc-custom-subnets")
app.synth()
