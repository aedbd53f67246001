"""aws-cdk integ test fargate/tls-network-load-balanced-fargate-service: a TLS listener with an imported certificate.

The original reads the certificate ARN from ``CERT_ARN``; this port uses a fixed ARN.
"""

from aws_cdk import App, Stack
from aws_cdk.aws_certificatemanager import Certificate
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import NetworkLoadBalancedFargateService, NetworkLoadBalancedTaskImageOptions

cert_arn = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"

app = App()
stack = Stack(app, "tls-network-load-balanced-fargate-service")
vpc = Vpc(stack, "Vpc", max_azs=2)
cluster = Cluster(stack, "Cluster", vpc=vpc)

listener_certificate = Certificate.from_certificate_arn(stack, "myCert", cert_arn)

NetworkLoadBalancedFargateService(
    stack,
    "myServiceWithTls",
    cluster=cluster,
    listener_certificate=listener_certificate,
    task_image_options=NetworkLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

app.synth()
