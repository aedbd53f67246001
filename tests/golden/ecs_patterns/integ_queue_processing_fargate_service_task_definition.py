"""aws-cdk integ test fargate/queue-processing-fargate-service-task-definition: a given task definition.

The image's build context (aws-cdk's ``sqs-reader``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk.aws_ecs_patterns import QueueProcessingFargateService

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("print('reading the queue')\n")

app = App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
stack = Stack(app, "aws-ecs-patterns-queue")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)

task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=1024, cpu=512, ephemeral_storage_gib=30)

task_definition.add_container(
    "TheContainer",
    image=ecs.AssetImage(context),
    logging=ecs.AwsLogDriver(stream_prefix="QueueProcessingFargateService"),
)

QueueProcessingFargateService(stack, "QueueProcessingService", vpc=vpc, task_definition=task_definition)

app.synth()
