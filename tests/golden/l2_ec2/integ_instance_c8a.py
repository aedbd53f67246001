"""Port of aws-ec2 integ.instance-c8a: the C8A class and its COMPUTE8_AMD alias."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "VPC", max_azs=2, nat_gateways=1)
        ec2.Instance(
            self,
            "InstanceC8A",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.C8A, ec2.InstanceSize.LARGE),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
        )
        ec2.Instance(
            self,
            "InstanceCompute8Amd",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.COMPUTE8_AMD, ec2.InstanceSize.XLARGE),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
        )


app = cdk.App()
TestStack(app, "integ-ec2-instance-c8a")
app.synth()
