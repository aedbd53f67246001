"""Port of aws-ec2 integ.ports: an ICMPv6 ingress rule from any IPv6 address (two copies of the stack)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC")
        sg = ec2.SecurityGroup(self, "SecGroup", vpc=vpc)
        sg.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.all_icmp_v6(), "allow ICMP6")


app = cdk.App()
TestStack(app, "TestStack")
TestStack(app, "PortsTestStack")
app.synth()
