"""aws-cdk integ test fargate/l3-vpconly: ALB and NLB Fargate services given only a VPC."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-l3-vpconly")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "ALBFargateService",
    vpc=vpc,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "NLBFargateService",
    vpc=vpc,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

app.synth()
