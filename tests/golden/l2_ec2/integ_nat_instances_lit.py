"""Port of aws-cdk's integ.nat-instances.lit: two NAT instances of the (looked-up) NAT AMI, in a stack with a
fixed environment (the lookup gives aws-cdk-lib's dummy AMI until context has it)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NatInstanceStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        provider = ec2.NatProvider.instance(instance_type=ec2.InstanceType("t3.small"))
        ec2.Vpc(self, "MyVpc", nat_gateway_provider=provider, nat_gateways=2)
        assert isinstance(provider.configured_gateways, list)


app = cdk.App()
NatInstanceStack(app, "aws-cdk-vpc-nat-instances", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
