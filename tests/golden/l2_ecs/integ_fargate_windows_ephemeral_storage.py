"""Port of aws-cdk's aws-ecs/test/fargate/integ.fargate-windows-ephemeral-storage.ts: Windows ephemeral storage on
platform version 1.0.0."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "integ-ecs-fargate-windows-ephemeral-storage")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(
    stack, "TaskDef", runtime_platform=ecs.RuntimePlatform(
        operating_system_family=ecs.OperatingSystemFamily.WINDOWS_SERVER_2019_FULL,
        cpu_architecture=ecs.CpuArchitecture.X86_64),
    cpu=2048, memory_limit_mib=4096, ephemeral_storage_gib=40)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry(
    "mcr.microsoft.com/windows/servercore/iis:ltsc2019"))
ecs.FargateService(stack, "FargateService", cluster=cluster, task_definition=task_definition,
                   platform_version=ecs.FargatePlatformVersion.VERSION1_0, desired_count=0)
app.synth()
