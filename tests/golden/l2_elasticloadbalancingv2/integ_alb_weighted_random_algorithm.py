"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.weighte-random-algorithm.ts: the weighted random
algorithm with anomaly mitigation on and off."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "alb-weight-rando-algorithm-test-stack")
vpc = ec2.Vpc(stack, "Stack")
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc)
listener = lb.add_listener("Listener", port=80)
one = elbv2.ApplicationTargetGroup(
    stack, "TargetGroupOne", vpc=vpc, port=80, target_type=elbv2.TargetType.INSTANCE,
    load_balancing_algorithm_type=elbv2.TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM,
    enable_anomaly_mitigation=True,
)
two = listener.add_targets(
    "TargetGroupTwo", port=80,
    load_balancing_algorithm_type=elbv2.TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM,
    enable_anomaly_mitigation=False,
)
listener.add_target_groups("Default", target_groups=[one, two])
app.synth()
