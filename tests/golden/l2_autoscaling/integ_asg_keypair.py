"""Port of aws-cdk's integ.asg-keypair: a key pair, with the launch-template feature flag on."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-asg-integ")
stack.node.set_context("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig", True)
vpc = ec2.Vpc(stack, "AsgKeyPairVPC", restrict_default_security_group=False, max_azs=2)
autoscaling.AutoScalingGroup(
    stack, "AsgWithKeyPair", instance_type=ec2.InstanceType("t2.micro"),
    machine_image=ec2.MachineImage.latest_amazon_linux2(), key_pair=ec2.KeyPair(stack, "MyKeyPair"), vpc=vpc,
)
app.synth()
