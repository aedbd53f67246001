"""aws-cdk integ test fargate/queue-processing-fargate-service-ephemerals-storage: 100 GiB of ephemeral storage.

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
stack = Stack(app, "aws-ecs-patterns-queue-ephemeral-storage")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)

QueueProcessingFargateService(
    stack,
    "QueueProcessingServiceWithCustomEphemeralStorage",
    vpc=vpc,
    memory_limit_mib=512,
    ephemeral_storage_gib=100,
    image=ecs.AssetImage(context),
    min_scaling_capacity=0,
)

app.synth()
