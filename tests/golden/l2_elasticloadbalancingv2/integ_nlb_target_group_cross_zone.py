"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-target-group-cross-zone.ts: cross-zone load balancing on
an NLB target group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "nlb-target-group-cross-zone-stack")
vpc = ec2.Vpc(stack, "Stack")
elbv2.NetworkTargetGroup(
    stack, "TargetGroupCrossZone", vpc=vpc, port=80, target_type=elbv2.TargetType.INSTANCE, cross_zone_enabled=True
)
app.synth()
