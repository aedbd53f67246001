"""Port of aws-cdk's integ.volume: a gp3 volume with throughput."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-volume-1")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

ec2.Volume(
    stack,
    "TestVolume",
    availability_zone="us-east-1a",
    size=cdk.Size.gibibytes(1),
    volume_type=ec2.EbsDeviceVolumeType.GP3,
    throughput=200,
)
app.synth()
