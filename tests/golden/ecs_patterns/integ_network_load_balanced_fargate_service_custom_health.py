"""aws-cdk integ test fargate/network-load-balanced-fargate-service-custom-health: healthy percentages on a
multiple-target-groups NLB service."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import Port, Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import (
    NetworkListenerProps,
    NetworkLoadBalancedTaskImageProps,
    NetworkLoadBalancerProps,
    NetworkMultipleTargetGroupsFargateService,
    NetworkTargetProps,
)

app = App()

stack = Stack(app, "aws-ecs-integ-fargate-health-percentage")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)

my_service = NetworkMultipleTargetGroupsFargateService(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=NetworkLoadBalancedTaskImageProps(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    load_balancers=[NetworkLoadBalancerProps(name="lb1", listeners=[NetworkListenerProps(name="listener1")])],
    target_groups=[NetworkTargetProps(container_port=80, listener="listener1")],
    min_healthy_percent=60,
    max_healthy_percent=120,
)
for lb in my_service.load_balancers:
    my_service.service.connections.allow_from(lb, Port.all_tcp())

app.synth()
