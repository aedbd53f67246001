"""Dual-stack VPCs: default subnets, explicit IPv6 assignment off, public IPv4 mapping on, the EIGW flag with
private subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "DualStack")
stack.node.set_context("@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway", True)
ec2.Vpc(stack, "Default", ip_protocol=ec2.IpProtocol.DUAL_STACK, max_azs=2, nat_gateways=1)
ec2.Vpc(
    stack,
    "Custom",
    ip_protocol=ec2.IpProtocol.DUAL_STACK,
    ipv6_addresses=ec2.Ipv6Addresses.amazon_provided(),
    max_azs=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(
            name="Web", subnet_type=ec2.SubnetType.PUBLIC, map_public_ip_on_launch=True,
            ipv6_assign_address_on_creation=False,
        ),
        ec2.SubnetConfiguration(name="Db", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
app.synth()
