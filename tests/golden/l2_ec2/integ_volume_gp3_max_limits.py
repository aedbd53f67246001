"""Port of aws-cdk's integ.volume-gp3-max-limits: gp3 volumes at the throughput and IOPS limits."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-volume-gp3-max-limits")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
ec2.Volume(stack, "TestVolumeMaxThroughput", availability_zone="us-east-1a", size=cdk.Size.gibibytes(16),
           volume_type=ec2.EbsDeviceVolumeType.GP3, throughput=2000, iops=8000)
ec2.Volume(stack, "TestVolumeMaxIOPS", availability_zone="us-east-1a", size=cdk.Size.gibibytes(160),
           volume_type=ec2.EbsDeviceVolumeType.GP3, iops=80000, throughput=125)
ec2.Volume(stack, "TestVolumeMaxBoth", availability_zone="us-east-1a", size=cdk.Size.gibibytes(160),
           volume_type=ec2.EbsDeviceVolumeType.GP3, iops=80000, throughput=2000)
app.synth()
