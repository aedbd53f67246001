"""aws-cdk integ test ec2/healthchecks-multiple-network-load-balanced-ecs-service: two NLBs, default health checks."""

from aws_cdk import App, Stack
from aws_cdk.aws_autoscaling import AutoScalingGroup
from aws_cdk.aws_ec2 import InstanceType, Peer, Port, SecurityGroup, Vpc
from aws_cdk.aws_ecs import AsgCapacityProvider, Cluster, ContainerImage, EcsOptimizedImage
from aws_cdk.aws_ecs_patterns import (
    NetworkListenerProps,
    NetworkLoadBalancedTaskImageProps,
    NetworkLoadBalancerProps,
    NetworkMultipleTargetGroupsEc2Service,
    NetworkTargetProps,
)

app = App()
stack = Stack(app, "aws-ecs-integ-nlb-healthchecks")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)
security_group = SecurityGroup(stack, "MyAutoScalingGroupSG", vpc=vpc, allow_all_outbound=True)
security_group.add_ingress_rule(Peer.any_ipv4(), Port.tcp_range(32768, 65535))
provider = AsgCapacityProvider(
    stack,
    "MyProvider",
    auto_scaling_group=AutoScalingGroup(
        stack,
        "MyAutoScalingGroup",
        vpc=vpc,
        instance_type=InstanceType("t2.micro"),
        machine_image=EcsOptimizedImage.amazon_linux2(),
        security_group=security_group,
    ),
    capacity_provider_name="my-capacity-provider",
)
cluster.add_asg_capacity_provider(provider)

service = NetworkMultipleTargetGroupsEc2Service(
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

service.target_groups[0].configure_health_check()
service.target_groups[1].configure_health_check()

app.synth()
