"""aws-cdk integ test fargate/l3-autocreate: ALB and NLB Fargate services sharing a default VPC and cluster."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-l3-autocreate")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "ALBFargateService",
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "NLBFargateService",
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

app.synth()
