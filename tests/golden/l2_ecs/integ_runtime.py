"""Port of aws-cdk's aws-ecs/test/fargate/integ.runtime.ts: Windows and Graviton runtime platforms on Fargate."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-runtime")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
windows = ecs.FargateTaskDefinition(stack, "TaskDefWindows", runtime_platform=ecs.RuntimePlatform(
    operating_system_family=ecs.OperatingSystemFamily.WINDOWS_SERVER_2019_CORE,
    cpu_architecture=ecs.CpuArchitecture.X86_64), cpu=1024, memory_limit_mib=2048)
graviton = ecs.FargateTaskDefinition(stack, "TaskDefGraviton2", runtime_platform=ecs.RuntimePlatform(
    operating_system_family=ecs.OperatingSystemFamily.LINUX, cpu_architecture=ecs.CpuArchitecture.ARM64),
    cpu=256, memory_limit_mib=1024)
windows.add_container("windowsservercore", logging=ecs.LogDriver.aws_logs(stream_prefix="win-iis-on-fargate"),
                      port_mappings=[ecs.PortMapping(container_port=80)],
                      image=ecs.ContainerImage.from_registry(
                          "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019"))
graviton.add_container("webarm64", logging=ecs.LogDriver.aws_logs(stream_prefix="graviton2-on-fargate"),
                       port_mappings=[ecs.PortMapping(container_port=80)],
                       image=ecs.ContainerImage.from_registry("public.ecr.aws/nginx/nginx:latest-arm64v8"))
ecs.FargateService(stack, "FargateServiceWindowsRuntime", cluster=cluster, task_definition=windows)
ecs.FargateService(stack, "FargateServiceGraviton2Runtime", cluster=cluster, task_definition=graviton)
app.synth()
