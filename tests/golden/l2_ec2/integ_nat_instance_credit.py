"""Port of aws-cdk's integ.nat-instance-credit: a V2 NAT instance with standard CPU credits and an own image."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NatInstanceStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        provider = ec2.NatProvider.instance_v2(
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.LARGE),
            machine_image=ec2.AmazonLinuxImage(),
            credit_specification=ec2.CpuCredits.STANDARD,
        )
        ec2.Vpc(self, "MyVpc", nat_gateway_provider=provider, nat_gateways=1)


app = cdk.App()
NatInstanceStack(app, "aws-cdk-vpc-nat-instance-credit")
app.synth()
