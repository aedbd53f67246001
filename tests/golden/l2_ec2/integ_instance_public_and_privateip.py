"""Port of aws-ec2 integ.instance-public-and-privateip: a public IP and a fixed private IP, SSM permissions."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(
            self,
            "VPC",
            cidr="10.0.0.0/16",
            nat_gateways=0,
            max_azs=3,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="public-subnet-1", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24)
            ],
        )
        security_group = ec2.SecurityGroup(self, "IntegSg", vpc=vpc, allow_all_ipv6_outbound=True)
        instance = ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_group_name="public-subnet-1"),
            security_group=security_group,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            detailed_monitoring=True,
            private_ip_address="10.0.0.6",
            associate_public_ip_address=True,
            ssm_session_permissions=True,
        )
        instance.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())
        instance.add_user_data("yum install -y")


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
TestStack(app, "integ-ec2-instance")
app.synth()
