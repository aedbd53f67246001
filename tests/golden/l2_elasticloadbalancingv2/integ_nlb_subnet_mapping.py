"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-subnet-mapping.ts: subnet mappings with a source NAT IPv6
prefix (dual-stack, UDP listener, IPv6 target group), an Elastic IP, and a private IPv4 address."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "NlbSubnetMappingStack")

dualstack_vpc = ec2.Vpc(stack, "DualStackVpc", max_azs=2, ip_protocol=ec2.IpProtocol.DUAL_STACK, nat_gateways=0)
dualstack_nlb = elbv2.NetworkLoadBalancer(
    stack,
    "DualStackLb",
    vpc=dualstack_vpc,
    internet_facing=True,
    security_groups=[ec2.SecurityGroup(stack, "LbSg", vpc=dualstack_vpc)],
    ip_address_type=elbv2.IpAddressType.DUAL_STACK,
    enable_prefix_for_ipv6_source_nat=True,
    subnet_mappings=[
        elbv2.SubnetMapping(
            subnet=dualstack_vpc.public_subnets[0], source_nat_ipv6_prefix=elbv2.SourceNatIpv6Prefix.auto_assigned()
        )
    ],
)
udp_listener = dualstack_nlb.add_listener("UdpListener", port=1229, protocol=elbv2.Protocol.UDP)
udp_target_group = elbv2.NetworkTargetGroup(
    stack,
    "UdpTargetGroup",
    vpc=dualstack_vpc,
    port=1229,
    protocol=elbv2.Protocol.UDP,
    ip_address_type=elbv2.TargetGroupIpAddressType.IPV6,
)
udp_listener.add_target_groups("TargetGroup", udp_target_group)

vpc = ec2.Vpc(
    stack,
    "MyVPC",
    ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),
    max_azs=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(cidr_mask=20, name="Public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(cidr_mask=20, name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        ec2.SubnetConfiguration(cidr_mask=20, name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
    nat_gateways=1,
)
public_subnet = vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC).subnets[0]
public_subnet.node.default_child.add_property_override("CidrBlock", "10.0.0.0/24")
private_subnet = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS).subnets[0]
private_subnet.node.default_child.add_property_override("CidrBlock", "10.0.1.0/24")
isolated_subnet = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED).subnets[0]
isolated_subnet.node.default_child.add_property_override("CidrBlock", "10.0.2.0/24")
elastic_ip = ec2.CfnEIP(stack, "ElasticIp")
elbv2.NetworkLoadBalancer(
    stack,
    "InternetFacingLb",
    vpc=vpc,
    internet_facing=True,
    security_groups=[ec2.SecurityGroup(stack, "InternetFacingLbSg", vpc=vpc)],
    subnet_mappings=[elbv2.SubnetMapping(subnet=public_subnet, allocation_id=elastic_ip.attr_allocation_id)],
)
elbv2.NetworkLoadBalancer(
    stack,
    "InternalLb",
    vpc=vpc,
    internet_facing=False,
    security_groups=[ec2.SecurityGroup(stack, "InternalLbSg", vpc=vpc)],
    subnet_mappings=[elbv2.SubnetMapping(subnet=private_subnet, private_ipv4_address="10.0.1.70")],
)
app.synth()
