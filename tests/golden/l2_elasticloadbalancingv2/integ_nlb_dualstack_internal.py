"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb.dualstack.internal.ts: an internal dual-stack NLB in
isolated subnets with IPv6 CIDRs, denying internet gateway traffic, with a TCP health check."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-nlb-dualstack-internal")
vpc = ec2.Vpc(
    stack,
    "VPC",
    restrict_default_security_group=False,
    max_azs=2,
    subnet_configuration=[ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, name="Isolated")],
)
ipv6_block = ec2.CfnVPCCidrBlock(stack, "IPv6_Block", vpc_id=vpc.vpc_id, amazon_provided_ipv6_cidr_block=True)
subnet_ipv6_cidr_blocks = cdk.Fn.cidr(cdk.Fn.select(0, vpc.vpc_ipv6_cidr_blocks), 256, "64")
lb = elbv2.NetworkLoadBalancer(
    stack, "LB", vpc=vpc, ip_address_type=elbv2.IpAddressType.DUAL_STACK, deny_all_igw_traffic=True
)
group = elbv2.NetworkTargetGroup(stack, "tg", vpc=lb.vpc, port=3000)
lb.add_listener(
    "Listener", protocol=elbv2.Protocol.TCP, port=3000, default_action=elbv2.NetworkListenerAction.forward([group])
)
group.configure_health_check(
    interval=cdk.Duration.seconds(250),
    timeout=cdk.Duration.seconds(100),
    protocol=elbv2.Protocol.TCP,
    healthy_threshold_count=5,
    unhealthy_threshold_count=2,
)
for idx, subnet in enumerate(vpc.isolated_subnets):
    subnet.node.add_dependency(ipv6_block)
    cfn_subnet = subnet.node.default_child
    cfn_subnet.ipv6_cidr_block = cdk.Fn.select(idx, subnet_ipv6_cidr_blocks)
    cfn_subnet.assign_ipv6_address_on_creation = True
    group.node.add_dependency(subnet)
app.synth()
