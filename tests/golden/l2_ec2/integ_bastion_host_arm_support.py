"""Port of aws-cdk's integ.bastion-host-arm-support: a bastion host on a Graviton (t4g) type gets an ARM image."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "VPC")
        ec2.BastionHostLinux(self, "BastionHost", vpc=vpc,
                             instance_type=ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.NANO))


TestStack(app, "TestStack")
app.synth()
