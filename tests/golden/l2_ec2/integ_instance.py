"""Port of aws-cdk's integ.instance: an instance with its own security group, detailed monitoring, a role policy,
an ICMP rule and extra user data."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_iam import PolicyStatement

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "VPC")
        security_group = ec2.SecurityGroup(self, "IntegSg", vpc=vpc, allow_all_ipv6_outbound=True)
        instance = ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            security_group=security_group,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            detailed_monitoring=True,
        )
        instance.add_to_role_policy(PolicyStatement(actions=["ssm:*"], resources=["*"]))
        instance.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())
        instance.add_user_data("yum install -y")


TestStack(app, "integ-ec2-instance")
app.synth()
