"""``HttpNamespace``, ``PrivateDnsNamespace``, ``PublicDnsNamespace``: where Cloud Map services live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Duration, Resource, ValidationError
from l1.servicediscovery import CfnHttpNamespace, CfnPrivateDnsNamespace, CfnPublicDnsNamespace
from l2.servicediscovery._refs import (
    HttpNamespaceReference,
    PrivateDnsNamespaceReference,
    PublicDnsNamespaceReference,
)
from l2.servicediscovery._service import Service
from l2.servicediscovery._types import NamespaceType

if TYPE_CHECKING:
    from l2.ec2 import IVpc
    from l2.servicediscovery._interfaces import IHttpNamespace, IPrivateDnsNamespace, IPublicDnsNamespace
    from l2.servicediscovery._types import (
        DiscoveryType,
        DnsRecordType,
        HealthCheckConfig,
        HealthCheckCustomConfig,
        RoutingPolicy,
    )


class _ImportedNamespace(Resource):
    """A namespace defined outside the app."""

    _TYPE: NamespaceType

    def __init__(self, scope: Construct, id: str, namespace_arn: str, namespace_id: str, namespace_name: str) -> None:
        super().__init__(scope, id)
        self.namespace_arn = namespace_arn
        self.namespace_id = namespace_id
        self.namespace_name = namespace_name
        self.type = self._TYPE


class _ImportedHttpNamespace(_ImportedNamespace):
    _TYPE = NamespaceType.HTTP

    @property
    def http_namespace_ref(self) -> HttpNamespaceReference:
        """The namespace's id and ARN."""
        return HttpNamespaceReference(http_namespace_arn=self.namespace_arn, http_namespace_id=self.namespace_id)


class _ImportedPrivateDnsNamespace(_ImportedNamespace):
    _TYPE = NamespaceType.DNS_PRIVATE

    @property
    def private_dns_namespace_ref(self) -> PrivateDnsNamespaceReference:
        """The namespace's id and ARN."""
        return PrivateDnsNamespaceReference(
            private_dns_namespace_arn=self.namespace_arn, private_dns_namespace_id=self.namespace_id
        )


class _ImportedPublicDnsNamespace(_ImportedNamespace):
    _TYPE = NamespaceType.DNS_PUBLIC

    @property
    def public_dns_namespace_ref(self) -> PublicDnsNamespaceReference:
        """The namespace's id and ARN."""
        return PublicDnsNamespaceReference(
            public_dns_namespace_arn=self.namespace_arn, public_dns_namespace_id=self.namespace_id
        )


class HttpNamespace(Resource):
    """A Cloud Map HTTP namespace: instances are discovered through the API only.

    Args:
        scope: the parent construct.
        id: the construct id.
        name: the namespace's name.
        description: a description (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.HttpNamespace"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, name: str, description: str | None = None) -> None:
        super().__init__(scope, id)
        ns = CfnHttpNamespace(self, "Resource", name=name, description=description)
        self.namespace_name: str = name
        """The namespace's name."""
        self.namespace_id: str = ns.attr_id
        """The namespace's id."""
        self.namespace_arn: str = ns.attr_arn
        """The namespace's ARN."""
        self.type: NamespaceType = NamespaceType.HTTP
        """``NamespaceType.HTTP``."""

    @staticmethod
    def from_http_namespace_attributes(
        scope: Construct, id: str, *, namespace_arn: str, namespace_id: str, namespace_name: str
    ) -> IHttpNamespace:
        """Import an existing HTTP namespace."""
        return _ImportedHttpNamespace(scope, id, namespace_arn, namespace_id, namespace_name)

    @property
    def http_namespace_arn(self) -> str:
        """The namespace's ARN."""
        return self.namespace_arn

    @property
    def http_namespace_name(self) -> str:
        """The namespace's name."""
        return self.namespace_name

    @property
    def http_namespace_id(self) -> str:
        """The namespace's id."""
        return self.namespace_id

    @property
    def http_namespace_ref(self) -> HttpNamespaceReference:
        """The namespace's id and ARN."""
        return HttpNamespaceReference(http_namespace_arn=self.namespace_arn, http_namespace_id=self.namespace_id)

    def create_service(
        self,
        id: str,
        *,
        custom_health_check: HealthCheckCustomConfig | None = None,
        description: str | None = None,
        health_check: HealthCheckConfig | None = None,
        name: str | None = None,
    ) -> Service:
        """Create a service in this namespace (discovered through the API)."""
        return Service(
            self,
            id,
            namespace=self,
            custom_health_check=custom_health_check,
            description=description,
            health_check=health_check,
            name=name,
        )


