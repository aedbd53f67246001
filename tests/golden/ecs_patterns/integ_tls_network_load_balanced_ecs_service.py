"""aws-cdk integ test ec2/tls-network-load-balanced-ecs-service: an NLB EC2 service with a TLS listener.

The original reads the certificate ARN from ``CERT_ARN``; this port uses a fixed ARN.
"""

from aws_cdk import App, Stack
from aws_cdk.aws_certificatemanager import Certificate
from aws_cdk.aws_ec2 import InstanceType, Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage
from aws_cdk.aws_ecs_patterns import NetworkLoadBalancedEc2Service, NetworkLoadBalancedTaskImageOptions

cert_arn = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"

app = App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
        "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
    }
)
stack = Stack(app, "tls-network-load-balanced-ecs-service")
vpc = Vpc(stack, "Vpc", max_azs=2)
cluster = Cluster(stack, "Cluster", vpc=vpc)

cluster.add_capacity("DefaultAutoScalingGroupCapacity", instance_type=InstanceType("t2.small"), desired_capacity=2)

listener_certificate = Certificate.from_certificate_arn(stack, "myCert", cert_arn)

NetworkLoadBalancedEc2Service(
    stack,
    "myServiceWithTls",
    cluster=cluster,
    memory_limit_mib=256,
    listener_certificate=listener_certificate,
    task_image_options=NetworkLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

app.synth()
