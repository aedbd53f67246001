"""nat_gateways=0 defaults to public and isolated subnets; DNS flags, tenancy and explicit AZs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcIsolated", env=cdk.Environment(account="123456789012", region="us-east-1"))
ec2.Vpc(
    stack,
    "Vpc",
    nat_gateways=0,
    availability_zones=["dummy1a", "dummy1c"],
    enable_dns_hostnames=False,
    enable_dns_support=False,
    default_instance_tenancy=ec2.DefaultInstanceTenancy.DEDICATED,
)
ec2.Vpc(
    stack,
    "OnlyIsolated",
    max_azs=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Db", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=28),
        ec2.SubnetConfiguration(name="Db2", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
app.synth()
