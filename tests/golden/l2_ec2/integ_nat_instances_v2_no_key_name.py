"""Port of aws-cdk's integ.nat-instances-v2-no-key-name (without the later iptables-retry flag): a V2 NAT
instance with outbound-only traffic and no key name."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NatInstanceNoKeyNameStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        provider = ec2.NatProvider.instance_v2(
            instance_type=ec2.InstanceType("t3.small"),
            default_allowed_traffic=ec2.NatTrafficDirection.OUTBOUND_ONLY,
        )
        ec2.Vpc(self, "MyVpc", nat_gateway_provider=provider, nat_gateways=1, max_azs=1)


app = cdk.App()
NatInstanceNoKeyNameStack(app, "aws-cdk-vpc-nat-instances-v2-no-key-name")
app.synth()
