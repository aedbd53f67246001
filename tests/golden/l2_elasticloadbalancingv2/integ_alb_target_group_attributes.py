"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb-target-group-attributes.ts: an ALB target group's DNS
failover and unhealthy-state routing thresholds (``target_group_health``; the assertion stack is left out)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "alb-target-group-attributes")
vpc = ec2.Vpc(stack, "Stack")
elbv2.ApplicationTargetGroup(
    stack,
    "TargetGroup",
    vpc=vpc,
    port=80,
    target_group_health=elbv2.TargetGroupHealth(
        dns_minimum_healthy_target_count=3,
        dns_minimum_healthy_target_percentage=70,
        routing_minimum_healthy_target_count=2,
        routing_minimum_healthy_target_percentage=50,
    ),
)
app.synth()
