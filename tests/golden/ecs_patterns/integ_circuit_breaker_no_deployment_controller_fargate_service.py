"""aws-cdk integ test fargate/circuit-breaker-no-deployment-controller-fargate-service: a circuit breaker without
an explicit deployment controller (the flag at its default)."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage, DeploymentCircuitBreaker
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App()
stack = Stack(app, "aws-ecs-integ-circuit-breaker-no-dc")
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
    circuit_breaker=DeploymentCircuitBreaker(rollback=True),
)

app.synth()
