"""Port of aws-cdk's integ.bastion-host-disable-al2023-feature-flag: with the flag off, the bastion host uses
Amazon Linux 2."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault", False)
        vpc = ec2.Vpc(self, "VPC")
        ec2.BastionHostLinux(self, "BastionHost", vpc=vpc)


TestStack(app, "integ-bastionhost-disable-al2023-feature-flag")
app.synth()
