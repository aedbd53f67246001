"""aws-cdk integ test ec2/network-load-balanced-ecs-service: a dual-stack NLB EC2 service on two capacity providers."""

from aws_cdk import App, Stack
from aws_cdk.aws_autoscaling import AutoScalingGroup
from aws_cdk.aws_ec2 import InstanceType, Peer, Port, SecurityGroup, Vpc
from aws_cdk.aws_ecs import (
    AsgCapacityProvider,
    CapacityProviderStrategy,
    Cluster,
    ContainerImage,
    EcsOptimizedImage,
)
from aws_cdk.aws_ecs_patterns import NetworkLoadBalancedEc2Service, NetworkLoadBalancedTaskImageOptions
from aws_cdk.aws_elasticloadbalancingv2 import IpAddressType

app = App()
stack = Stack(app, "aws-ecs-integ-nlb")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)
security_group = SecurityGroup(stack, "SecurityGroup", vpc=vpc, allow_all_outbound=True)
security_group.add_ingress_rule(Peer.any_ipv4(), Port.tcp_range(32768, 65535))

provider1 = AsgCapacityProvider(
    stack,
    "FirstCapacityProvider",
    auto_scaling_group=AutoScalingGroup(
        stack,
        "FirstAutoScalingGroup",
        vpc=vpc,
        instance_type=InstanceType("t2.micro"),
        machine_image=EcsOptimizedImage.amazon_linux2(),
        security_group=security_group,
    ),
    capacity_provider_name="first-capacity-provider",
)
cluster.add_asg_capacity_provider(provider1)

provider2 = AsgCapacityProvider(
    stack,
    "SecondCapacityProvider",
    auto_scaling_group=AutoScalingGroup(
        stack,
        "SecondAutoScalingGroup",
        vpc=vpc,
        instance_type=InstanceType("t3.micro"),
        machine_image=EcsOptimizedImage.amazon_linux2(),
        security_group=security_group,
    ),
    capacity_provider_name="second-capacity-provider",
)
cluster.add_asg_capacity_provider(provider2)

NetworkLoadBalancedEc2Service(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=256,
    task_image_options=NetworkLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    capacity_provider_strategies=[
        CapacityProviderStrategy(capacity_provider=provider1.capacity_provider_name, base=1, weight=1),
        CapacityProviderStrategy(capacity_provider=provider2.capacity_provider_name, base=0, weight=2),
    ],
    ip_address_type=IpAddressType.DUAL_STACK,
)

app.synth()
