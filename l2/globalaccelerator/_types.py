"""The enums and structs of Global Accelerator: protocols, affinity, port ranges and overrides, the props."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.globalaccelerator._interfaces import IAccelerator, IEndpoint, IListener


class IpAddressType(enum.Enum):
    """The IP address types of an accelerator."""

    IPV4 = "IPV4"
    """IPv4 addresses only."""
    DUAL_STACK = "DUAL_STACK"
    """IPv4 and IPv6 addresses."""


class ConnectionProtocol(enum.Enum):
    """The protocol of a listener."""

    TCP = "TCP"
    """TCP."""
    UDP = "UDP"
    """UDP."""


class ClientAffinity(enum.Enum):
    """Whether a client keeps reaching the same endpoint."""

    NONE = "NONE"
    """No affinity: the 5-tuple (source and destination IPs and ports, protocol) picks the endpoint."""
    SOURCE_IP = "SOURCE_IP"
    """The source and destination IPs pick the endpoint."""


class HealthCheckProtocol(enum.Enum):
    """The protocol of an endpoint group's health checks."""

    TCP = "TCP"
    """TCP."""
    HTTP = "HTTP"
    """HTTP."""
    HTTPS = "HTTPS"
    """HTTPS."""


@structs.frozen(kw_only=True)
class PortRange:
    """A range of listener ports."""

    from_port: float
    """The first port of the range."""
    to_port: float | None = None
    """The last port of the range (default: ``from_port``)."""


@structs.frozen(kw_only=True)
class PortOverride:
    """Traffic for a listener port goes to another endpoint port."""

    endpoint_port: float
    """The endpoint port the traffic goes to."""
    listener_port: float
    """The listener port the traffic arrives on."""


@structs.frozen(kw_only=True)
class AcceleratorProps:
    """The properties of an ``Accelerator`` (see that class for each keyword)."""

    accelerator_name: str | None = None
    enabled: bool | None = None
    ip_addresses: Sequence[str] | None = None
    ip_address_type: IpAddressType | None = None


@structs.frozen(kw_only=True)
class AcceleratorAttributes:
    """What identifies an existing accelerator (``Accelerator.from_accelerator_attributes``)."""

    accelerator_arn: str
    """The ARN of the accelerator."""
    dns_name: str
    """The DNS name of the accelerator."""
    dual_stack_dns_name: str | None = None
    """The dual-stack DNS name of the accelerator."""
    ipv4_addresses: Sequence[str] | None = None
    """The IPv4 addresses of the accelerator."""
    ipv6_addresses: Sequence[str] | None = None
    """The IPv6 addresses of the accelerator."""


@structs.frozen(kw_only=True)
class ListenerOptions:
    """The options of a listener (``Accelerator.add_listener``; see ``Listener`` for each keyword)."""

    port_ranges: Sequence[PortRange]
    client_affinity: ClientAffinity | None = None
    listener_name: str | None = None
    protocol: ConnectionProtocol | None = None


@structs.frozen(kw_only=True)
class ListenerProps(ListenerOptions):
    """The properties of a ``Listener`` (see that class for each keyword)."""

    accelerator: IAccelerator


@structs.frozen(kw_only=True)
class EndpointGroupOptions:
    """The options of an endpoint group (``Listener.add_endpoint_group``; see ``EndpointGroup`` for each keyword)."""

    endpoint_group_name: str | None = None
    endpoints: Sequence[IEndpoint] | None = None
    health_check_interval: Duration | None = None
    health_check_path: str | None = None
    health_check_port: float | None = None
    health_check_protocol: HealthCheckProtocol | None = None
    health_check_threshold: float | None = None
    port_overrides: Sequence[PortOverride] | None = None
    region: str | None = None
    traffic_dial_percentage: float | None = None


@structs.frozen(kw_only=True)
class EndpointGroupProps(EndpointGroupOptions):
    """The properties of an ``EndpointGroup`` (see that class for each keyword)."""

    listener: IListener


@structs.frozen(kw_only=True)
class RawEndpointProps:
    """The properties of a ``RawEndpoint`` (see that class for each keyword)."""

    endpoint_id: str
    preserve_client_ip: bool | None = None
    region: str | None = None
    weight: float | None = None
