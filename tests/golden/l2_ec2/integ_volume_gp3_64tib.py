"""Port of aws-cdk's integ.volume-gp3-64tib: a 32 TiB gp3 volume, destroyed with the stack."""

from aws_cdk import App, RemovalPolicy, Size, Stack
from aws_cdk import aws_ec2 as ec2

app = App()
stack = Stack(app, "VolumeGp3LargeSizeStack", env={"account": "123456789012", "region": "us-east-1"})
ec2.Volume(stack, "Volume", availability_zone="us-east-1a", size=Size.tebibytes(32),
           volume_type=ec2.EbsDeviceVolumeType.GP3, removal_policy=RemovalPolicy.DESTROY)
app.synth()
