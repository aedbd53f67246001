"""Port of aws-ec2 integ.graviton3: a c7g.large with an ARM Amazon Linux 2 image."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC")
        instance = ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.C7G, ec2.InstanceSize.LARGE),
            machine_image=ec2.AmazonLinuxImage(
                generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2, cpu_type=ec2.AmazonLinuxCpuType.ARM_64
            ),
            detailed_monitoring=True,
        )
        instance.add_to_role_policy(iam.PolicyStatement(actions=["ssm:*"], resources=["*"]))
        instance.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())
        instance.add_user_data("yum install -y")


app = cdk.App()
TestStack(app, "TestStack")
app.synth()
