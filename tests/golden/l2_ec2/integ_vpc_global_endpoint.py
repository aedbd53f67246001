"""Port of aws-ec2 integ.vpc-global-endpoint: an interface endpoint for a global service (no region in its name)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class Test(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(
            self,
            "MyVpc",
            enable_dns_support=True,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, map_public_ip_on_launch=True),
                ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
            ],
        )
        vpc.add_interface_endpoint(
            "S3MultiRegionAccessEndpoint", service=ec2.InterfaceVpcEndpointAwsService.S3_MULTI_REGION_ACCESS_POINTS
        )


app = cdk.App()
Test(app, "test-globalvpcendpoint")
app.synth()
