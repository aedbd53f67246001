"""The feature flags ecs_patterns reads, each on and off: uniqueTargetGroupId and
secGroupsDisablesImplicitOpenListener (one stack per setting). removeDefaultDesiredCount is a CDK v1 flag that v2
refuses to set (always on): the desired counts here show its v2 behaviour."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as p
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
FLAGS = (
    "@aws-cdk/aws-ecs-patterns:uniqueTargetGroupId",
    "@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener",
)

for setting in (True, False):
    stack = cdk.Stack(app, f"Flags{'On' if setting else 'Off'}")
    for flag in FLAGS:
        stack.node.set_context(flag, setting)
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
    cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
    image = ecs.ContainerImage.from_registry("nginx")
    given_lb = elbv2.ApplicationLoadBalancer(stack, "GivenLb", vpc=vpc, internet_facing=True)
    p.ApplicationLoadBalancedFargateService(
        stack,
        "Alb",
        cluster=cluster,
        load_balancer=given_lb,
        task_image_options=p.ApplicationLoadBalancedTaskImageOptions(image=image),
    )
    p.ApplicationLoadBalancedFargateService(
        stack,
        "Private",
        cluster=cluster,
        public_load_balancer=False,
        load_balancer_name="private-lb",
        desired_count=2,
        task_image_options=p.ApplicationLoadBalancedTaskImageOptions(image=image),
    )
    p.NetworkLoadBalancedFargateService(
        stack, "Nlb", cluster=cluster, task_image_options=p.NetworkLoadBalancedTaskImageOptions(image=image)
    )
    p.QueueProcessingFargateService(stack, "Queue", cluster=cluster, image=image)
    p.QueueProcessingFargateService(stack, "Counted", cluster=cluster, image=image, max_scaling_capacity=4)
    p.ApplicationMultipleTargetGroupsFargateService(
        stack, "Multi", cluster=cluster, task_image_options=p.ApplicationLoadBalancedTaskImageProps(image=image)
    )

app.synth()
