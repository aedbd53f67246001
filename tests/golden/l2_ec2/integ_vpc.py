"""Port of aws-ec2 integ.vpc: a default VPC and a security group with ICMP/UDP ingress rules."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpc")
vpc = ec2.Vpc(stack, "MyVpc")
sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
rules = [
    ec2.Port.icmp_ping(),
    ec2.Port.icmp_type(128),
    ec2.Port.all_icmp(),
    ec2.Port.all_udp(),
    ec2.Port.udp(123),
    ec2.Port.udp_range(800, 801),
]
for rule in rules:
    sg.add_ingress_rule(ec2.Peer.any_ipv4(), rule)
app.synth()
