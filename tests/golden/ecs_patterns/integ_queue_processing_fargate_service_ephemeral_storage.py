"""aws-cdk integ test fargate/queue-processing-fargate-service-ephemeral-storage: 50 GiB of ephemeral storage.

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

app = App()
stack = Stack(app, "aws-ecs-patterns-queue-es")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)

QueueProcessingFargateService(
    stack,
    "QueueProcessingService",
    vpc=vpc,
    memory_limit_mib=512,
    image=ecs.AssetImage(context),
    min_scaling_capacity=0,
    ephemeral_storage_gib=50,
)

app.synth()
