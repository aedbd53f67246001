"""Port of aws-cdk's integ.bastion-host-userdatacausesreplacement: user data that does (and does not) change the
instance's logical id."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "VPC")
        ssh_keys = ["foo", "bar"]
        enabled = ec2.BastionHostLinux(self, "BastionHostUserDataReplacementEnabled", vpc=vpc,
                                       user_data_causes_replacement=True)
        enabled.instance.add_user_data(*[f"echo {key} >> ~ec2-user/.ssh/authorized_keys" for key in ssh_keys])
        disabled = ec2.BastionHostLinux(self, "BastionHostUserDataReplacementDisabled", vpc=vpc,
                                        user_data_causes_replacement=False)
        disabled.instance.add_user_data(*[f"echo {key} >> ~ec2-user/.ssh/authorized_keys" for key in ssh_keys])


TestStack(app, "integ-bastionhost-userdatacausesreplacement")
app.synth()
