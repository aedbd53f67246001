"""Port of aws-ec2 integ.vpc-lookup: the default VPC looked up in a pinned stack (dummy value, no context)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "StackUnderTest", env=cdk.Environment(account="123456789012", region="us-east-1"))
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc_from_lookup = ec2.Vpc.from_lookup(stack, "VpcFromLookup", is_default=True)
cdk.CfnOutput(stack, "OutputFromLookup", value=f"Region fromLookup: {vpc_from_lookup.env.region}")
app.synth()
