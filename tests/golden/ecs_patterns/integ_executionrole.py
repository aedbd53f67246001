"""aws-cdk integ test fargate/executionrole: an ALB Fargate service with its own execution role."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as ecs_patterns
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-fargate-execrole")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)

cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)

ecs_patterns.ApplicationLoadBalancedFargateService(
    stack,
    "L3",
    cluster=cluster,
    memory_limit_mib=1024,
    cpu=512,
    task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
        image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
        execution_role=iam.Role(
            stack,
            "ExecutionRole",
            assumed_by=iam.CompositePrincipal(
                iam.ServicePrincipal("ecs.amazonaws.com"),
                iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
            ),
        ),
    ),
)

app.synth()
