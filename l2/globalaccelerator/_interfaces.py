"""The Global Accelerator interfaces: ``IAccelerator``, ``IListener``, ``IEndpointGroup``, ``IEndpoint``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from constructs import IResource


@runtime_checkable
class IAccelerator(IResource, Protocol):
    """An accelerator: ``Accelerator`` or one from ``from_accelerator_attributes``."""

    @property
    def accelerator_arn(self) -> str:
        """The ARN of the accelerator."""
        ...

    @property
    def dns_name(self) -> str:
        """The DNS name of the accelerator."""
        ...

    @property
    def dual_stack_dns_name(self) -> str | None:
        """The dual-stack DNS name of the accelerator."""
        ...

    @property
    def ipv4_addresses(self) -> Sequence[str] | None:
        """The IPv4 addresses of the accelerator."""
        ...

    @property
    def ipv6_addresses(self) -> Sequence[str] | None:
        """The IPv6 addresses of the accelerator."""
        ...


@runtime_checkable
class IListener(IResource, Protocol):
    """A listener: ``Listener`` or one from ``from_listener_arn``."""

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class IEndpointGroup(IResource, Protocol):
    """An endpoint group: ``EndpointGroup`` or one from ``from_endpoint_group_arn``."""

    @property
    def endpoint_group_arn(self) -> str:
        """The ARN of the endpoint group."""
        ...


@runtime_checkable
class IEndpoint(Protocol):
    """An endpoint of an endpoint group (``RawEndpoint`` or the ``globalaccelerator_endpoints`` classes)."""

    @property
    def region(self) -> str | None:
        """The region the endpoint is in (None: unknown)."""
        ...

    def render_endpoint_configuration(self) -> Any:
        """The endpoint's ``EndpointConfiguration`` (CloudFormation's camelCase keys)."""
        ...
