"""Port of aws-cdk's aws-efs integ.efs-transition.ts (2.275's keyword is ``transition_to_archive_policy``)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_efs import FileSystem, LifecyclePolicy, OutOfInfrequentAccessPolicy

app = cdk.App()
stack = cdk.Stack(app, "test-efs-transition-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
FileSystem(
    stack,
    "FileSystem",
    vpc=vpc,
    lifecycle_policy=LifecyclePolicy.AFTER_14_DAYS,
    transition_to_archive_policy=LifecyclePolicy.AFTER_90_DAYS,
    out_of_infrequent_access_policy=OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
)
app.synth()
