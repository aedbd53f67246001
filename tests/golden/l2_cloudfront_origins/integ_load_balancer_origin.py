"""Port of aws-cdk's integ.load-balancer-origin: an internet-facing ALB as a distribution's origin."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "cloudfront-load-balancer-origin")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
loadbalancer = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)

cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origins.LoadBalancerV2Origin(loadbalancer)),
)

app.synth()
