"""aws-cdk integ test fargate/l3-ephemeral-storage: ALB and NLB Fargate services with custom ephemeral storage."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-lb-fargate-ephemeral-storage")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "ALBFargateServiceWithCustomEphemeralStorage",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    ephemeral_storage_gib=200,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "NLBFargateServiceWithCustomEphemeralStorage",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    ephemeral_storage_gib=150,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

app.synth()
