"""Port of aws-ec2 integ.reserved-private-subnet: a reserved private subnet group and no NAT gateways."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class VpcReservedPrivateSubnetStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        ec2.Vpc(
            self,
            "VPC",
            ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),
            subnet_configuration=[
                ec2.SubnetConfiguration(name="ingress", subnet_type=ec2.SubnetType.PUBLIC),
                ec2.SubnetConfiguration(name="private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, reserved=True),
            ],
            nat_gateways=0,
        )


app = cdk.App()
VpcReservedPrivateSubnetStack(app, "aws-cdk-ec2-vpc-endpoint")
app.synth()
