"""Port of aws-cdk's integ test aws-batch/integ.managed-compute-environment-default-instance-class.ts: an AL2023
compute environment with Batch's default ARM64 instance classes."""

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_batch import (
    DefaultInstanceClass,
    EcsMachineImage,
    EcsMachineImageType,
    ManagedEc2EcsComputeEnvironment,
)

app = App()
stack = Stack(app, "managed-compute-environment-default-instance-class")
vpc = ec2.Vpc(stack, "vpc", restrict_default_security_group=False)

ManagedEc2EcsComputeEnvironment(
    stack, "ECS",
    vpc=vpc,
    images=[EcsMachineImage(image_type=EcsMachineImageType.ECS_AL2023)],
    default_instance_classes=[DefaultInstanceClass.ARM64],
)

app.synth()
