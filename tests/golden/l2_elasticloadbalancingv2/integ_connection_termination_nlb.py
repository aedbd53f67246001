"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.connection-termination.nlb.ts: an NLB target group with a
deregistration delay and connection termination, as a listener's default target group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
lb = elbv2.NetworkLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
target_group = elbv2.NetworkTargetGroup(
    stack, "TG", vpc=vpc, port=443, deregistration_delay=cdk.Duration.seconds(5), connection_termination=True
)
lb.add_listener("listener", port=443, default_target_groups=[target_group])
target_group.node.add_dependency(vpc.internet_connectivity_established)
app.synth()
