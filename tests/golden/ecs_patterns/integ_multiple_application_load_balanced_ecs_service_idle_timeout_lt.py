"""aws-cdk integ test ec2/multiple-application-load-balanced-ecs-service-idle-timeout-lt: two HTTPS ALBs with
certificates created in the stack, idle timeouts, SSL policies, DNS records and four target groups."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_certificatemanager import Certificate
from aws_cdk.aws_ec2 import InstanceType, Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import (
    ApplicationListenerProps,
    ApplicationLoadBalancedTaskImageProps,
    ApplicationLoadBalancerProps,
    ApplicationMultipleTargetGroupsEc2Service,
    ApplicationTargetProps,
)
from aws_cdk.aws_elasticloadbalancingv2 import ApplicationProtocol, SslPolicy
from aws_cdk.aws_route53 import PublicHostedZone

app = App()
stack = Stack(app, "aws-ecs-integ-alb-idle-timeout")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
zone = PublicHostedZone(stack, "HostedZone", zone_name="domain.com")
cluster = Cluster(stack, "Cluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=InstanceType("t2.micro"))

cert1 = Certificate(stack, "cert1", domain_name="cert1.domain.com")
cert2 = Certificate(stack, "cert2", domain_name="cert2.domain.com")

ApplicationMultipleTargetGroupsEc2Service(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=256,
    task_image_options=ApplicationLoadBalancedTaskImageProps(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    enable_execute_command=True,
    load_balancers=[
        ApplicationLoadBalancerProps(
            name="lb",
            idle_timeout=Duration.seconds(400),
            domain_name="api.domain.com",
            domain_zone=zone,
            listeners=[
                ApplicationListenerProps(
                    name="listener", protocol=ApplicationProtocol.HTTPS, certificate=cert1,
                    ssl_policy=SslPolicy.TLS12_EXT,
                )
            ],
        ),
        ApplicationLoadBalancerProps(
            name="lb2",
            idle_timeout=Duration.seconds(400),
            domain_name="frontend.domain.com",
            domain_zone=zone,
            listeners=[
                ApplicationListenerProps(
                    name="listener2", protocol=ApplicationProtocol.HTTPS, certificate=cert2,
                    ssl_policy=SslPolicy.TLS12_EXT,
                )
            ],
        ),
    ],
    target_groups=[
        ApplicationTargetProps(container_port=80, listener="listener"),
        ApplicationTargetProps(container_port=90, path_pattern="a/b/c", priority=10, listener="listener"),
        ApplicationTargetProps(container_port=443, listener="listener2"),
        ApplicationTargetProps(container_port=80, path_pattern="a/b/c", priority=10, listener="listener2"),
    ],
)

app.synth()
