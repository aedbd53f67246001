"""Port of aws-cdk integ.bucket-deployment-vpc-security-groups.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

ISOLATED = [ec2.SubnetConfiguration(cidr_mask=24, name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)]


class TestBucketDeploymentVpcSecurityGroups(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "SgVpc", restrict_default_security_group=False, nat_gateways=0,
                      subnet_configuration=ISOLATED)
        vpc.add_gateway_endpoint("S3Endpoint", service=ec2.GatewayVpcEndpointAwsService.S3)
        security_group = ec2.SecurityGroup(self, "CustomSecurityGroup", vpc=vpc,
                                           description="Custom security group for bucket deployment",
                                           allow_all_outbound=True)
        bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployWithVpcAndSecurityGroup", sources=[s3deploy.Source.asset("assets/my-website")],
                                  destination_bucket=bucket, destination_key_prefix="sg-vpc/", vpc=vpc,
                                  retain_on_delete=False, security_groups=[security_group])


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeploymentVpcSecurityGroups(app, "test-bucket-deployment-vpc-security-groups")
app.synth()
