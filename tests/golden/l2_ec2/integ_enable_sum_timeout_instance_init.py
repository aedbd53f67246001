"""Port of aws-cdk's integ.enable-sum-timeout-instance-init (ec2SumTImeoutEnabled on): an instance with CloudFormation Init config sets (yum package, a JSON
file with tokens, groups, users, a source from an asset directory, a systemd unit), init options with a timeout,
user data that causes replacement, and a signal timeout."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(post_cli_context={"@aws-cdk/aws-ec2:ec2SumTImeoutEnabled": True})
stack = cdk.Stack(app, "integ-init")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

vpc = ec2.Vpc(stack, "IntegInitVpc")

tmp_dir = tempfile.mkdtemp(prefix="cfn-enable-timeout-init-test")
with open(os.path.join(tmp_dir, "testFile"), "w") as f:
    f.write("Hello World!\n")

ec2.Instance(
    stack,
    "Instance2",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(),
    user_data_causes_replacement=True,
    init_options=ec2.ApplyCloudFormationInitOptions(timeout=cdk.Duration.minutes(30)),
    init=ec2.CloudFormationInit.from_config_sets(
        config_sets={"default": ["yumPreinstall", "config"]},
        configs={
            "yumPreinstall": ec2.InitConfig([ec2.InitPackage.yum("git")]),
            "config": ec2.InitConfig([
                ec2.InitFile.from_object("/tmp/file2.json", {
                    "stackId": stack.stack_id,
                    "stackName": stack.stack_name,
                    "region": stack.region,
                    "intProperty": 18,
                    "boolProperty": True,
                    "numProperty": 58.23,
                }),
                ec2.InitGroup.from_name("group1"),
                ec2.InitGroup.from_name("group2", 42),
                ec2.InitUser.from_name("sysuser1", groups=["group1", "group2"], home_dir="/home/sysuser1-custom"),
                ec2.InitUser.from_name("sysuser2"),
                ec2.InitSource.from_asset("/tmp/sourceDir", tmp_dir),
            ]),
            "service": ec2.InitConfig([
                ec2.InitFile.from_string("/myvars.env", 'OTHER_VAR="im from the file :3"'),
                ec2.InitService.systemd_config_file(
                    "myapp",
                    command='/bin/bash -c "echo HELLO_WORLD=${MY_VAR} | FROM_FILE=${OTHER_VAR}"',
                    environment_variables={"MY_VAR": "its me :)"},
                    environment_files=["/myvars.env"],
                ),
            ]),
        },
    ),
    resource_signal_timeout=cdk.Duration.minutes(10),
)

app.synth()
