"""Classic Elastic Load Balancing constructs (aws-cdk-lib: ``aws_cdk.aws_elasticloadbalancing``): ``LoadBalancer``,
its listeners and targets, the L1 classes."""

from constructs.internals import check_public_classes
from l1.elasticloadbalancing import *  # noqa: F403
from l1.elasticloadbalancing import __all__ as _l1_all
from l2.elasticloadbalancing._load_balancer import InstanceTarget, ListenerPort, LoadBalancer
from l2.elasticloadbalancing._types import (
    HealthCheck,
    ILoadBalancer,
    ILoadBalancerTarget,
    LoadBalancerListener,
    LoadBalancerProps,
    LoadBalancingProtocol,
)

__all__ = [
    *_l1_all,
    "HealthCheck",
    "ILoadBalancer",
    "ILoadBalancerTarget",
    "InstanceTarget",
    "ListenerPort",
    "LoadBalancer",
    "LoadBalancerListener",
    "LoadBalancerProps",
    "LoadBalancingProtocol",
]

check_public_classes(globals())
