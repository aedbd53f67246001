"""aws-cdk integ test fargate/alb-fargate-service-smart-defaults: default, open and closed listeners, and a service
on a given load balancer with its own security group.

The original sets ``@aws-cdk/aws-ecs-patterns:smartDefaultOpenListener``, a flag newer than 2.275 (ignored there).
"""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import Port, SecurityGroup, Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions
from aws_cdk.aws_elasticloadbalancingv2 import ApplicationLoadBalancer

app = App(post_cli_context={"@aws-cdk/aws-ecs-patterns:smartDefaultOpenListener": True})

stack = Stack(app, "aws-ecs-integ-alb-fg-smart-defaults")
vpc = Vpc(stack, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)


def image_options() -> ApplicationLoadBalancedTaskImageOptions:
    return ApplicationLoadBalancedTaskImageOptions(image=ContainerImage.from_registry("amazon/amazon-ecs-sample"))


ApplicationLoadBalancedFargateService(
    stack, "SmartDefaultService", cluster=cluster, memory_limit_mib=512, task_image_options=image_options()
)

ApplicationLoadBalancedFargateService(
    stack,
    "ExplicitOpenService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=image_options(),
    open_listener=True,
    listener_port=8080,
)

ApplicationLoadBalancedFargateService(
    stack,
    "ExplicitClosedService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=image_options(),
    open_listener=False,
    listener_port=9090,
)

custom_security_group = SecurityGroup(
    stack, "CustomSecurityGroup", vpc=vpc, description="Custom security group for load balancer"
)
custom_security_group.add_ingress_rule(custom_security_group, Port.tcp(80), "Allow HTTP from custom security group")

custom_load_balancer = ApplicationLoadBalancer(
    stack, "CustomLoadBalancer", vpc=vpc, internet_facing=True, security_group=custom_security_group
)

ApplicationLoadBalancedFargateService(
    stack,
    "SmartDefaultWithCustomSG",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=image_options(),
    load_balancer=custom_load_balancer,
)

app.synth()
