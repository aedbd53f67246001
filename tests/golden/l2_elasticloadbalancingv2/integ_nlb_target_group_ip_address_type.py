"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-target-group-ip-address-type.ts: IPv4 and IPv6 NLB
target groups (in an IPv4 and a dual-stack VPC)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "NlbTargetGroupIpAddressTypeTestStack")
ipv4_vpc = ec2.Vpc(stack, "Ipv4Vpc", nat_gateways=0)
dualstack_vpc = ec2.Vpc(stack, "DualstackVpc", nat_gateways=0, ip_protocol=ec2.IpProtocol.DUAL_STACK)
elbv2.NetworkTargetGroup(
    stack, "Ipv4TargetGroup", vpc=ipv4_vpc, port=80, target_type=elbv2.TargetType.INSTANCE,
    ip_address_type=elbv2.TargetGroupIpAddressType.IPV4,
)
elbv2.NetworkTargetGroup(
    stack, "Ipv6TargetGroup", vpc=dualstack_vpc, port=80, target_type=elbv2.TargetType.INSTANCE,
    ip_address_type=elbv2.TargetGroupIpAddressType.IPV6,
)
app.synth()
