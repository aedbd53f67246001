"""aws-cdk integ test fargate/alb-fargate-service-health-check-storage: ephemeral storage and a health check."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_ecs import ContainerImage, HealthCheck
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App()
stack = Stack(app, "aws-ecs-patterns-alb-health-check")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)

ApplicationLoadBalancedFargateService(
    stack,
    "HealthCheckALBService",
    vpc=vpc,
    memory_limit_mib=512,
    ephemeral_storage_gib=35,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    assign_public_ip=True,
    health_check=HealthCheck(
        command=["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
        interval=Duration.seconds(10),
        retries=10,
    ),
)

app.synth()
