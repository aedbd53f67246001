"""Port of aws-ec2 integ.instance-ebs-optimized: an EBS-optimized c3.xlarge with a gp3 root volume."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC")
        security_group = ec2.SecurityGroup(self, "IntegSg", vpc=vpc, allow_all_ipv6_outbound=True)
        instance = ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            security_group=security_group,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.C3, ec2.InstanceSize.XLARGE),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023),
            ebs_optimized=True,
            block_devices=[
                ec2.BlockDevice(
                    device_name="/dev/xvda",
                    volume=ec2.BlockDeviceVolume.ebs(
                        8, volume_type=ec2.EbsDeviceVolumeType.GP3, encrypted=True, delete_on_termination=True
                    ),
                )
            ],
        )
        instance.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
TestStack(app, "integ-ec2-instance-ebs-optimized")
app.synth()
