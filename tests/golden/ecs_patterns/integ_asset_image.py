"""aws-cdk integ test fargate/asset-image: an ALB Fargate service from a Docker image asset on port 8000.

The image's build context (aws-cdk's ``demo-image``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("print('hello from the demo image')\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-fargate-image")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)

cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)

fargate_service = ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "FargateService",
    cluster=cluster,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        container_port=8000,
        image=ecs.AssetImage(context),
    ),
)

cdk.CfnOutput(stack, "LoadBalancerDNS", value=fargate_service.load_balancer.load_balancer_dns_name)

app.synth()
