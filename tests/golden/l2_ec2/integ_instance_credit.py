"""Port of aws-ec2 integ.instance-credit: a t3.nano with standard CPU credits."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"), nat_gateways=0, max_azs=3)
        security_group = ec2.SecurityGroup(self, "IntegSg", vpc=vpc, allow_all_ipv6_outbound=True)
        ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            security_group=security_group,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            credit_specification=ec2.CpuCredits.STANDARD,
        )


app = cdk.App()
TestStack(app, "integ-ec2-instance-credit")
app.synth()
