"""Port of aws-cdk's integ.instance-init-multiple: two instances in a stack whose init configs hold file assets
(and argv commands)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

tmp_dir = tempfile.mkdtemp(prefix="cfn-init-test")
with open(os.path.join(tmp_dir, "testConfigFile"), "w") as f:
    f.write("Hello World!\n")
with open(os.path.join(tmp_dir, "testConfigFile2"), "w") as f:
    f.write("Hello World2!\n")

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "vpc")
        ec2.Instance(
            self,
            "FirstInstance",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3A, ec2.InstanceSize.MICRO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            init=ec2.CloudFormationInit.from_config_sets(
                config_sets={"default": ["default"]},
                configs={"default": ec2.InitConfig([
                    ec2.InitFile.from_asset("/target/path/config.json", os.path.join(tmp_dir, "testConfigFile")),
                ])},
            ),
        )
        ec2.Instance(
            self,
            "SecondInstance",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3A, ec2.InstanceSize.MICRO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            init=ec2.CloudFormationInit.from_config_sets(
                config_sets={"default": ["default"]},
                configs={"default": ec2.InitConfig([
                    ec2.InitFile.from_asset("/target/path/config.json", os.path.join(tmp_dir, "testConfigFile2")),
                    ec2.InitCommand.argv_command(["useradd", "-u", "1001", "eguser"]),
                    ec2.InitCommand.argv_command(["usermod", "-a", "-G", "eguser", "eguser"]),
                ])},
            ),
        )


TestStack(app, "integ-ec2-multiple-instances-in-stack")
app.synth()
