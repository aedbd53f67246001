"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.minimum-capacity-unit.ts: an ALB with reserved capacity
and a default target group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "MinimumCapacityUnitAlbStack")
vpc = ec2.Vpc(stack, "Stack")
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, minimum_capacity_unit=150)
listener = lb.add_listener("Listener", port=80)
group = elbv2.ApplicationTargetGroup(stack, "TargetGroup", vpc=vpc, port=80, target_type=elbv2.TargetType.INSTANCE)
listener.add_target_groups("Default", target_groups=[group])
app.synth()
