"""The @aws-cdk/aws-ec2.securityGroupDisableInlineRules context key turns every rule into its own resource."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "SgNoInline")
stack.node.set_context("@aws-cdk/aws-ec2.securityGroupDisableInlineRules", True)
vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123abcd", availability_zones=["us-east-1a"])
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
inline = ec2.SecurityGroup(stack, "Inline", vpc=vpc, disable_inline_rules=False, allow_all_outbound=False)
inline.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
app.synth()
