"""Port of aws-ec2 integ.vpc-restrict-default-sg: the custom resource that strips the default security group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "integ-restrict-default-sg")
ec2.Vpc(stack, "Vpc", restrict_default_security_group=True)
app.synth()
