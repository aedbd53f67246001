"""aws-cdk integ test fargate/alb-fargate-service-command-entry-point: an ALB Fargate service with command and
entry point."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-lb-fargate-cmd-entrypoint-test")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "TestFargateCluster", vpc=vpc)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "ALBFargateServiceWithCommandAndEntryPoint",
    cluster=cluster,
    memory_limit_mib=512,
    cpu=256,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
        command=["/usr/sbin/apache2", "-D", "FOREGROUND"],
        entry_point=["/bin/bash"],
    ),
)

app.synth()
