"""aws-cdk integ test fargate/special-listener: ALB and NLB Fargate services on listener and container port 2015."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-fargate-special-listener")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)

cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)

fargate_nlb_service = ecs_patterns.NetworkLoadBalancedFargateService(
    stack,
    "FargateNlbService",
    cluster=cluster,
    listener_port=2015,
    task_image_options=ecs_patterns.NetworkLoadBalancedTaskImageOptions(
        container_port=2015,
        image=ecs.ContainerImage.from_registry("abiosoft/caddy"),
    ),
)

fargate_alb_service = ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "FargateAlbService",
    cluster=cluster,
    listener_port=2015,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        container_port=2015,
        image=ecs.ContainerImage.from_registry("abiosoft/caddy"),
    ),
)

cdk.CfnOutput(stack, "AlbDnsName", value=fargate_alb_service.load_balancer.load_balancer_dns_name)
cdk.CfnOutput(stack, "NlbDnsName", value=fargate_nlb_service.load_balancer.load_balancer_dns_name)

app.synth()
