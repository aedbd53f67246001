"""Port of aws-cdk's integ.instance-nitro-enclaves-hibernation: Nitro Enclaves and hibernation options."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "VPC")
        security_group = ec2.SecurityGroup(self, "IntegSg", vpc=vpc, allow_all_ipv6_outbound=True)
        ec2.Instance(
            self,
            "InstanceNitroEnclavesEnabled",
            vpc=vpc,
            security_group=security_group,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023),
            enclave_enabled=True,
            hibernation_enabled=False,
        )
        ec2.Instance(
            self,
            "InstanceHibernationEnabled",
            vpc=vpc,
            security_group=security_group,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023),
            enclave_enabled=False,
            hibernation_enabled=True,
            block_devices=[ec2.BlockDevice(
                device_name="/dev/xvda",
                volume=ec2.BlockDeviceVolume.ebs(30, volume_type=ec2.EbsDeviceVolumeType.GP3, encrypted=True,
                                                 delete_on_termination=True),
            )],
        )


TestStack(app, "integ-ec2-instance-nitro-enclaves-hibernation")
app.synth()
