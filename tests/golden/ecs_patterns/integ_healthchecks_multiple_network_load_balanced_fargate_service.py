"""aws-cdk integ test fargate/healthchecks-multiple-network-load-balanced-fargate-service: two NLBs, ports 80 and 90,
default health checks."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import (
    NetworkListenerProps,
    NetworkLoadBalancedTaskImageProps,
    NetworkLoadBalancerProps,
    NetworkMultipleTargetGroupsFargateService,
    NetworkTargetProps,
)

app = App()
stack = Stack(app, "aws-ecs-integ-multi-nlb-healthchecks")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)

service = NetworkMultipleTargetGroupsFargateService(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=NetworkLoadBalancedTaskImageProps(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    load_balancers=[
        NetworkLoadBalancerProps(name="lb1", listeners=[NetworkListenerProps(name="listener1")]),
        NetworkLoadBalancerProps(name="lb2", listeners=[NetworkListenerProps(name="listener2")]),
    ],
    target_groups=[
        NetworkTargetProps(container_port=80, listener="listener1"),
        NetworkTargetProps(container_port=90, listener="listener2"),
    ],
)

service.target_groups[0].configure_health_check()
service.target_groups[1].configure_health_check()

app.synth()
