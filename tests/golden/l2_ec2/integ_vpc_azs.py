"""Port of aws-ec2 integ.vpc-azs: a VPC in one of the stack's (env-agnostic) availability zones."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpc-azs")
ec2.Vpc(stack, "MyVpc", availability_zones=[stack.availability_zones[1]])
app.synth()
