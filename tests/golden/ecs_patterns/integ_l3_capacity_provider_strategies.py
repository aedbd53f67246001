"""aws-cdk integ test fargate/l3-capacity-provider-strategies: FARGATE and FARGATE_SPOT strategies on ALB and NLB
services."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-lb-fargate")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
cluster.enable_fargate_capacity_providers()


def strategies() -> list[ecs.CapacityProviderStrategy]:
    return [
        ecs.CapacityProviderStrategy(capacity_provider="FARGATE", base=1, weight=1),
        ecs.CapacityProviderStrategy(capacity_provider="FARGATE_SPOT", base=0, weight=2),
    ]


ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "ALBFargateService",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    capacity_provider_strategies=strategies(),
)

nlb_fargate_service = ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "NLBFargateService",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    capacity_provider_strategies=strategies(),
)
nlb_fargate_service.service.connections.allow_from(nlb_fargate_service.load_balancer, ec2.Port.tcp(80))

app.synth()
