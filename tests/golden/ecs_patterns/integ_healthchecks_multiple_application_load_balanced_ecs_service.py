"""aws-cdk integ test ec2/healthchecks-multiple-application-load-balanced-ecs-service: two ALBs, health checks."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_autoscaling import AutoScalingGroup
from aws_cdk.aws_ec2 import InstanceType, Peer, Port, SecurityGroup, Vpc
from aws_cdk.aws_ecs import AsgCapacityProvider, Cluster, ContainerImage, EcsOptimizedImage
from aws_cdk.aws_ecs_patterns import (
    ApplicationListenerProps,
    ApplicationLoadBalancedTaskImageProps,
    ApplicationLoadBalancerProps,
    ApplicationMultipleTargetGroupsEc2Service,
    ApplicationTargetProps,
)
from aws_cdk.aws_elasticloadbalancingv2 import Protocol

app = App(post_cli_context={})
stack = Stack(app, "aws-ecs-integ-multiple-alb-healthchecks")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)
security_group = SecurityGroup(stack, "MyAutoScalingGroupSG", vpc=vpc, allow_all_outbound=True)
security_group.add_ingress_rule(Peer.any_ipv4(), Port.tcp_range(32768, 65535))
security_group.node.default_child.add_metadata("guard", {"SuppressedRules": ["EC2_NO_OPEN_SECURITY_GROUPS"]})
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
)
cluster.add_asg_capacity_provider(provider)

service = ApplicationMultipleTargetGroupsEc2Service(
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
        ApplicationTargetProps(container_port=80, listener="listener2"),
    ],
)
service.load_balancers[0].connections.add_security_group(security_group)
service.load_balancers[1].connections.add_security_group(security_group)
for lb in service.load_balancers:
    for sg in lb.connections.security_groups:
        sg.node.default_child.add_metadata("guard", {"SuppressedRules": ["EC2_NO_OPEN_SECURITY_GROUPS"]})

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
