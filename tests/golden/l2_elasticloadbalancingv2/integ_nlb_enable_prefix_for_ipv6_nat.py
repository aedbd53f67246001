"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-enable-prefix-for-ipv6-nat.ts: a dual-stack NLB with IPv6
source NAT prefixes and a UDP listener forwarding to a UDP target group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "NlbEnablePrefixForIpv6NatStack")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2, ip_protocol=ec2.IpProtocol.DUAL_STACK)
nlb = elbv2.NetworkLoadBalancer(
    stack,
    "LB",
    vpc=vpc,
    internet_facing=True,
    security_groups=[ec2.SecurityGroup(stack, "SG", vpc=vpc)],
    enable_prefix_for_ipv6_source_nat=True,
    ip_address_type=elbv2.IpAddressType.DUAL_STACK,
)
group = elbv2.NetworkTargetGroup(
    stack, "TargetGroup1", vpc=vpc, port=80, protocol=elbv2.Protocol.UDP, target_type=elbv2.TargetType.INSTANCE
)
nlb.add_listener(
    "Listener", port=80, protocol=elbv2.Protocol.UDP, default_action=elbv2.NetworkListenerAction.forward([group])
)
app.synth()
