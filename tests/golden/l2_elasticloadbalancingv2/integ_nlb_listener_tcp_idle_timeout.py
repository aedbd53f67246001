"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-listener-tcp-idle-timeout.ts: a TCP listener's idle
timeout (a listener attribute)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "nlb-tcp-idle-timeout")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
nlb = elbv2.NetworkLoadBalancer(
    stack, "LB", vpc=vpc, internet_facing=True, security_groups=[ec2.SecurityGroup(stack, "SG", vpc=vpc)]
)
group = elbv2.NetworkTargetGroup(stack, "TargetGroup1", vpc=vpc, port=80)
nlb.add_listener(
    "Listener",
    port=80,
    protocol=elbv2.Protocol.TCP,
    tcp_idle_timeout=cdk.Duration.seconds(100),
    default_action=elbv2.NetworkListenerAction.forward([group]),
)
app.synth()
