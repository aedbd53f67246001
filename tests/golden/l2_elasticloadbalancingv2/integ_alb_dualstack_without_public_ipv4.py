"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.dualstack-without-public-ipv4.ts: a dual-stack ALB without
public IPv4 (IPv6 ingress by the feature flag default), IPv6 routes, target groups and ``metrics`` alarms."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk.aws_elasticloadbalancingv2_targets import IpTarget

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ-dualstack-without-public-ipv4")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
ipv6_block = ec2.CfnVPCCidrBlock(stack, "IPv6_Block", vpc_id=vpc.vpc_id, amazon_provided_ipv6_cidr_block=True)
internet_gateway = next(c for c in vpc.node.children if isinstance(c, ec2.CfnInternetGateway))
lb = elbv2.ApplicationLoadBalancer(
    stack, "LB", vpc=vpc, ip_address_type=elbv2.IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4, internet_facing=True
)
listener = lb.add_listener("Listener", port=80)
group1 = listener.add_targets("Target", port=80, targets=[IpTarget("10.0.128.6")])
group2 = listener.add_targets(
    "ConditionalTarget",
    priority=10,
    conditions=[elbv2.ListenerCondition.host_headers(["example.com"])],
    port=80,
    targets=[IpTarget("10.0.128.5")],
)
for idx, subnet in enumerate(vpc.public_subnets):
    subnet.add_route(
        "IPv6Default", router_id=internet_gateway.ref, router_type=ec2.RouterType.GATEWAY,
        destination_ipv6_cidr_block="::/0",
    )
    cfn_subnet = next(c for c in subnet.node.children if isinstance(c, ec2.CfnSubnet))
    ipv6_cidrs = cdk.Fn.cidr(cdk.Fn.select(0, vpc.vpc_ipv6_cidr_blocks), len(vpc.public_subnets), "64")
    cfn_subnet.ipv6_cidr_block = cdk.Fn.select(idx, ipv6_cidrs)
    cfn_subnet.add_dependency(ipv6_block)
    group1.node.add_dependency(subnet)
    group2.node.add_dependency(subnet)
listener.add_action(
    "action1",
    priority=1,
    conditions=[elbv2.ListenerCondition.host_headers(["example.com"])],
    action=elbv2.ListenerAction.fixed_response(200, message_body="success"),
)
group1.metrics.target_response_time().create_alarm(stack, "ResponseTimeHigh1", threshold=5, evaluation_periods=2)
group2.metrics.target_response_time().create_alarm(stack, "ResponseTimeHigh2", threshold=5, evaluation_periods=2)
app.synth()
