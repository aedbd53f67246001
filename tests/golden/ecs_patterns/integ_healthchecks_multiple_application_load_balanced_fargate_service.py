"""aws-cdk integ test fargate/healthchecks-multiple-application-load-balanced-fargate-service: two ALBs, health checks."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import (
    ApplicationListenerProps,
    ApplicationLoadBalancedTaskImageProps,
    ApplicationLoadBalancerProps,
    ApplicationMultipleTargetGroupsFargateService,
    ApplicationTargetProps,
)
from aws_cdk.aws_elasticloadbalancingv2 import Protocol

app = App()
stack = Stack(app, "aws-ecs-integ-fargate-multi-alb-health")
vpc = Vpc(stack, "Vpc", max_azs=2)
cluster = Cluster(stack, "Cluster", vpc=vpc)

service = ApplicationMultipleTargetGroupsFargateService(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=ApplicationLoadBalancedTaskImageProps(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    load_balancers=[
        ApplicationLoadBalancerProps(name="lb1", listeners=[ApplicationListenerProps(name="listener1")]),
        ApplicationLoadBalancerProps(name="lb2", listeners=[ApplicationListenerProps(name="listener2")]),
    ],
    target_groups=[
        ApplicationTargetProps(container_port=80, listener="listener1"),
        ApplicationTargetProps(container_port=90, listener="listener2"),
    ],
)

for group in service.target_groups:
    group.configure_health_check(
        protocol=Protocol.HTTP,
        healthy_threshold_count=2,
        unhealthy_threshold_count=2,
        timeout=Duration.seconds(10),
        interval=Duration.seconds(30),
        healthy_http_codes="200",
    )

app.synth()
