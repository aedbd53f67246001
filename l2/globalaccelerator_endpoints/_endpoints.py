"""Endpoints of a Global Accelerator endpoint group: load balancers, EC2 instances and Elastic IPs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Stack, Token, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Construct
    from l1.ec2 import CfnEIP
    from l2.ec2 import IInstance
    from l2.elasticloadbalancingv2 import IApplicationLoadBalancer, INetworkLoadBalancer


def _validate_weight(scope: Construct, weight: float | None) -> None:
    if weight is not None and not Token.is_unresolved(weight) and not 0 <= weight <= 255:
        raise ValidationError(f"'weight' must be between 0 and 255, got: {weight:g}", scope)


@structs.frozen(kw_only=True)
class ApplicationLoadBalancerEndpointOptions:
    """The options of an ``ApplicationLoadBalancerEndpoint`` (see that class for each keyword)."""

    preserve_client_ip: bool | None = None
    weight: float | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancerEndpointProps:
    """The options of a ``NetworkLoadBalancerEndpoint`` (see that class for each keyword)."""

    preserve_client_ip: bool | None = None
    weight: float | None = None


@structs.frozen(kw_only=True)
class InstanceEndpointProps:
    """The options of an ``InstanceEndpoint`` (see that class for each keyword)."""

    preserve_client_ip: bool | None = None
    weight: float | None = None


@structs.frozen(kw_only=True)
class CfnEipEndpointProps:
    """The options of a ``CfnEipEndpoint`` (see that class for each keyword)."""

    weight: float | None = None


class _Endpoint:
    _id: str
    _weight: float | None
    _preserve_client_ip: bool | None
    _region: str | None

    @property
    def region(self) -> str | None:
        """The region the endpoint is in."""
        return self._region

    def render_endpoint_configuration(self) -> dict[str, object]:
        """The endpoint's ``EndpointConfiguration``."""
        return {"endpointId": self._id, "weight": self._weight, "clientIpPreservationEnabled": self._preserve_client_ip}


class ApplicationLoadBalancerEndpoint(_Endpoint):
    """An Application Load Balancer as an endpoint.

    Args:
        load_balancer: the load balancer.
        preserve_client_ip: whether the client's IP address is preserved (default: true in the service).
        weight: the endpoint's weight, 0 to 255 (default: 128 in the service).
    """

    def __init__(self, load_balancer: IApplicationLoadBalancer, *, preserve_client_ip: bool | None = None,
                 weight: float | None = None) -> None:
        _validate_weight(load_balancer, weight)
        self._id = load_balancer.load_balancer_arn
        self._weight, self._preserve_client_ip = weight, preserve_client_ip
        self._region = load_balancer.env.region


class NetworkLoadBalancerEndpoint(_Endpoint):
    """A Network Load Balancer as an endpoint.

    Args:
        load_balancer: the load balancer.
        preserve_client_ip: whether the client's IP address is preserved.
        weight: the endpoint's weight, 0 to 255 (default: 128 in the service).
    """

    def __init__(self, load_balancer: INetworkLoadBalancer, *, preserve_client_ip: bool | None = None,
                 weight: float | None = None) -> None:
        _validate_weight(load_balancer, weight)
        self._id = load_balancer.load_balancer_arn
        self._weight, self._preserve_client_ip = weight, preserve_client_ip
        self._region = load_balancer.env.region


class InstanceEndpoint(_Endpoint):
    """An EC2 instance as an endpoint.

    Args:
        instance: the instance.
        preserve_client_ip: whether the client's IP address is preserved (default: true in the service).
        weight: the endpoint's weight, 0 to 255 (default: 128 in the service).
    """

    def __init__(self, instance: IInstance, *, preserve_client_ip: bool | None = None,
                 weight: float | None = None) -> None:
        _validate_weight(instance, weight)
        self._id = instance.instance_id
        self._weight, self._preserve_client_ip = weight, preserve_client_ip
        self._region = instance.env.region


class CfnEipEndpoint(_Endpoint):
    """An Elastic IP (``CfnEIP``) as an endpoint.

    Args:
        eip: the Elastic IP.
        weight: the endpoint's weight, 0 to 255 (default: 128 in the service).
    """

    def __init__(self, eip: CfnEIP, *, weight: float | None = None) -> None:
        _validate_weight(eip, weight)
        self._id = eip.attr_allocation_id
        self._weight, self._preserve_client_ip = weight, None
        self._region = Stack.of(eip).region

    def render_endpoint_configuration(self) -> dict[str, object]:
        """The endpoint's ``EndpointConfiguration`` (an Elastic IP takes no client IP preservation)."""
        return {"endpointId": self._id, "weight": self._weight}
