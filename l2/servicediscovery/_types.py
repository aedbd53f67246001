"""Cloud Map enums and structs: namespace and discovery types, DNS records, routing, health checks, props."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration
    from l2.ec2 import IVpc
    from l2.servicediscovery._interfaces import INamespace, IService


class NamespaceType(enum.Enum):
    """The kind of a namespace."""

    HTTP = "HTTP"
    """Instances are discovered through the Cloud Map API only."""
    DNS_PRIVATE = "DNS_PRIVATE"
    """DNS queries from inside a VPC (and the API)."""
    DNS_PUBLIC = "DNS_PUBLIC"
    """Public DNS queries (and the API)."""


class DiscoveryType(enum.Enum):
    """How a service's instances are discovered."""

    API = "API"
    """Through the Cloud Map API only."""
    DNS_AND_API = "DNS_AND_API"
    """Through DNS and the API."""


class DnsRecordType(enum.Enum):
    """The DNS record(s) Cloud Map creates for each instance."""

    A = "A"
    """An A record (IPv4)."""
    AAAA = "AAAA"
    """An AAAA record (IPv6)."""
    A_AAAA = "A, AAAA"
    """Both an A and an AAAA record."""
    SRV = "SRV"
    """An SRV record."""
    CNAME = "CNAME"
    """A CNAME record."""


class RoutingPolicy(enum.Enum):
    """How Route 53 answers when several instances are registered."""

    WEIGHTED = "WEIGHTED"
    """One instance chosen at random."""
    MULTIVALUE = "MULTIVALUE"
    """Up to eight healthy instances."""


class HealthCheckType(enum.Enum):
    """The kind of Route 53 health check."""

    HTTP = "HTTP"
    """An HTTP request expecting a 2xx or 3xx status."""
    HTTPS = "HTTPS"
    """An HTTPS request expecting a 2xx or 3xx status."""
    TCP = "TCP"
    """A TCP connection."""


@structs.frozen(kw_only=True)
class HealthCheckConfig:
    """A Route 53 health check of a service's instances (public DNS and HTTP namespaces).

    Args:
        failure_threshold: consecutive checks before the status changes (default 1).
        resource_path: the path requested (default ``/``; not with ``TCP``).
        type: the kind of check (default ``HTTP``).
    """

    failure_threshold: int | float | None = None
    resource_path: str | None = None
    type: HealthCheckType | None = None


@structs.frozen(kw_only=True)
class HealthCheckCustomConfig:
    """A custom health check, its status reported through the Cloud Map API.

    Args:
        failure_threshold: 30-second intervals to wait before the status changes (default 1).
    """

    failure_threshold: int | float | None = None


@structs.frozen(kw_only=True)
class BaseNamespaceProps:
    """What every namespace takes.

    Args:
        name: the namespace's name (a domain name for DNS namespaces).
        description: a description (default none).
    """

    name: str
    description: str | None = None


@structs.frozen(kw_only=True)
class HttpNamespaceProps:
    """The properties of an ``HttpNamespace``.

    Args:
        name: the namespace's name.
        description: a description (default none).
    """

    name: str
    description: str | None = None


@structs.frozen(kw_only=True)
class PublicDnsNamespaceProps:
    """The properties of a ``PublicDnsNamespace``.

    Args:
        name: the domain name.
        description: a description (default none).
    """

    name: str
    description: str | None = None


@structs.frozen(kw_only=True)
class PrivateDnsNamespaceProps:
    """The properties of a ``PrivateDnsNamespace``.

    Args:
        name: the domain name.
        vpc: the VPC the namespace's hosted zone is associated with.
        description: a description (default none).
    """

    name: str
    vpc: IVpc
    description: str | None = None


@structs.frozen(kw_only=True)
class HttpNamespaceAttributes:
    """An existing HTTP namespace.

    Args:
        namespace_arn: its ARN.
        namespace_id: its id.
        namespace_name: its name.
    """

    namespace_arn: str
    namespace_id: str
    namespace_name: str


@structs.frozen(kw_only=True)
class PrivateDnsNamespaceAttributes:
    """An existing private DNS namespace.

    Args:
        namespace_arn: its ARN.
        namespace_id: its id.
        namespace_name: its name.
    """

    namespace_arn: str
    namespace_id: str
    namespace_name: str


@structs.frozen(kw_only=True)
class PublicDnsNamespaceAttributes:
    """An existing public DNS namespace.

    Args:
        namespace_arn: its ARN.
        namespace_id: its id.
        namespace_name: its name.
    """

    namespace_arn: str
    namespace_id: str
    namespace_name: str


