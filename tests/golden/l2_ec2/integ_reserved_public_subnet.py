"""Port of aws-ec2 integ.reserved-public-subnet: a reserved public group leaves only isolated subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class VpcReservedPublicSubnetStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        ec2.Vpc(
            self,
            "VPC",
            ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),
            subnet_configuration=[
                ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, reserved=True),
                ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
            ],
            nat_gateways=0,
        )


app = cdk.App()
VpcReservedPublicSubnetStack(app, "aws-cdk-ec2-vpc-reserved-public-subnet")
app.synth()
