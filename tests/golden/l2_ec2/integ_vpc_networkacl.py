"""Port of aws-ec2 integ.vpc-networkacl: a network ACL on the private subnets with DNS entries."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpc")
vpc = ec2.Vpc(stack, "MyVpc")
nacl1 = ec2.NetworkAcl(
    stack, "myNACL1", vpc=vpc, subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
)
nacl1.add_entry(
    "AllowDNSEgress",
    rule_number=100,
    traffic=ec2.AclTraffic.udp_port(53),
    cidr=ec2.AclCidr.ipv4("172.16.0.0/24"),
    direction=ec2.TrafficDirection.EGRESS,
)
nacl1.add_entry(
    "AllowDNSIngress",
    rule_number=100,
    traffic=ec2.AclTraffic.udp_port(53),
    direction=ec2.TrafficDirection.INGRESS,
    cidr=ec2.AclCidr.any_ipv4(),
)
app.synth()
