"""aws-cdk integ test fargate/alb-fargate-service-public-private-switch: a private and a public ALB service."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-alb-fargate-public-private-switch")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "PrivateALBFargateService",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    public_load_balancer=False,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "PublicALBFargateService",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    public_load_balancer=True,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

app.synth()
