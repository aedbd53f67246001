"""Port of aws-cdk's integ.nat-instances-with-public-ip: V2 NAT instances (Graviton) with public IPs, and metadata
on the NAT security group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NatInstanceStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        provider = ec2.NatProvider.instance_v2(
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
            associate_public_ip_address=True,
        )
        ec2.Vpc(self, "Vpc", nat_gateway_provider=provider, subnet_configuration=[
            ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PUBLIC, name="Public", map_public_ip_on_launch=False),
            ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, name="Private"),
        ])
        provider.security_group.node.default_child.add_metadata(
            "guard", {"SuppressedRules": ["EC2_NO_OPEN_SECURITY_GROUPS"]})


app = cdk.App()
NatInstanceStack(app, "aws-cdk-vpc-nat-instances-v2-with-public-ip")
app.synth()
