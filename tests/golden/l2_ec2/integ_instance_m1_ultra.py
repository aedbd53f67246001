"""Port of aws-cdk's integ.instance-m1-ultra: a mac2-m1ultra instance on a dedicated host (HostId override),
in an isolated subnet of one AZ, with a new key pair and a generic Linux AMI."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        az = "us-east-1b"
        vpc = ec2.Vpc(self, "VPC", cidr="10.0.0.0/16", nat_gateways=0, availability_zones=[az],
                      subnet_configuration=[ec2.SubnetConfiguration(cidr_mask=24, name="Private",
                                                                    subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
        private_subnet = vpc.select_subnets(availability_zones=[az],
                                            subnet_type=ec2.SubnetType.PRIVATE_ISOLATED).subnets[0]
        instance_type = ec2.InstanceType.of(ec2.InstanceClass.MAC2_M1ULTRA, ec2.InstanceSize.METAL)
        host = ec2.CfnHost(self, "MyDedicatedHost", availability_zone=az, instance_type=instance_type.to_string())
        instance = ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            availability_zone=az,
            vpc_subnets=ec2.SubnetSelection(subnets=[private_subnet]),
            instance_type=instance_type,
            machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-0c45f2bf394dee00c"}),
            key_pair=ec2.KeyPair(self, "MyKeyPair"),
        )
        instance.node.default_child.add_property_override("HostId", host.ref)


TestStack(app, "MacM1UltraEc2InstanceStack")
app.synth()
