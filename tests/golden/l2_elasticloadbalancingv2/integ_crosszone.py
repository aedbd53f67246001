"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.crosszone.ts: cross-zone load balancing on an ALB (true) and
an NLB (false)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=3)
elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc, cross_zone_enabled=True)
elbv2.NetworkLoadBalancer(stack, "NLB", vpc=vpc, cross_zone_enabled=False)
app.synth()
