"""Port of aws-ec2 integ.vpc-reserved-azs: two reserved AZs keep address space but create no subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "integtest-vpc-reserved-azs")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
ec2.Vpc(stack, "MyVpc", reserved_azs=2, max_azs=3)
app.synth()
