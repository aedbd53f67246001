"""AWS Global Accelerator constructs (aws-cdk-lib: ``aws_cdk.aws_globalaccelerator``): ``Accelerator``, ``Listener``,
``EndpointGroup``, ``RawEndpoint`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.globalaccelerator import *  # noqa: F403
from l1.globalaccelerator import __all__ as _l1_all
from l2.globalaccelerator._accelerator import Accelerator
from l2.globalaccelerator._endpoint import RawEndpoint
from l2.globalaccelerator._endpoint_group import EndpointGroup
from l2.globalaccelerator._interfaces import IAccelerator, IEndpoint, IEndpointGroup, IListener
from l2.globalaccelerator._listener import Listener
from l2.globalaccelerator._types import (
    AcceleratorAttributes,
    AcceleratorProps,
    ClientAffinity,
    ConnectionProtocol,
    EndpointGroupOptions,
    EndpointGroupProps,
    HealthCheckProtocol,
    IpAddressType,
    ListenerOptions,
    ListenerProps,
    PortOverride,
    PortRange,
    RawEndpointProps,
)

__all__ = [
    *_l1_all,
    "Accelerator",
    "AcceleratorAttributes",
    "AcceleratorProps",
    "ClientAffinity",
    "ConnectionProtocol",
    "EndpointGroup",
    "EndpointGroupOptions",
    "EndpointGroupProps",
    "HealthCheckProtocol",
    "IAccelerator",
    "IEndpoint",
    "IEndpointGroup",
    "IListener",
    "IpAddressType",
    "Listener",
    "ListenerOptions",
    "ListenerProps",
    "PortOverride",
    "PortRange",
    "RawEndpoint",
    "RawEndpointProps",
]

check_public_classes(globals())
