"""VPC endpoints: ``GatewayVpcEndpoint`` (S3, DynamoDB route-table entries) and ``InterfaceVpcEndpoint`` (ENIs)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Aws,
    Construct,
    ContextProvider,
    Lazy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l2.ec2._connections import Connections
from l2.ec2._endpoint_services import PREFIX_REGIONS, SERVICES, SUFFIX_REGIONS
from l2.ec2._peer import Peer
from l2.ec2._port import Port

if TYPE_CHECKING:
    from l1.interfaces.ec2 import VPCEndpointReference
    from l2.ec2._interfaces import IGatewayVpcEndpointService, IInterfaceVpcEndpointService, ISubnet
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._vpc import IVpc, SubnetSelection
    from l2.iam import PolicyDocument, PolicyStatement


class VpcEndpointType(enum.Enum):
    """The kind of a VPC endpoint."""

    INTERFACE = "Interface"
    GATEWAY = "Gateway"
    GATEWAYLOADBALANCER = "GatewayLoadBalancer"
    SERVICENETWORK = "ServiceNetwork"
    RESOURCE = "Resource"


class VpcEndpointIpAddressType(enum.Enum):
    """The IP addresses of an endpoint."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    DUALSTACK = "dualstack"


class VpcEndpointDnsRecordIpType(enum.Enum):
    """The DNS records an endpoint gets."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    DUALSTACK = "dualstack"
    SERVICE_DEFINED = "service-defined"


class VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint(enum.Enum):
    """Which resolvers get the endpoint's private DNS."""

    ALL_RESOLVERS = "AllResolvers"
    ONLY_INBOUND_RESOLVER = "OnlyInboundResolver"


class VpcEndpoint(Resource):
    """What gateway and interface endpoints share: the endpoint policy."""

    vpc_endpoint_id: str

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
        super().__init__(scope, id, account=account, environment_from_arn=environment_from_arn,
                         physical_name=physical_name, region=region)
        self._policy_document: PolicyDocument | None = None

    @property
    def policy_document(self) -> PolicyDocument | None:
        """The endpoint policy (``None`` until a statement is added)."""
        return self._policy_document

    @policy_document.setter
    def policy_document(self, value: PolicyDocument | None) -> None:
        self._policy_document = value

    def _policy_document_token(self) -> Any:
        return Lazy.uncached_any(lambda: self._policy_document)

    def add_to_policy(self, statement: PolicyStatement) -> None:
        """Add a statement (it must have a principal) to the endpoint policy."""
        from l2 import iam

        if not statement.has_principal:
            raise ValidationError("Statement must have a `Principal`.", self)
        if self._policy_document is None:
            self._policy_document = iam.PolicyDocument()
        self._policy_document.add_statements(statement)


class GatewayVpcEndpointAwsService:
    """An AWS service reachable through a gateway endpoint.

    Args:
        name: the service's short name (``s3``).
        prefix: the service name prefix (default ``com.amazonaws``).
    """

    DYNAMODB: GatewayVpcEndpointAwsService
    S3: GatewayVpcEndpointAwsService
    S3_EXPRESS: GatewayVpcEndpointAwsService

    def __init__(self, name: str, prefix: str | None = None) -> None:
        self.name = f"{prefix or 'com.amazonaws'}.{Aws.REGION}.{name}"


GatewayVpcEndpointAwsService.DYNAMODB = GatewayVpcEndpointAwsService("dynamodb")
GatewayVpcEndpointAwsService.S3 = GatewayVpcEndpointAwsService("s3")
GatewayVpcEndpointAwsService.S3_EXPRESS = GatewayVpcEndpointAwsService("s3express")


@structs.frozen(kw_only=True)
class GatewayVpcEndpointOptions:
    """A gateway endpoint to add to a VPC.

    Args:
        service: the service.
        subnets: the subnets whose route tables get the endpoint (default: every subnet).
        ip_address_type: the endpoint's IP address type.
        dns_record_ip_type: the endpoint's DNS record type.
    """

    service: IGatewayVpcEndpointService
    dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None
    ip_address_type: VpcEndpointIpAddressType | None = None
    subnets: Sequence[SubnetSelection] | None = None


