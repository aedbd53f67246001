"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-exact-optional-property-types.ts: an NLB with a given
security group enforcing inbound rules on PrivateLink traffic."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elasticloadbalancingv2-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
elbv2.NetworkLoadBalancer(
    stack, "LB", vpc=vpc, security_groups=[sg], enforce_security_group_inbound_rules_on_private_link_traffic=True
)
app.synth()
