"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.two-target-groups.ts: a default action forwarding evenly
to two target groups (a weighted forward config)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "Basic")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc = ec2.Vpc(stack, "Stack")
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc)
listener = lb.add_listener("Listener", port=80)
one = elbv2.ApplicationTargetGroup(stack, "TargetGroupOne", vpc=vpc, port=80, target_type=elbv2.TargetType.INSTANCE)
two = elbv2.ApplicationTargetGroup(stack, "TargetGroupTwo", vpc=vpc, port=80, target_type=elbv2.TargetType.INSTANCE)
listener.add_target_groups("Default", target_groups=[one, two])
app.synth()
