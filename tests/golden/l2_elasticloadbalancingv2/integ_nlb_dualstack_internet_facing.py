"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb.dualstack.internet-facing.ts: an internet-facing
dual-stack NLB, IP targets with a TCP health check, IPv6 routes and subnet CIDRs added by hand."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-nlb-dualstack-internet-facing")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
ipv6_block = ec2.CfnVPCCidrBlock(stack, "IPv6_Block", vpc_id=vpc.vpc_id, amazon_provided_ipv6_cidr_block=True)
internet_gateway = next(c for c in vpc.node.children if isinstance(c, ec2.CfnInternetGateway))
lb = elbv2.NetworkLoadBalancer(
    stack, "LB", vpc=vpc, internet_facing=True, ip_address_type=elbv2.IpAddressType.DUAL_STACK
)
listener = lb.add_listener("Listener", port=443)
group = listener.add_targets("Target", port=443, targets=[targets.IpTarget("10.0.1.1")])
group.configure_health_check(
    interval=cdk.Duration.seconds(250),
    timeout=cdk.Duration.seconds(100),
    protocol=elbv2.Protocol.TCP,
    healthy_threshold_count=5,
    unhealthy_threshold_count=2,
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
    group.node.add_dependency(subnet)
app.synth()
