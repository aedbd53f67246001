"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb.enforce-sg-inbound-rules.ts: security group inbound
rules enforced on PrivateLink traffic."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ-enforce-sg-inbound-rules")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
elbv2.NetworkLoadBalancer(
    stack,
    "LB",
    vpc=vpc,
    internet_facing=True,
    security_groups=[ec2.SecurityGroup(stack, "SG", vpc=vpc)],
    enforce_security_group_inbound_rules_on_private_link_traffic=True,
)
app.synth()
