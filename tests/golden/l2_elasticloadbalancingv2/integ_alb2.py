"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb2.ts: default and conditional target groups, a
fixed-response action rule, and alarms on target response time."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ")

vpc = ec2.Vpc(stack, "VPC", max_azs=2)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("Listener", port=80)
group1 = listener.add_targets("Target", port=80, targets=[targets.IpTarget("10.0.128.4")])
group2 = listener.add_targets(
    "ConditionalTarget",
    priority=10,
    conditions=[elbv2.ListenerCondition.host_headers(["example.com"])],
    port=80,
    targets=[targets.IpTarget("10.0.128.5")],
)
listener.add_action(
    "action1",
    priority=1,
    conditions=[elbv2.ListenerCondition.host_headers(["example.com"])],
    action=elbv2.ListenerAction.fixed_response(200, message_body="success"),
)
group1.metric_target_response_time().create_alarm(stack, "ResponseTimeHigh1", threshold=5, evaluation_periods=2)
group2.metric_target_response_time().create_alarm(stack, "ResponseTimeHigh2", threshold=5, evaluation_periods=2)
for subnet in vpc.public_subnets:
    group2.node.add_dependency(subnet)
    group1.node.add_dependency(subnet)
app.synth()
