"""Port of aws-cdk's integ.instance-ipv6-address-count: an instance with one IPv6 address in a dual-stack VPC."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(
            self,
            "Vpc",
            ip_protocol=ec2.IpProtocol.DUAL_STACK,
            subnet_configuration=[ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC,
                                                          map_public_ip_on_launch=True)],
        )
        ec2.Instance(
            self,
            "Instance",
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.MICRO),
            machine_image=ec2.MachineImage.latest_amazon_linux2(),
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
            allow_all_ipv6_outbound=True,
            ipv6_address_count=1,
        )


TestStack(app, "TestStack")
app.synth()
