"""aws-cdk integ test ec2/application-load-balanced-ecs-service: an ALB EC2 service on two capacity providers."""

from aws_cdk import App, Stack
from aws_cdk.aws_autoscaling import AutoScalingGroup
from aws_cdk.aws_ec2 import InstanceType, Vpc
from aws_cdk.aws_ecs import (
    AsgCapacityProvider,
    CapacityProviderStrategy,
    Cluster,
    ContainerImage,
    EcsOptimizedImage,
)
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedEc2Service, ApplicationLoadBalancedTaskImageOptions

app = App()
stack = Stack(app, "aws-ecs-integ-alb")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)
provider1 = AsgCapacityProvider(
    stack,
    "FirstCapacityProvier",
    auto_scaling_group=AutoScalingGroup(
        stack,
        "FirstAutoScalingGroup",
        vpc=vpc,
        instance_type=InstanceType("t2.micro"),
        machine_image=EcsOptimizedImage.amazon_linux2(),
    ),
    capacity_provider_name="first-capacity-provider",
)
cluster.add_asg_capacity_provider(provider1)
provider2 = AsgCapacityProvider(
    stack,
    "SecondCapacityProvier",
    auto_scaling_group=AutoScalingGroup(
        stack,
        "SecondAutoScalingGroup",
        vpc=vpc,
        instance_type=InstanceType("t3.micro"),
        machine_image=EcsOptimizedImage.amazon_linux2(),
    ),
    capacity_provider_name="second-capacity-provider",
)
cluster.add_asg_capacity_provider(provider2)

ApplicationLoadBalancedEc2Service(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=256,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    capacity_provider_strategies=[
        CapacityProviderStrategy(capacity_provider=provider1.capacity_provider_name, base=1, weight=1),
        CapacityProviderStrategy(capacity_provider=provider2.capacity_provider_name, base=0, weight=2),
    ],
)

app.synth()
