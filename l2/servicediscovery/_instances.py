"""Cloud Map instances: ``IpInstance``, ``CnameInstance``, ``NonIpInstance``, ``AliasTargetInstance``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Construct, Names, Resource, ValidationError
from l1.servicediscovery import CfnInstance
from l2.servicediscovery._refs import InstanceReference
from l2.servicediscovery._types import DiscoveryType, DnsRecordType, NamespaceType, RoutingPolicy

if TYPE_CHECKING:
    from l2.servicediscovery._interfaces import IService


class InstanceBase(Resource):
    """What every instance offers: its id, its service and its ``instance_ref``.

    Args:
        scope: the parent construct.
        id: the construct id.
        account: the account the instance lives in (default the stack's).
        environment_from_arn: an ARN to take the account and region from.
        physical_name: the physical name.
        region: the region the instance lives in (default the stack's).
    """

    instance_id: str
    service: IService

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            account=account,
            environment_from_arn=environment_from_arn,
            physical_name=physical_name,
            region=region,
        )

    @property
    def instance_ref(self) -> InstanceReference:
        """The instance's id and its service's id."""
        return InstanceReference(instance_id=self.instance_id, service_id=self.service.service_id)

    def _unique_instance_id(self) -> str:
        """A unique id Cloud Map accepts: the last 64 characters of the construct's unique id."""
        return Names.unique_id(self)[-64:]


def _attributes(fixed: Mapping[str, str | None], custom: Mapping[str, str] | None) -> dict[str, str]:
    merged = {**fixed, **(custom or {})}
    return {k: v for k, v in merged.items() if v is not None}


class IpInstance(InstanceBase):
    """An instance reached at an IP address (A, AAAA or SRV services).

    Args:
        scope: the parent construct.
        id: the construct id.
        service: the service the instance is registered in.
        ipv4: the IPv4 address (required for A records).
        ipv6: the IPv6 address (required for AAAA records).
        port: the port, for health checks and SRV records (default 80; required for SRV records).
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.IpInstance"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IService,
        ipv4: str | None = None,
        ipv6: str | None = None,
        port: int | float | None = None,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        record_type = service.dns_record_type
        if record_type == DnsRecordType.CNAME:
            raise ValidationError(
                "Service must support `A`, `AAAA` or `SRV` records to register this instance type.", self
            )
        if record_type == DnsRecordType.SRV:
            if not port:
                raise ValidationError("A `port` must be specified for a service using a `SRV` record.", self)
            if not ipv4 and not ipv6:
                raise ValidationError(
                    "At least `ipv4` or `ipv6` must be specified for a service using a `SRV` record.", self
                )
        if not ipv4 and record_type in (DnsRecordType.A, DnsRecordType.A_AAAA):
            raise ValidationError("An `ipv4` must be specified for a service using a `A` record.", self)
        if not ipv6 and record_type in (DnsRecordType.AAAA, DnsRecordType.A_AAAA):
            raise ValidationError("An `ipv6` must be specified for a service using a `AAAA` record.", self)
        the_port = port or 80
        port_text = str(int(the_port)) if float(the_port).is_integer() else str(the_port)
        resource = CfnInstance(
            self,
            "Resource",
            instance_attributes=_attributes(
                {"AWS_INSTANCE_IPV4": ipv4, "AWS_INSTANCE_IPV6": ipv6, "AWS_INSTANCE_PORT": port_text},
                custom_attributes,
            ),
            instance_id=instance_id or self._unique_instance_id(),
            service_id=service.service_id,
        )
        self.service: IService = service
        """The service the instance is registered in."""
        self.instance_id: str = resource.ref
        """The instance's id."""
        self.ipv4: str = ipv4 or ""
        """The IPv4 address, or an empty string."""
        self.ipv6: str = ipv6 or ""
        """The IPv6 address, or an empty string."""
        self.port: int | float = the_port
        """The port."""


class CnameInstance(InstanceBase):
    """An instance reached at a domain name (CNAME services).

    Args:
        scope: the parent construct.
        id: the construct id.
        service: the service the instance is registered in.
        instance_cname: the domain name DNS queries return.
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.CnameInstance"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IService,
        instance_cname: str,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if service.namespace.type == NamespaceType.HTTP:
            raise ValidationError("Namespace associated with Service must be a DNS Namespace.", self)
        if service.dns_record_type != DnsRecordType.CNAME:
            raise ValidationError("A `CnameIntance` can only be used with a service using a `CNAME` record.", self)
        resource = CfnInstance(
            self,
            "Resource",
            instance_id=instance_id or self._unique_instance_id(),
            service_id=service.service_id,
            instance_attributes=_attributes({"AWS_INSTANCE_CNAME": instance_cname}, custom_attributes),
        )
        self.service: IService = service
        """The service the instance is registered in."""
        self.instance_id: str = resource.ref
        """The instance's id."""
        self.cname: str = instance_cname
        """The domain name DNS queries return."""


class NonIpInstance(InstanceBase):
    """An instance described by custom attributes only (services discovered through the API).

    Args:
        scope: the parent construct.
        id: the construct id.
        service: the service the instance is registered in.
        custom_attributes: custom attributes of the instance (at least one).
        instance_id: the instance id (default generated from the construct path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.NonIpInstance"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IService,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        discovery = service.discovery_type or (
            DiscoveryType.API if service.namespace.type == NamespaceType.HTTP else DiscoveryType.DNS_AND_API
        )
        if discovery != DiscoveryType.API:
            raise ValidationError("This type of instance can only be registered for HTTP namespaces.", self)
        if not custom_attributes:
            raise ValidationError("You must specify at least one custom attribute for this instance type.", self)
        resource = CfnInstance(
            self,
            "Resource",
            instance_id=instance_id or self._unique_instance_id(),
            service_id=service.service_id,
            instance_attributes=dict(custom_attributes),
        )
        self.service: IService = service
        """The service the instance is registered in."""
        self.instance_id: str = resource.ref
        """The instance's id."""


class AliasTargetInstance(InstanceBase):
    """A load balancer registered through a Route 53 alias record (A/AAAA services with WEIGHTED routing).

    Args:
        scope: the parent construct.
        id: the construct id.
        dns_name: the DNS name of the alias target.
        service: the service the instance is registered in.
        custom_attributes: custom attributes of the instance.
        instance_id: the instance id (default generated from the construct path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicediscovery.AliasTargetInstance"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dns_name: str,
        service: IService,
        custom_attributes: Mapping[str, str] | None = None,
        instance_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if service.namespace.type == NamespaceType.HTTP:
            raise ValidationError("Namespace associated with Service must be a DNS Namespace.", self)
        if service.dns_record_type not in (DnsRecordType.A, DnsRecordType.AAAA, DnsRecordType.A_AAAA):
            raise ValidationError("Service must use `A` or `AAAA` records to register an AliasRecordTarget.", self)
        if service.routing_policy != RoutingPolicy.WEIGHTED:
            raise ValidationError("Service must use `WEIGHTED` routing policy.", self)
        resource = CfnInstance(
            self,
            "Resource",
            instance_attributes=_attributes({"AWS_ALIAS_DNS_NAME": dns_name}, custom_attributes),
            instance_id=instance_id or Names.unique_id(self),
            service_id=service.service_id,
        )
        self.service: IService = service
        """The service the instance is registered in."""
        self.instance_id: str = resource.ref
        """The instance's id."""
        self.dns_name: str = dns_name
        """The DNS name of the alias target."""
