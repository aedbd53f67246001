"""aws-cdk integ test fargate/alb-fargate-service-health-check: a container health check, public IPs.

The image's build context (aws-cdk's ``sqs-reader``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("print('reading the queue')\n")

app = App()
stack = Stack(app, "aws-ecs-patterns-alb-health-check")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)

ApplicationLoadBalancedFargateService(
    stack,
    "HealthCheckALBService",
    vpc=vpc,
    memory_limit_mib=512,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(image=ecs.AssetImage(context)),
    assign_public_ip=True,
    health_check=ecs.HealthCheck(
        command=["CMD-SHELL", 'cat /tmp/health_status | grep -q "1" || exit 1'],
        interval=Duration.seconds(10),
        retries=10,
    ),
)

app.synth()
