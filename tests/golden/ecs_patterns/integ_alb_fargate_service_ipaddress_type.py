"""aws-cdk integ test fargate/alb-fargate-service-ipaddress-type: a dual-stack ALB Fargate service."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns
from aws_cdk.aws_elasticloadbalancingv2 import IpAddressType

app = cdk.App(post_cli_context={"@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig": False})
stack = cdk.Stack(app, "aws-ecs-integ-alb-fargate-ipaddress-type")

vpc = ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    restrict_default_security_group=False,
    ip_protocol=ec2.IpProtocol.DUAL_STACK,
    subnet_configuration=[
        ec2.SubnetConfiguration(
            name="subnet",
            subnet_type=ec2.SubnetType.PUBLIC,
            map_public_ip_on_launch=True,
            ipv6_assign_address_on_creation=True,
        ),
    ],
)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "AlbFargateServiceWithIpAddressType",
    cluster=cluster,
    memory_limit_mib=512,
    cpu=256,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    ip_address_type=IpAddressType.DUAL_STACK,
    assign_public_ip=True,
)

app.synth()
