"""Cloud Map interfaces: ``INamespace`` (and its HTTP/private/public kinds), ``IService``, ``IInstance``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.servicediscovery._types import DiscoveryType, DnsRecordType, NamespaceType, RoutingPolicy


@runtime_checkable
class INamespace(Protocol):
    """A Cloud Map namespace (aws-cdk-lib's ``aws_servicediscovery.INamespace``)."""

    @property
    def namespace_arn(self) -> str:
        """The namespace's ARN."""
        ...

    @property
    def namespace_id(self) -> str:
        """The namespace's id."""
        ...

    @property
    def namespace_name(self) -> str:
        """The namespace's name."""
        ...

    @property
    def type(self) -> NamespaceType:
        """The namespace's kind."""
        ...


@runtime_checkable
class IHttpNamespace(INamespace, Protocol):
    """An HTTP namespace (aws-cdk-lib's ``aws_servicediscovery.IHttpNamespace``)."""


@runtime_checkable
class IPrivateDnsNamespace(INamespace, Protocol):
    """A private DNS namespace (aws-cdk-lib's ``aws_servicediscovery.IPrivateDnsNamespace``)."""


@runtime_checkable
class IPublicDnsNamespace(INamespace, Protocol):
    """A public DNS namespace (aws-cdk-lib's ``aws_servicediscovery.IPublicDnsNamespace``)."""


@runtime_checkable
class IService(Protocol):
    """A Cloud Map service (aws-cdk-lib's ``aws_servicediscovery.IService``)."""

    @property
    def discovery_type(self) -> DiscoveryType:
        """How the service's instances are discovered."""
        ...

    @property
    def dns_record_type(self) -> DnsRecordType:
        """The service's DNS record type."""
        ...

    @property
    def namespace(self) -> INamespace:
        """The service's namespace."""
        ...

    @property
    def routing_policy(self) -> RoutingPolicy:
        """The service's routing policy."""
        ...

    @property
    def service_arn(self) -> str:
        """The service's ARN."""
        ...

    @property
    def service_id(self) -> str:
        """The service's id."""
        ...

    @property
    def service_name(self) -> str:
        """The service's name."""
        ...


@runtime_checkable
class IInstance(Protocol):
    """An instance registered in a service (aws-cdk-lib's ``aws_servicediscovery.IInstance``)."""

    @property
    def instance_id(self) -> str:
        """The instance's id."""
        ...

    @property
    def service(self) -> IService:
        """The service the instance is registered in."""
        ...
