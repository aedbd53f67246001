"""aws-cdk integ test fargate/queue-processing-fargate-service-isolated: isolated subnets, a custom security group and VPC endpoints.

The original's ``vpc.addS3Endpoint`` is newer than 2.275: this port adds the same gateway endpoint with
``add_gateway_endpoint``. The image's build context (aws-cdk's ``sqs-reader``) is replaced by one this app writes (same hash on both sides).
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
stack = Stack(app, "aws-ecs-patterns-queue-isolated")
vpc = ec2.Vpc(
    stack,
    "VPC",
    restrict_default_security_group=False,
    max_azs=2,
    subnet_configuration=[
        ec2.SubnetConfiguration(cidr_mask=24, name="Public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(cidr_mask=24, name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)

vpc.add_gateway_endpoint(
    "S3Endpoint",
    service=ec2.GatewayVpcEndpointAwsService.S3,
    subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)],
)

security_group = ec2.SecurityGroup(stack, "MyCustomSG", vpc=vpc)

queue_processing = QueueProcessingFargateService(
    stack,
    "IsolatedQueueService",
    vpc=vpc,
    memory_limit_mib=512,
    image=ecs.AssetImage(context),
    security_groups=[security_group],
    task_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)

queue_processing.service.node.add_dependency(
    vpc.add_interface_endpoint("SqsEndpoint", service=ec2.InterfaceVpcEndpointAwsService.SQS),
    vpc.add_interface_endpoint("EcrEndpoint", service=ec2.InterfaceVpcEndpointAwsService.ECR),
    vpc.add_interface_endpoint("EcrImageEndpoint", service=ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER),
    vpc.add_interface_endpoint("CloudWatchLogsEndpoint", service=ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS),
)

app.synth()
