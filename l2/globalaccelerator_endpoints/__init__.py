"""Global Accelerator endpoints (aws-cdk-lib: ``aws_cdk.aws_globalaccelerator_endpoints``): load balancers,
instances and Elastic IPs as endpoints of an ``EndpointGroup``."""

from constructs.internals import check_public_classes
from l2.globalaccelerator_endpoints._endpoints import (
    ApplicationLoadBalancerEndpoint,
    ApplicationLoadBalancerEndpointOptions,
    CfnEipEndpoint,
    CfnEipEndpointProps,
    InstanceEndpoint,
    InstanceEndpointProps,
    NetworkLoadBalancerEndpoint,
    NetworkLoadBalancerEndpointProps,
)

__all__ = [
    "ApplicationLoadBalancerEndpoint",
    "ApplicationLoadBalancerEndpointOptions",
    "CfnEipEndpoint",
    "CfnEipEndpointProps",
    "InstanceEndpoint",
    "InstanceEndpointProps",
    "NetworkLoadBalancerEndpoint",
    "NetworkLoadBalancerEndpointProps",
]

check_public_classes(globals())
