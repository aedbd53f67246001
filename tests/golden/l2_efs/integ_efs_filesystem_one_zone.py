"""Port of aws-cdk's aws-efs integ.efs-filesystem-one-zone.ts: a One Zone file system."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_efs import FileSystem

app = cdk.App()
stack = cdk.Stack(app, "test-efs-one-zone-integ")
vpc = ec2.Vpc(stack, "Vpc")
FileSystem(stack, "FileSystem", vpc=vpc, one_zone=True)
app.synth()
