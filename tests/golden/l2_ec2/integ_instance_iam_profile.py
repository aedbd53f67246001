"""Port of aws-cdk's integ.instance-iam-profile: an instance using an existing instance profile (its role)."""

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_iam import InstanceProfile, Role, ServicePrincipal

app = App()
stack = Stack(app, "instance-iam-profile")
vpc = ec2.Vpc(stack, "VPC")
role = Role(stack, "MyRole", assumed_by=ServicePrincipal("ec2.amazonaws.com"))
instance_profile = InstanceProfile(stack, "MyInstanceProfile", role=role)
ec2.Instance(
    stack,
    "Instance",
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023),
    instance_profile=instance_profile,
)
app.synth()
