"""aws-cdk integ test fargate/circuit-breaker-load-balanced-fargate-service: a rollback circuit breaker."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage, DeploymentCircuitBreaker
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App(post_cli_context={"@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker": False})
stack = Stack(app, "aws-ecs-integ-circuit-breaker")
vpc = Vpc(stack, "Vpc", max_azs=2)
cluster = Cluster(stack, "Cluster", vpc=vpc)

ApplicationLoadBalancedFargateService(
    stack,
    "myService",
    cluster=cluster,
    memory_limit_mib=512,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    circuit_breaker=DeploymentCircuitBreaker(rollback=True),
)

app.synth()
