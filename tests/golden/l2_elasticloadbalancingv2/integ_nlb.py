"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb.ts: an internal ALB with a fixed response behind an
internet-facing NLB with a security group, an ``AlbTarget`` and a configured health check (the
integ-tests assertion stack is left out)."""

import json

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ")

vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
backend = elbv2.ApplicationLoadBalancer(stack, "Backend", vpc=vpc)
backend.add_listener(
    "Listener",
    protocol=elbv2.ApplicationProtocol.HTTP,
    default_action=elbv2.ListenerAction.fixed_response(
        200, content_type="application/json", message_body=json.dumps({"Message": "I am ALB!"}, separators=(",", ":"))
    ),
)
nlb = elbv2.NetworkLoadBalancer(
    stack, "LB", vpc=vpc, internet_facing=True, security_groups=[ec2.SecurityGroup(stack, "SG", vpc=vpc)]
)
nlb.connections.allow_from_any_ipv4(ec2.Port.tcp(80))
listener = nlb.add_listener("Listener", port=80)
group = listener.add_targets("Target", port=80, targets=[targets.AlbTarget(backend, 80)])
backend.connections.allow_from(nlb, ec2.Port.tcp(80))
group.configure_health_check(
    interval=cdk.Duration.seconds(250),
    timeout=cdk.Duration.seconds(100),
    protocol=elbv2.Protocol.HTTP,
    healthy_threshold_count=5,
    unhealthy_threshold_count=2,
)
for subnet in vpc.public_subnets:
    group.node.add_dependency(subnet)
group.node.add_dependency(vpc.internet_connectivity_established)
app.synth()
