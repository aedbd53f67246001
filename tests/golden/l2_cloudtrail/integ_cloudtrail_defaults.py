"""Port of aws-cdk's integ.cloudtrail-defaults: a trail with every default."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudtrail-defaults")

cloudtrail.Trail(stack, "Trail")

app.synth()
