"""Port of aws-cdk's integ.bastion-host: a bastion host with defaults in a default VPC."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "VPC")
        ec2.BastionHostLinux(self, "BastionHost", vpc=vpc)


TestStack(app, "TestStack")
app.synth()
