"""Port of aws-ec2 integ.vpc-gateway: a route through the internet gateway added to an isolated subnet."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpc-gateway")
vpc = ec2.Vpc(
    stack,
    "MyVpc",
    max_azs=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PUBLIC, name="Public"),
        ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, name="Isolated"),
    ],
)
vpc.isolated_subnets[0].add_route(
    "MyRoute",
    router_id=vpc.internet_gateway_id,
    router_type=ec2.RouterType.GATEWAY,
    destination_cidr_block="8.8.8.8/32",
)
app.synth()
