"""aws-cdk integ test fargate/alb-fargate-service-idle-timeout: a 120 s load balancer idle timeout."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
stack = Stack(app, "aws-ecs-integ-alb-fg-idletimeout")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)

ApplicationLoadBalancedFargateService(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    idle_timeout=Duration.seconds(120),
)

app.synth()
