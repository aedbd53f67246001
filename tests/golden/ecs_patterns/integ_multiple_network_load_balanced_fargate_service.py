"""aws-cdk integ test fargate/multiple-network-load-balanced-fargate-service: two NLBs, connections from each."""

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
stack = Stack(app, "aws-ecs-integ-fargate-multi-nlb-health")
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
    load_balancers=[
        NetworkLoadBalancerProps(name="lb1", listeners=[NetworkListenerProps(name="listener1")]),
        NetworkLoadBalancerProps(name="lb2", listeners=[NetworkListenerProps(name="listener2")]),
    ],
    target_groups=[
        NetworkTargetProps(container_port=80, listener="listener1"),
        NetworkTargetProps(container_port=80, listener="listener2"),
    ],
)
for lb in my_service.load_balancers:
    my_service.service.connections.allow_from(lb, Port.all_tcp())

app.synth()
