"""aws-cdk integ test fargate/alb-fargate-service-custom-storage: 35 GiB ephemeral storage, a health check."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_ecs import ContainerImage, HealthCheck
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
stack = Stack(app, "aws-ecs-patterns-alb-with-custom-storage")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)

ApplicationLoadBalancedFargateService(
    stack,
    "ALBServiceWithCustomStorage",
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
