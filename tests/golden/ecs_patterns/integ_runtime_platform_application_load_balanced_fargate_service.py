"""aws-cdk integ test fargate/runtime-platform-application-load-balanced-fargate-service: a scheduled Fargate task
whose image options carry a runtime platform.

The image's build context (aws-cdk's ``demo-image``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk.aws_ecs_patterns import ScheduledFargateTask, ScheduledFargateTaskImageOptions

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("print('hello from a scheduled task')\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-runtime-integ")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)

ScheduledFargateTask(
    stack,
    "ScheduledFargateTask",
    cluster=cluster,
    scheduled_fargate_task_image_options=ScheduledFargateTaskImageOptions(
        image=ecs.AssetImage(context),
        memory_limit_mib=512,
        cpu=256,
        environment={"TRIGGER": "CloudWatch Events"},
        runtime_platform=ecs.RuntimePlatform(
            cpu_architecture=ecs.CpuArchitecture.X86_64,
            operating_system_family=ecs.OperatingSystemFamily.LINUX,
        ),
    ),
    desired_task_count=2,
    schedule=appscaling.Schedule.rate(cdk.Duration.minutes(2)),
)

app.synth()
