"""aws-cdk integ test ec2/queue-processing-ecs-service: a queue processing EC2 service with a memory reservation.

The image's build context (aws-cdk's ``sqs-reader``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk.aws_ecs_patterns import QueueProcessingEc2Service

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("print('reading the queue')\n")

app = App()
stack = Stack(app, "aws-ecs-patterns-queue")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))

QueueProcessingEc2Service(
    stack,
    "QueueProcessingService",
    cluster=cluster,
    image=ecs.AssetImage(context),
    memory_reservation_mib=512,
)

app.synth()
