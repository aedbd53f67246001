"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb.attributes.ts: cross-zone, deletion protection, client
routing policy and zonal shift."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-nlb-attributes-integ")

vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
elbv2.NetworkLoadBalancer(
    stack,
    "NLB",
    vpc=vpc,
    cross_zone_enabled=True,
    deletion_protection=False,
    client_routing_policy=elbv2.ClientRoutingPolicy.PARTIAL_AVAILABILITY_ZONE_AFFINITY,
    zonal_shift=True,
)
app.synth()
