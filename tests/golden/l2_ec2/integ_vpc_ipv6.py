"""Port of aws-ec2 integ.vpc-ipv6: a dual-stack VPC with public, private and isolated subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "Ipv6Vpc")
nat_provider = ec2.NatProvider.gateway()
ec2.Vpc(
    stack,
    "Ipv6ProtocolVpc",
    ip_protocol=ec2.IpProtocol.DUAL_STACK,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, ipv6_assign_address_on_creation=True),
        ec2.SubnetConfiguration(
            name="Priate", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, ipv6_assign_address_on_creation=True
        ),
        ec2.SubnetConfiguration(
            name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, ipv6_assign_address_on_creation=True
        ),
    ],
    nat_gateway_provider=nat_provider,
)
app.synth()
