"""IPAM-allocated VPCs: default subnet masks, splits of more than 256 subnets (nested Fn::Cidr)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcIpam")
ec2.Vpc(
    stack,
    "Small",
    ip_addresses=ec2.IpAddresses.aws_ipam_allocation(
        ipv4_ipam_pool_id="ipam-pool-0123456789abcdef0", ipv4_netmask_length=16, default_subnet_ipv4_netmask_length=20
    ),
    max_azs=2,
)
ec2.Vpc(
    stack,
    "Wide",
    ip_addresses=ec2.IpAddresses.aws_ipam_allocation(
        ipv4_ipam_pool_id="ipam-pool-0123456789abcdef0", ipv4_netmask_length=16, default_subnet_ipv4_netmask_length=26
    ),
    max_azs=1,
    nat_gateways=0,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Big", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=17),
        ec2.SubnetConfiguration(name="Tiny", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
app.synth()
