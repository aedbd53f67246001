"""Port of aws-cdk's integ.userdata: a Windows instance with persistent Windows user data."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "integ-userdata")
vpc = ec2.Vpc(stack, "IntegUserdataVpc")
ec2.Instance(
    stack,
    "WindowsInstance",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.WindowsImage(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE),
    user_data=ec2.UserData.for_windows(persist=True),
)
app.synth()
