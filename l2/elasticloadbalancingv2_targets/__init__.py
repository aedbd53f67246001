"""Load balancer targets (aws-cdk-lib: ``aws_cdk.aws_elasticloadbalancingv2_targets``): instances, IP addresses,
Lambda functions and Application Load Balancers."""

from constructs.internals import check_public_classes
from l2.elasticloadbalancingv2_targets._targets import (
    AlbArnTarget,
    AlbListenerTarget,
    AlbTarget,
    InstanceIdTarget,
    InstanceTarget,
    IpTarget,
    LambdaTarget,
)

__all__ = [
    "AlbArnTarget",
    "AlbListenerTarget",
    "AlbTarget",
    "InstanceIdTarget",
    "InstanceTarget",
    "IpTarget",
    "LambdaTarget",
]

check_public_classes(globals())
