"""Port of aws-cdk's integ.key-pair: a new key pair used by an instance."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-key-pair-1")
vpc = ec2.Vpc(stack, "Vpc")
key_pair = ec2.KeyPair(stack, "TestKeyPair")
ec2.Instance(
    stack,
    "TestInstance",
    vpc=vpc,
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023),
    instance_type=ec2.InstanceType("t3.micro"),
    key_pair=key_pair,
)
app.synth()