class _DnsNamespace(Resource):
    """What the private and public DNS namespaces share: ``create_service`` with DNS options."""

    def create_service(
        self,
        id: str,
        *,
        discovery_type: DiscoveryType | None = None,
        dns_record_type: DnsRecordType | None = None,
        dns_ttl: Duration | None = None,
        load_balancer: bool | None = None,
        routing_policy: RoutingPolicy | None = None,
        custom_health_check: HealthCheckCustomConfig | None = None,
        description: str | None = None,
        health_check: HealthCheckConfig | None = None,
        name: str | None = None,
    ) -> Service:
        """Create a service in this namespace.

        Args:
            id: the construct id of the service.
            discovery_type: how instances are discovered (default ``DNS_AND_API``).
            dns_record_type: the record type (default ``A``).
            dns_ttl: how long resolvers cache the records (default one minute).
            load_balancer: a load balancer will be registered (default false).
            routing_policy: the routing policy (default ``WEIGHTED`` for CNAME records and load balancers,
                ``MULTIVALUE`` otherwise).
            custom_health_check: a custom health check.
            description: a description.
            health_check: a Route 53 health check (public namespaces only).
            name: the service's name (default generated by CloudFormation).
        """
        return Service(
            self,
            id,
            namespace=self,  # type: ignore[arg-type]
            discovery_type=discovery_type,
            dns_record_type=dns_record_type,
            dns_ttl=dns_ttl,
            load_balancer=load_balancer,
            routing_policy=routing_policy,
            custom_health_check=custom_health_check,
            description=description,
            health_check=health_check,
            name=name,
        )


class PrivateDnsNamespace(_DnsNamespace):
    """A Cloud Map private DNS namespace: a Route 53 private hosted zone in a VPC.

    Args:
        scope: the parent construct.
        id: the construct id.
        name: the domain name.
        vpc: the VPC the namespace is associated with.
        description: a description (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.PrivateDnsNamespace"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, vpc: IVpc, name: str, description: str | None = None) -> None:
        super().__init__(scope, id)
        if vpc is None:
            raise ValidationError("VPC must be specified for PrivateDNSNamespaces", self)
        ns = CfnPrivateDnsNamespace(self, "Resource", name=name, description=description, vpc=vpc.vpc_id)
        self.namespace_name: str = name
        """The namespace's name."""
        self.namespace_id: str = ns.attr_id
        """The namespace's id."""
        self.namespace_arn: str = ns.attr_arn
        """The namespace's ARN."""
        self.namespace_hosted_zone_id: str = ns.attr_hosted_zone_id
        """The id of the hosted zone the namespace created."""
        self.type: NamespaceType = NamespaceType.DNS_PRIVATE
        """``NamespaceType.DNS_PRIVATE``."""

    @staticmethod
    def from_private_dns_namespace_attributes(
        scope: Construct, id: str, *, namespace_arn: str, namespace_id: str, namespace_name: str
    ) -> IPrivateDnsNamespace:
        """Import an existing private DNS namespace."""
        return _ImportedPrivateDnsNamespace(scope, id, namespace_arn, namespace_id, namespace_name)

    @property
    def private_dns_namespace_arn(self) -> str:
        """The namespace's ARN."""
        return self.namespace_arn

    @property
    def private_dns_namespace_name(self) -> str:
        """The namespace's name."""
        return self.namespace_name

    @property
    def private_dns_namespace_id(self) -> str:
        """The namespace's id."""
        return self.namespace_id

    @property
    def private_dns_namespace_ref(self) -> PrivateDnsNamespaceReference:
        """The namespace's id and ARN."""
        return PrivateDnsNamespaceReference(
            private_dns_namespace_arn=self.namespace_arn, private_dns_namespace_id=self.namespace_id
        )


class PublicDnsNamespace(_DnsNamespace):
    """A Cloud Map public DNS namespace: a Route 53 public hosted zone.

    Args:
        scope: the parent construct.
        id: the construct id.
        name: the domain name.
        description: a description (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.PublicDnsNamespace"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, name: str, description: str | None = None) -> None:
        super().__init__(scope, id)
        ns = CfnPublicDnsNamespace(self, "Resource", name=name, description=description)
        self.namespace_name: str = name
        """The namespace's name."""
        self.namespace_id: str = ns.attr_id
        """The namespace's id."""
        self.namespace_arn: str = ns.attr_arn
        """The namespace's ARN."""
        self.namespace_hosted_zone_id: str = ns.attr_hosted_zone_id
        """The id of the hosted zone the namespace created."""
        self.type: NamespaceType = NamespaceType.DNS_PUBLIC
        """``NamespaceType.DNS_PUBLIC``."""

    @staticmethod
    def from_public_dns_namespace_attributes(
        scope: Construct, id: str, *, namespace_arn: str, namespace_id: str, namespace_name: str
    ) -> IPublicDnsNamespace:
        """Import an existing public DNS namespace."""
        return _ImportedPublicDnsNamespace(scope, id, namespace_arn, namespace_id, namespace_name)

    @property
    def public_dns_namespace_arn(self) -> str:
        """The namespace's ARN."""
        return self.namespace_arn

    @property
    def public_dns_namespace_name(self) -> str:
        """The namespace's name."""
        return self.namespace_name

    @property
    def public_dns_namespace_id(self) -> str:
        """The namespace's id."""
        return self.namespace_id

    @property
    def public_dns_namespace_ref(self) -> PublicDnsNamespaceReference:
        """The namespace's id and ARN."""
        return PublicDnsNamespaceReference(
            public_dns_namespace_arn=self.namespace_arn, public_dns_namespace_id=self.namespace_id
        )
