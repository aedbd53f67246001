"""aws-cdk integ test fargate/circuit-breaker-queue-processing-fargate-service: a queue processing service with a
rollback circuit breaker.

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

app = App(post_cli_context={"@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker": False})
stack = Stack(app, "aws-ecs-patterns-queue")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)

QueueProcessingFargateService(
    stack,
    "QueueProcessingService",
    vpc=vpc,
    memory_limit_mib=512,
    circuit_breaker=ecs.DeploymentCircuitBreaker(rollback=True),
    image=ecs.AssetImage(context),
)

app.synth()
