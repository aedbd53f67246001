"""aws-cdk integ test fargate/container-cpu-memory: container CPU and memory inside the task's."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App()
stack = Stack(app, "aws-ecs-integ-container-cpu-memory")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)

ApplicationLoadBalancedFargateService(
    stack,
    "myService",
    cluster=cluster,
    cpu=256,
    memory_limit_mib=512,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
    container_cpu=128,
    container_memory_limit_mib=256,
)

app.synth()
