"""Port of aws-ec2 integ.vpc-ipam: a VPC whose range comes from an IPAM pool, subnets as Fn::Cidr splits."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-ipam-vpc")
ipam = ec2.CfnIPAM(
    stack,
    "IPAM",
    operating_regions=[ec2.CfnIPAM.IpamOperatingRegionProperty(region_name=stack.region)],
    tags=[cdk.CfnTag(key="stack", value=stack.stack_id)],
)
ipam.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
pool = ec2.CfnIPAMPool(
    stack,
    "Pool",
    description="Testing pool",
    address_family="ipv4",
    auto_import=False,
    locale=stack.region,
    ipam_scope_id=ipam.attr_private_default_scope_id,
    provisioned_cidrs=[ec2.CfnIPAMPool.ProvisionedCidrProperty(cidr="100.100.0.0/16")],
)
pool.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
ec2.Vpc(
    stack,
    "AwsIpamVpc",
    ip_addresses=ec2.IpAddresses.aws_ipam_allocation(
        ipv4_ipam_pool_id=pool.ref, ipv4_netmask_length=18, default_subnet_ipv4_netmask_length=24
    ),
    max_azs=2,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="private", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24)
    ],
)
app.synth()
