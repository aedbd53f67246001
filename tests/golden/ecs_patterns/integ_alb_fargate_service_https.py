"""aws-cdk integ test fargate/alb-fargate-service-https: HTTPS with a DNS-validated certificate and HTTP redirect."""

from aws_cdk import App, Stack
from aws_cdk import aws_route53 as route53
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions
from aws_cdk.aws_elasticloadbalancingv2 import ApplicationProtocol

app = App()
stack = Stack(app, "aws-ecs-integ-alb-fg-https")
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
    protocol=ApplicationProtocol.HTTPS,
    enable_ecs_managed_tags=True,
    enable_execute_command=True,
    domain_name="test.example.com",
    domain_zone=route53.HostedZone.from_hosted_zone_attributes(
        stack, "HostedZone", hosted_zone_id="fakeId", zone_name="example.com."
    ),
    redirect_http=True,
)

app.synth()