def _route_table_ids(subnets: Sequence[ISubnet]) -> list[str]:
    out: list[str] = []
    for subnet in subnets:
        rt = subnet.route_table
        if rt is not None and rt.route_table_id and rt.route_table_id not in out:
            out.append(rt.route_table_id)
    return out


class GatewayVpcEndpoint(VpcEndpoint):
    """A gateway endpoint: routes to S3 or DynamoDB in the route tables of chosen subnets.

    Args:
        vpc: the VPC.
        service: the service.
        subnets: the subnets whose route tables get the endpoint (default: every subnet of the VPC).
        ip_address_type: the endpoint's IP address type.
        dns_record_ip_type: the endpoint's DNS record type.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.GatewayVpcEndpoint"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IGatewayVpcEndpointService,
        vpc: IVpc,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        subnets: Sequence[SubnetSelection] | None = None,
    ) -> None:
        from l1.ec2 import CfnVPCEndpoint
        from l2.ec2._vpc import _options

        super().__init__(scope, id)
        if subnets is not None:
            chosen = [s for sel in subnets for s in vpc.select_subnets(**_options(sel)).subnets]
        else:
            chosen = [*vpc.private_subnets, *vpc.public_subnets, *vpc.isolated_subnets]
        route_table_ids = _route_table_ids(chosen)
        if not route_table_ids:
            raise ValidationError("Can't add a gateway endpoint to VPC; route table IDs are not available", self)
        dns_options = (
            CfnVPCEndpoint.DnsOptionsSpecificationProperty(dns_record_ip_type=dns_record_ip_type.value)
            if dns_record_ip_type is not None
            else None
        )
        endpoint = CfnVPCEndpoint(
            self,
            "Resource",
            policy_document=self._policy_document_token(),
            route_table_ids=route_table_ids,
            service_name=service.name,
            vpc_endpoint_type=VpcEndpointType.GATEWAY.value,
            vpc_id=vpc.vpc_id,
            ip_address_type=ip_address_type.value if ip_address_type is not None else None,
            dns_options=dns_options,
        )
        self.vpc_endpoint_id = endpoint.ref
        self.vpc_endpoint_creation_timestamp: str = endpoint.attr_creation_timestamp
        self.vpc_endpoint_dns_entries: list[str] = endpoint.attr_dns_entries
        self.vpc_endpoint_network_interface_ids: list[str] = endpoint.attr_network_interface_ids

    @staticmethod
    def from_gateway_vpc_endpoint_id(scope: Construct, id: str, gateway_vpc_endpoint_id: str) -> VpcEndpoint:
        """An existing gateway endpoint."""
        imported = VpcEndpoint(scope, id)
        imported.vpc_endpoint_id = gateway_vpc_endpoint_id
        return imported


class InterfaceVpcEndpointService:
    """A service (e.g. an endpoint service of another account) reachable through an interface endpoint.

    Args:
        name: the service name.
        port: the port (default 443).
    """

    private_dns_default = False

    def __init__(self, name: str, port: int | None = None) -> None:
        self.name = name
        self.port = port or 443


def _default_prefix(name: str, region: str) -> str:
    if name in PREFIX_REGIONS.get(region, ()):
        if region == "eusc-de-east-1":
            return "eu.amazonaws"
        if region in ("us-iso-east-1", "us-iso-west-1"):
            return "gov.ic.c2s"
        if region in ("us-isob-east-1", "us-isob-west-1"):
            return "gov.sgov.sc2s"
        if region in ("us-isof-south-1", "us-isof-east-1"):
            return "gov.ic.hci.csp"
        if region == "eu-isoe-west-1":
            return "uk.adc-e.cloud"
        if region in ("cn-north-1", "cn-northwest-1"):
            return "cn.com.amazonaws"
    return "com.amazonaws"


# aws-cdk-lib's Python names of three services (jsii's case conversion), and the names pycdk keys them by
_JSII_NAMES = {"B2_B_DATA_INTERCHANGE": "B2B_DATA_INTERCHANGE", "LAMBDA_": "LAMBDA", "PRIVATE_5_G": "PRIVATE_5G"}


class _AwsServiceMeta(type):
    """Creates the ``InterfaceVpcEndpointAwsService.<NAME>`` constants on first use (there are hundreds)."""

    def __getattr__(cls, attr: str) -> Any:
        spec = SERVICES.get(_JSII_NAMES.get(attr, attr))
        if spec is None:
            raise AttributeError(f"type object 'InterfaceVpcEndpointAwsService' has no attribute '{attr}'")
        name, prefix, port, is_global = spec
        value = cls(name, prefix, port, global_=is_global or None)
        setattr(cls, attr, value)
        return value

    def __dir__(cls) -> list[str]:
        return sorted({*super().__dir__(), *SERVICES, *_JSII_NAMES})


class InterfaceVpcEndpointAwsService(metaclass=_AwsServiceMeta):
    """An AWS service reachable through an interface endpoint (``InterfaceVpcEndpointAwsService.SQS``, ...).

    Args:
        name: the service's short name.
        prefix: the service name prefix (default: by region, usually ``com.amazonaws``).
        port: the port (default 443).
        global_: the service name has no region.
    """

    private_dns_default = True

    def __init__(self, name: str, prefix: str | None = None, port: int | None = None, *,
                 global_: bool | None = None) -> None:
        region_prefix = "" if global_ else Lazy.uncached_string(lambda ctx: Stack.of(ctx.scope).region) + "."
        default_prefix = Lazy.uncached_string(lambda ctx: _default_prefix(name, Stack.of(ctx.scope).region))
        default_suffix = Lazy.uncached_string(
            lambda ctx: ".cn" if name in SUFFIX_REGIONS.get(Stack.of(ctx.scope).region, ()) else ""
        )
        self.name = f"{prefix or default_prefix}.{region_prefix}{name}{default_suffix}"
        self.short_name = name
        self.port = port or 443


@structs.frozen(kw_only=True)
class InterfaceVpcEndpointOptions:
    """An interface endpoint to add to a VPC (see ``InterfaceVpcEndpoint`` for the fields)."""

    service: IInterfaceVpcEndpointService
    dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None
    ip_address_type: VpcEndpointIpAddressType | None = None
    lookup_supported_azs: bool | None = None
    open: bool | None = None
    private_dns_enabled: bool | None = None
    private_dns_only_for_inbound_resolver_endpoint: VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    service_region: str | None = None
    subnets: SubnetSelection | None = None


class InterfaceVpcEndpoint(VpcEndpoint):
    """An interface endpoint: network interfaces for a service in one subnet per AZ.

    Args:
        vpc: the VPC.
        service: the service (``InterfaceVpcEndpointAwsService.*`` or ``InterfaceVpcEndpointService``).
        open: allow the VPC's CIDR to reach the endpoint port (default true).
        private_dns_enabled: associate a private hosted zone (default: the service's default).
        security_groups: the endpoint's groups (default: a new one).
        subnets: where to put the interfaces (one per AZ; default the private subnets).
        lookup_supported_azs: keep only the AZs the service supports (a context lookup).
        ip_address_type: the endpoint's IP address type.
        dns_record_ip_type: the endpoint's DNS record type.
        private_dns_only_for_inbound_resolver_endpoint: which resolvers get the private DNS.
        service_region: the region of a cross-region service.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.InterfaceVpcEndpoint"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service: IInterfaceVpcEndpointService,
        vpc: IVpc,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        lookup_supported_azs: bool | None = None,
        open: bool | None = None,
        private_dns_enabled: bool | None = None,
        private_dns_only_for_inbound_resolver_endpoint: VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint
        | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        service_region: str | None = None,
        subnets: SubnetSelection | None = None,
    ) -> None:
        from l1.ec2 import CfnVPCEndpoint
        from l2.ec2._security_group import SecurityGroup

        super().__init__(scope, id)
        groups = list(security_groups) if security_groups else [SecurityGroup(self, "SecurityGroup", vpc=vpc)]
        self.security_group_id: str = groups[0].security_group_id
        self.connections = Connections(default_port=Port.tcp(service.port), security_groups=groups)  # type: ignore[arg-type]
        if open is not False:
            self.connections.allow_default_port_from(Peer.ipv4(vpc.vpc_cidr_block))
        subnet_ids = self._endpoint_subnets(vpc, service, subnets, lookup_supported_azs)
        dns_options = None
        if dns_record_ip_type is not None or private_dns_only_for_inbound_resolver_endpoint is not None:
            dns_options = CfnVPCEndpoint.DnsOptionsSpecificationProperty(
                dns_record_ip_type=dns_record_ip_type.value if dns_record_ip_type is not None else None,
                private_dns_only_for_inbound_resolver_endpoint=private_dns_only_for_inbound_resolver_endpoint.value
                if private_dns_only_for_inbound_resolver_endpoint is not None
                else None,
            )
        endpoint = CfnVPCEndpoint(
            self,
            "Resource",
            private_dns_enabled=private_dns_enabled
            if private_dns_enabled is not None
            else getattr(service, "private_dns_default", True),
            policy_document=self._policy_document_token(),
            security_group_ids=[g.security_group_id for g in groups],
            service_name=service.name,
            vpc_endpoint_type=VpcEndpointType.INTERFACE.value,
            subnet_ids=subnet_ids,
            vpc_id=vpc.vpc_id,
            ip_address_type=ip_address_type.value if ip_address_type is not None else None,
            dns_options=dns_options,
            service_region=service_region or None,
        )
        self.vpc_endpoint_id = endpoint.ref
        self.vpc_endpoint_creation_timestamp: str = endpoint.attr_creation_timestamp
        self.vpc_endpoint_dns_entries: list[str] = endpoint.attr_dns_entries
        self.vpc_endpoint_network_interface_ids: list[str] = endpoint.attr_network_interface_ids

    def _endpoint_subnets(self, vpc: Any, service: Any, subnets: Any, lookup_supported_azs: bool | None) -> list[str]:
        from l2.ec2._vpc import _options

        fields = _options(subnets) if subnets is not None else {}
        fields["one_per_az"] = True
        selection = vpc.select_subnets(**fields)
        if not selection.is_pending_lookup and not selection.subnets:
            raise ValidationError("Cannot create a VPC Endpoint with no subnets", self)
        if not lookup_supported_azs:
            return list(selection.subnet_ids)
        name = service.name
        if Token.is_unresolved(name) and isinstance(service, InterfaceVpcEndpointAwsService):
            name = Stack.of(self).resolve(name)
        self._validate_can_lookup(selection.subnets, name)
        available = ContextProvider.get_value(
            self,
            provider="endpoint-service-availability-zones",
            dummy_value=self.stack.availability_zones,
            props={"serviceName": name},
        ).value
        if not isinstance(available, list):
            raise ValidationError(f"Discovered AZs for endpoint service {name} must be an array", self)
        kept = [s for s in selection.subnets if s.availability_zone in available]
        if not kept:
            raise ValidationError(
                f"lookupSupportedAzs returned {','.join(available)} but subnets have AZs "
                f"{','.join(s.availability_zone for s in selection.subnets)}",
                self,
            )
        return [s.subnet_id for s in kept]

    def _validate_can_lookup(self, subnets: Sequence[Any], service_name: str) -> None:
        if Token.is_unresolved(self.env.account) or Token.is_unresolved(self.env.region):
            raise ValidationError(
                "Cannot look up VPC endpoint availability zones if account/region are not specified", self
            )
        if Token.is_unresolved(service_name):
            raise ValidationError(f"Cannot lookup AZs for a service name with a Token: {service_name}", self)
        if any(Token.is_unresolved(s.availability_zone) for s in subnets):
            agnostic = [str(s) for s in subnets if Token.is_unresolved(s.availability_zone)]
            raise ValidationError(
                f"lookupSupportedAzs cannot filter on subnets with Token AZs: {','.join(agnostic)}", self
            )

    @staticmethod
    def from_interface_vpc_endpoint_attributes(
        scope: Construct,
        id: str,
        *,
        port: int,
        vpc_endpoint_id: str,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> Resource:
        """An existing interface endpoint, with its port and security groups."""
        groups = list(security_groups or [])
        imported = Resource(scope, id)
        imported.vpc_endpoint_id = vpc_endpoint_id  # type: ignore[attr-defined]
        imported.connections = Connections(default_port=Port.tcp(port), security_groups=groups)  # type: ignore[attr-defined]
        return imported


def _vpc_endpoint_ref(self: VpcEndpoint) -> VPCEndpointReference:
    """A reference to this endpoint (``vpc_endpoint_id``)."""
    from l1.interfaces.ec2 import VPCEndpointReference

    return VPCEndpointReference(vpc_endpoint_id=self.vpc_endpoint_id)


VpcEndpoint.vpc_endpoint_ref = property(_vpc_endpoint_ref)  # type: ignore[attr-defined]