@structs.frozen(kw_only=True)
class BaseServiceProps:
    """What every service takes (``HttpNamespace.create_service``).

    Args:
        custom_health_check: a custom health check (not with ``health_check``).
        description: a description (default none).
        health_check: a Route 53 health check (not in private DNS namespaces; not with ``custom_health_check``).
        name: the service's name (default generated by CloudFormation).
    """

    custom_health_check: HealthCheckCustomConfig | None = None
    description: str | None = None
    health_check: HealthCheckConfig | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class DnsServiceProps:
    """A service in a DNS namespace (``create_service`` of the DNS namespaces).

    Args:
        custom_health_check: a custom health check (not with ``health_check``).
        description: a description (default none).
        health_check: a Route 53 health check (not in private DNS namespaces; not with ``custom_health_check``).
        name: the service's name (default generated by CloudFormation).
        discovery_type: how instances are discovered (default ``DNS_AND_API``; ``API`` in HTTP namespaces).
        dns_record_type: the record type (default ``A``).
        dns_ttl: how long resolvers cache the records (default one minute).
        load_balancer: a load balancer will be registered (sets ``WEIGHTED`` routing; default false).
        routing_policy: the routing policy (default ``WEIGHTED`` for CNAME records and load balancers,
            ``MULTIVALUE`` otherwise).
    """

    custom_health_check: HealthCheckCustomConfig | None = None
    description: str | None = None
    health_check: HealthCheckConfig | None = None
    name: str | None = None
    discovery_type: DiscoveryType | None = None
    dns_record_type: DnsRecordType | None = None
    dns_ttl: Duration | None = None
    load_balancer: bool | None = None
    routing_policy: RoutingPolicy | None = None


@structs.frozen(kw_only=True)
class ServiceProps:
    """The properties of a ``Service`` (``DnsServiceProps`` plus its ``namespace``).

    Args:
        custom_health_check: a custom health check (not with ``health_check``).
        description: a description (default none).
        health_check: a Route 53 health check (not in private DNS namespaces; not with ``custom_health_check``).
        name: the service's name (default generated by CloudFormation).
        discovery_type: how instances are discovered (default ``DNS_AND_API``; ``API`` in HTTP namespaces).
        dns_record_type: the record type (default ``A``).
        dns_ttl: how long resolvers cache the records (default one minute).
        load_balancer: a load balancer will be registered (default false).
        routing_policy: the routing policy (default ``WEIGHTED`` for CNAME records and load balancers,
            ``MULTIVALUE`` otherwise).
        namespace: the namespace the service belongs to.
    """

    namespace: INamespace
    custom_health_check: HealthCheckCustomConfig | None = None
    description: str | None = None
    health_check: HealthCheckConfig | None = None
    name: str | None = None
    discovery_type: DiscoveryType | None = None
    dns_record_type: DnsRecordType | None = None
    dns_ttl: Duration | None = None
    load_balancer: bool | None = None
    routing_policy: RoutingPolicy | None = None


@structs.frozen(kw_only=True)
class ServiceAttributes:
    """An existing service.

    Args:
        dns_record_type: its record type.
        namespace: its namespace.
        routing_policy: its routing policy.
        service_arn: its ARN.
        service_id: its id.
        service_name: its name.
        discovery_type: how its instances are discovered (default from the namespace's type).
    """

    dns_record_type: DnsRecordType
    namespace: INamespace
    routing_policy: RoutingPolicy
    service_arn: str
    service_id: str
    service_name: str
    discovery_type: DiscoveryType | None = None


@structs.frozen(kw_only=True)
class BaseInstanceProps:
    """What every instance takes.

    Args:
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None


@structs.frozen(kw_only=True)
class IpInstanceBaseProps:
    """An instance reached at an IP address (``Service.register_ip_instance``).

    Args:
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
        ipv4: the IPv4 address (for A records).
        ipv6: the IPv6 address (for AAAA records).
        port: the port, for health checks and SRV records (default 80).
    """

    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None
    ipv4: str | None = None
    ipv6: str | None = None
    port: int | float | None = None


@structs.frozen(kw_only=True)
class IpInstanceProps:
    """The properties of an ``IpInstance`` (``IpInstanceBaseProps`` plus its ``service``).

    Args:
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
        ipv4: the IPv4 address (for A records).
        ipv6: the IPv6 address (for AAAA records).
        port: the port, for health checks and SRV records (default 80).
        service: the service the instance is registered in.
    """

    service: IService
    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None
    ipv4: str | None = None
    ipv6: str | None = None
    port: int | float | None = None


@structs.frozen(kw_only=True)
class CnameInstanceBaseProps:
    """An instance reached at a domain name (``Service.register_cname_instance``).

    Args:
        instance_cname: the domain name DNS queries return.
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    instance_cname: str
    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None


@structs.frozen(kw_only=True)
class CnameInstanceProps:
    """The properties of a ``CnameInstance`` (``CnameInstanceBaseProps`` plus its ``service``).

    Args:
        instance_cname: the domain name DNS queries return.
        service: the service the instance is registered in.
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    instance_cname: str
    service: IService
    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None


@structs.frozen(kw_only=True)
class NonIpInstanceBaseProps:
    """An instance described by custom attributes only (``Service.register_non_ip_instance``).

    Args:
        custom_attributes: custom attributes of the instance (at least one).
        instance_id: the instance id (default generated from the construct path).
    """

    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None


@structs.frozen(kw_only=True)
class NonIpInstanceProps:
    """The properties of a ``NonIpInstance`` (``NonIpInstanceBaseProps`` plus its ``service``).

    Args:
        service: the service the instance is registered in.
        custom_attributes: custom attributes of the instance (at least one).
        instance_id: the instance id (default generated from the construct path).
    """

    service: IService
    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None


@structs.frozen(kw_only=True)
class AliasTargetInstanceProps:
    """The properties of an ``AliasTargetInstance`` (a load balancer behind a Route 53 alias record).

    Args:
        dns_name: the DNS name of the alias target.
        service: the service the instance is registered in.
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    dns_name: str
    service: IService
    custom_attributes: Mapping[str, str] | None = None
    instance_id: str | None = None
