"""A VPC in a stack with account and region: AZs come from the availability-zones context lookup (dummy values)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcPinned", env=cdk.Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc(
    stack,
    "Vpc",
    ip_addresses=ec2.IpAddresses.cidr("10.10.0.0/16"),
    max_azs=3,
    nat_gateways=1,
    vpc_name="my-vpc",
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Ingress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
        ec2.SubnetConfiguration(name="App", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20),
        ec2.SubnetConfiguration(name="Data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
cdk.CfnOutput(stack, "DataIds", value=cdk.Fn.join(",", vpc.select_subnets(subnet_group_name="Data").subnet_ids))
cdk.CfnOutput(stack, "FirstAz", value=vpc.availability_zones[0])
app.synth()
