"""``Vpc``: a VPC with subnet groups spread over availability zones; imported and looked-up VPCs."""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Arn,
    ArnComponents,
    Construct,
    ContextProvider,
    Dependable,
    DependencyGroup,
    FeatureFlags,
    Resource,
    Stack,
    Tags,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import check_deprecated_props, structs
from l2.ec2._ip_addresses import IpAddresses, Ipv6Addresses, RequestedSubnet
from l2.ec2._nat import NatProvider, RegionalNatGatewayProvider
from l2.ec2._subnet import PrivateSubnet, PublicSubnet, Subnet
from l2.ec2._subnet_filter import SubnetFilter

if TYPE_CHECKING:
    from constructs import IDependable
    from l1.interfaces.ec2 import VPCReference
    from l2.ec2._client_vpn import (
        ClientRouteEnforcementOptions,
        ClientVpnEndpoint,
        ClientVpnSessionTimeout,
        ClientVpnUserBasedAuthentication,
        TransportProtocol,
        VpnPort,
    )
    from l2.ec2._flow_logs import (
        FlowLog,
        FlowLogDestination,
        FlowLogMaxAggregationInterval,
        FlowLogOptions,
        FlowLogTrafficType,
        LogFormat,
    )
    from l2.ec2._interfaces import (
        IClientVpnConnectionHandler,
        IGatewayVpcEndpointService,
        IInterfaceVpcEndpointService,
        ISubnet,
    )
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._vpc_endpoint import (
        GatewayVpcEndpoint,
        GatewayVpcEndpointOptions,
        InterfaceVpcEndpoint,
        VpcEndpointDnsRecordIpType,
        VpcEndpointIpAddressType,
        VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint,
    )
    from l2.ec2._vpn import VpnConnection, VpnConnectionOptions, VpnTunnelOption
    from l2.logs import ILogGroup, ILogStream

RESTRICT_DEFAULT_SG_FLAG = "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup"
REQUIRE_PRIVATE_SUBNETS_FOR_EIGW_FLAG = "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway"
FAKE_AZ_NAME = "fake-az"


class SubnetType(enum.Enum):
    """What a subnet group is for; decides its routes."""

    PRIVATE_ISOLATED = "Isolated"
    """No route to the internet."""
    ISOLATED = "Deprecated_Isolated"
    """Deprecated: use PRIVATE_ISOLATED."""
    PRIVATE_WITH_EGRESS = "Private"
    """Outbound internet access through NAT (or another egress you add)."""
    PRIVATE_WITH_NAT = "Deprecated_Private_NAT"
    """Deprecated: use PRIVATE_WITH_EGRESS."""
    PRIVATE = "Deprecated_Private"
    """Deprecated: use PRIVATE_WITH_EGRESS."""
    PUBLIC = "Public"
    """A default route to the internet gateway."""


_PRIVATE_TYPES = (SubnetType.PRIVATE_WITH_EGRESS, SubnetType.PRIVATE_WITH_NAT, SubnetType.PRIVATE)
_ISOLATED_TYPES = (SubnetType.PRIVATE_ISOLATED, SubnetType.ISOLATED)


class DefaultInstanceTenancy(enum.Enum):
    """The default tenancy of instances launched in the VPC."""

    DEFAULT = "default"
    DEDICATED = "dedicated"
    HOST = "host"


class IpProtocol(enum.Enum):
    """The IP protocols of a VPC."""

    IPV4_ONLY = "Ipv4_Only"
    DUAL_STACK = "Dual_Stack"


def default_subnet_name(subnet_type: SubnetType) -> str:
    """``Public``, ``Private`` or ``Isolated``: the default group name of a subnet type."""
    if subnet_type == SubnetType.PUBLIC:
        return "Public"
    if subnet_type in _PRIVATE_TYPES:
        return "Private"
    return "Isolated"


def subnet_group_name_from_construct_id(subnet: Any) -> str:
    """The group name of a subnet: its construct id without ``Subnet<n>``."""
    return re.sub(r"Subnet\d+$", "", subnet.node.id)


@structs.frozen(kw_only=True)
class SubnetConfiguration:
    """One subnet group, created in every availability zone of the VPC.

    Args:
        name: the group name (subnet ids are ``<name>Subnet<n>``).
        subnet_type: what the subnets are for.
        cidr_mask: the netmask of each subnet (default: the remaining space, split evenly).
        ipv6_assign_address_on_creation: give instances an IPv6 address (dual-stack VPCs only).
        map_public_ip_on_launch: give instances a public IPv4 (public subnets only; default true).
        reserved: keep the address space but create no subnets.
    """

    name: str
    subnet_type: SubnetType
    cidr_mask: int | None = None
    ipv6_assign_address_on_creation: bool | None = None
    map_public_ip_on_launch: bool | None = None
    reserved: bool | None = None


@structs.frozen(kw_only=True)
class SubnetSelection:
    """Which subnets of a VPC to use.

    Args:
        availability_zones: only subnets in these AZs.
        one_per_az: only the first subnet of each AZ.
        subnet_filters: further filters.
        subnet_group_name: the subnets of this group.
        subnets: these exact subnets.
        subnet_type: the subnets of this type (default: private, else isolated, else public).
    """

    availability_zones: Sequence[str] | None = None
    one_per_az: bool | None = None
    subnet_filters: Sequence[SubnetFilter] | None = None
    subnet_group_name: str | None = None
    subnets: Sequence[ISubnet] | None = None
    subnet_type: SubnetType | None = None


@structs.frozen(kw_only=True)
class SelectedSubnets:
    """The result of ``select_subnets``.

    Args:
        availability_zones: the AZ of each subnet.
        has_public: whether any of them is public.
        internet_connectivity_established: depend on this to wait for their internet routes.
        subnet_ids: the subnet ids.
        subnets: the subnets.
        is_pending_lookup: true while a ``Vpc.from_lookup`` still shows its dummy value.
    """

    availability_zones: Sequence[str]
    has_public: bool
    internet_connectivity_established: IDependable
    subnet_ids: Sequence[str]
    subnets: Sequence[ISubnet]
    is_pending_lookup: bool | None = None


class _LazySelectedSubnets(SelectedSubnets):
    """``SelectedSubnets`` whose ``availability_zones`` are read from the subnets on use, as aws-cdk-lib's getter
    does: an imported subnet without an AZ only fails when its AZ is needed."""

    @property  # type: ignore[misc]
    def availability_zones(self) -> list[str]:  # type: ignore[override]
        return [s.availability_zone for s in self.subnets]


class _CompositeDependable(Dependable):
    def __init__(self) -> None:
        self._deps: list[Any] = []

    def add(self, dep: Any) -> None:
        self._deps.append(dep)

    @property
    def dependency_roots(self) -> list[Any]:
        out: list[Any] = []
        for dep in self._deps:
            out.extend(Dependable.of(dep).dependency_roots)
        return out


class VpcBase(Resource):
    """What new, imported and looked-up VPCs share: subnet selection, endpoints, flow logs."""

    vpc_id: str
    vpc_arn: str
    vpc_cidr_block: str
    public_subnets: list[ISubnet]
    private_subnets: list[ISubnet]
    isolated_subnets: list[ISubnet]
    availability_zones: list[str]
    internet_connectivity_established: IDependable

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
            scope, id, account=account, environment_from_arn=environment_from_arn, physical_name=physical_name,
            region=region,
        )
        self.nat_dependencies: list[Any] = []
        self.incomplete_subnet_definition = False
        self._vpn_gateway_id: str | None = None

    @property
    def vpn_gateway_id(self) -> str | None:
        """The VPN gateway id, once one is enabled."""
        return self._vpn_gateway_id

    def select_subnets(
        self,
        *,
        availability_zones: Sequence[str] | None = None,
        one_per_az: bool | None = None,
        subnet_filters: Sequence[SubnetFilter] | None = None,
        subnet_group_name: str | None = None,
        subnets: Sequence[ISubnet] | None = None,
        subnet_type: SubnetType | None = None,
    ) -> SelectedSubnets:
        """The subnets matching a selection (default: the private subnets, else isolated, else public).

        The keyword arguments are the fields of ``SubnetSelection``; raises if nothing matches.
        """
        selected = self._select_subnet_objects(SubnetSelection(
            availability_zones=availability_zones,
            one_per_az=one_per_az,
            subnet_filters=subnet_filters,
            subnet_group_name=subnet_group_name,
            subnets=subnets,
            subnet_type=subnet_type,
        ))
        return self._selected(selected)

    def _selected(self, subnets: list[Any]) -> SelectedSubnets:
        publics = {id(s) for s in self.public_subnets}
        connectivity = _CompositeDependable()
        for s in subnets:
            connectivity.add(s.internet_connectivity_established)
        return _LazySelectedSubnets(
            subnet_ids=[s.subnet_id for s in subnets],
            availability_zones=[],
            internet_connectivity_established=connectivity,
            subnets=subnets,
            has_public=any(id(s) in publics for s in subnets),
            is_pending_lookup=self.incomplete_subnet_definition,
        )

    def _select_subnet_objects(self, selection: SubnetSelection) -> list[Any]:
        selection = self._reify_selection_defaults(selection)
        if selection.subnets is not None:
            return list(selection.subnets)
        if selection.subnet_group_name is not None:
            subnets = self._select_by_name(selection.subnet_group_name)
        else:
            subnets = self._select_by_type(selection.subnet_type or SubnetType.PRIVATE_WITH_EGRESS)
        for subnet_filter in selection.subnet_filters or ():
            subnets = subnet_filter.select_subnets(subnets)
        return subnets

    def _select_by_name(self, group_name: str) -> list[Any]:
        all_subnets = [*self.public_subnets, *self.private_subnets, *self.isolated_subnets]
        subnets = [s for s in all_subnets if subnet_group_name_from_construct_id(s) == group_name]
        if not subnets and not self.incomplete_subnet_definition:
            names = list(dict.fromkeys(subnet_group_name_from_construct_id(s) for s in all_subnets))
            raise ValidationError(
                f"There are no subnet groups with name '{group_name}' in this VPC. Available names: {','.join(names)}",
                self,
            )
        return subnets

    def _select_by_type(self, subnet_type: SubnetType) -> list[Any]:
        by_type: dict[SubnetType, list[Any]] = {
            SubnetType.PRIVATE_ISOLATED: self.isolated_subnets,
            SubnetType.ISOLATED: self.isolated_subnets,
            SubnetType.PRIVATE_WITH_NAT: self.private_subnets,
            SubnetType.PRIVATE_WITH_EGRESS: self.private_subnets,
            SubnetType.PRIVATE: self.private_subnets,
            SubnetType.PUBLIC: self.public_subnets,
        }
        subnets = by_type[subnet_type]
        if not subnets and not self.incomplete_subnet_definition:
            available = [t.value for t, subs in by_type.items() if subs]
            raise ValidationError(
                f"There are no '{subnet_type.value}' subnet groups in this VPC. Available types: {','.join(available)}",
                self,
            )
        return list(subnets)

    def _reify_selection_defaults(self, placement: SubnetSelection) -> SubnetSelection:
        fields = {f: getattr(placement, f) for f in (
            "availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type",
        )}
        provided = [
            camel for key, camel in (("subnets", "subnets"), ("subnet_type", "subnetType"),
                                     ("subnet_group_name", "subnetGroupName"))
            if fields[key] is not None
        ]
        if len(provided) > 1:
            raise ValidationError(f"Only one of '{','.join(provided)}' can be supplied to subnet selection.", self)
        if fields["subnet_type"] is None and fields["subnet_group_name"] is None and fields["subnets"] is None:
            if self.private_subnets:
                fields["subnet_type"] = SubnetType.PRIVATE_WITH_EGRESS
            elif self.isolated_subnets:
                fields["subnet_type"] = SubnetType.PRIVATE_ISOLATED
            else:
                fields["subnet_type"] = SubnetType.PUBLIC
        filters = list(fields["subnet_filters"] or ())
        if fields["availability_zones"] is not None:
            filters.append(SubnetFilter.availability_zones(fields["availability_zones"]))
        if fields["one_per_az"]:
            filters.append(SubnetFilter.one_per_az())
        return SubnetSelection(
            subnet_filters=filters,
            subnet_group_name=fields["subnet_group_name"],
            subnets=fields["subnets"],
            subnet_type=fields["subnet_type"],
        )

    # -- things added to a VPC ------------------------------------------------------------------------------
    def enable_vpn_gateway(
        self,
        *,
        type: str,
        amazon_side_asn: int | None = None,
        vpn_route_propagation: Sequence[SubnetSelection] | None = None,
    ) -> None:
        """Attach a VPN gateway and propagate its routes to the selected subnets (default: the default selection)."""
        from l1.ec2 import CfnVPCGatewayAttachment, CfnVPNGatewayRoutePropagation
        from l2.ec2._vpn import VpnGateway

        if self.vpn_gateway_id:
            raise ValidationError("The VPN Gateway has already been enabled.", self)
        gateway = VpnGateway(self, "VpnGateway", amazon_side_asn=amazon_side_asn, type="ipsec.1")
        self._vpn_gateway_id = gateway.gateway_id
        attachment = CfnVPCGatewayAttachment(self, "VPCVPNGW", vpc_id=self.vpc_id, vpn_gateway_id=self._vpn_gateway_id)
        selections = list(vpn_route_propagation) if vpn_route_propagation is not None else [SubnetSelection()]
        route_table_ids: list[str] = []
        for selection in selections:
            for subnet in self._select_subnet_objects(selection):
                rt = subnet.route_table
                if rt is not None and rt.route_table_id and rt.route_table_id not in route_table_ids:
                    route_table_ids.append(rt.route_table_id)
        if not route_table_ids:
            shown = json.dumps([_camel_options(s) for s in selections], separators=(",", ":"))
            Annotations.of(self).add_error(
                f"enableVpnGateway: no subnets matching selection: '{shown}'. Select other subnets to add routes to."
            )
        propagation = CfnVPNGatewayRoutePropagation(
            self, "RoutePropagation", route_table_ids=route_table_ids, vpn_gateway_id=self._vpn_gateway_id
        )
        propagation.node.add_dependency(attachment)

    def add_vpn_connection(
        self,
        id: str,
        *,
        ip: str,
        asn: int | None = None,
        static_routes: Sequence[str] | None = None,
        tunnel_options: Sequence[VpnTunnelOption] | None = None,
    ) -> VpnConnection:
        """Add a VPN connection to this VPC (see ``VpnConnection``)."""
        from l2.ec2._vpn import VpnConnection

        return VpnConnection(
            self, id, vpc=self, ip=ip, asn=asn, static_routes=static_routes, tunnel_options=tunnel_options
        )

    def add_gateway_endpoint(
        self,
        id: str,
        *,
        service: IGatewayVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        subnets: Sequence[SubnetSelection] | None = None,
    ) -> GatewayVpcEndpoint:
        """Add a gateway endpoint (S3, DynamoDB) to this VPC; see ``GatewayVpcEndpoint``."""
        from l2.ec2._vpc_endpoint import GatewayVpcEndpoint

        options: dict[str, Any] = {
            "dns_record_ip_type": dns_record_ip_type, "ip_address_type": ip_address_type, "subnets": subnets,
        }
        return GatewayVpcEndpoint(self, id, vpc=self, service=service,
                                  **{k: v for k, v in options.items() if v is not None})

    def add_interface_endpoint(
        self,
        id: str,
        *,
        service: IInterfaceVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        lookup_supported_azs: bool | None = None,
        open: bool | None = None,
        private_dns_enabled: bool | None = None,
        private_dns_only_for_inbound_resolver_endpoint: VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        service_region: str | None = None,
        subnets: SubnetSelection | None = None,
    ) -> InterfaceVpcEndpoint:
        """Add an interface endpoint to this VPC; see ``InterfaceVpcEndpoint``."""
        from l2.ec2._vpc_endpoint import InterfaceVpcEndpoint

        options: dict[str, Any] = {
            "dns_record_ip_type": dns_record_ip_type, "ip_address_type": ip_address_type,
            "lookup_supported_azs": lookup_supported_azs, "open": open, "private_dns_enabled": private_dns_enabled,
            "private_dns_only_for_inbound_resolver_endpoint": private_dns_only_for_inbound_resolver_endpoint,
            "security_groups": security_groups, "service_region": service_region, "subnets": subnets,
        }
        return InterfaceVpcEndpoint(self, id, vpc=self, service=service,
                                    **{k: v for k, v in options.items() if v is not None})

    def add_flow_log(
        self,
        id: str,
        *,
        destination: FlowLogDestination | None = None,
        log_format: Sequence[LogFormat] | None = None,
        max_aggregation_interval: FlowLogMaxAggregationInterval | None = None,
        traffic_type: FlowLogTrafficType | None = None,
    ) -> FlowLog:
        """Add a flow log of this VPC; see ``FlowLog``."""
        from l2.ec2._flow_logs import FlowLog, FlowLogResourceType

        options: dict[str, Any] = {"destination": destination, "log_format": log_format,
                   "max_aggregation_interval": max_aggregation_interval, "traffic_type": traffic_type}
        return FlowLog(self, id, resource_type=FlowLogResourceType.from_vpc(self),
                       **{k: v for k, v in options.items() if v is not None})

    def add_client_vpn_endpoint(
        self,
        id: str,
        *,
        cidr: str,
        server_certificate_arn: str,
        authorize_all_users_to_vpc_cidr: bool | None = None,
        client_certificate_arn: str | None = None,
        client_connection_handler: IClientVpnConnectionHandler | None = None,
        client_login_banner: str | None = None,
        client_route_enforcement_options: ClientRouteEnforcementOptions | None = None,
        description: str | None = None,
        disconnect_on_session_timeout: bool | None = None,
        dns_servers: Sequence[str] | None = None,
        logging: bool | None = None,
        log_group: ILogGroup | None = None,
        log_stream: ILogStream | None = None,
        port: VpnPort | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        self_service_portal: bool | None = None,
        session_timeout: ClientVpnSessionTimeout | None = None,
        split_tunnel: bool | None = None,
        transport_protocol: TransportProtocol | None = None,
        user_based_authentication: ClientVpnUserBasedAuthentication | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> ClientVpnEndpoint:
        """Add a client VPN endpoint to this VPC; see ``ClientVpnEndpoint``."""
        from l2.ec2._client_vpn import ClientVpnEndpoint

        return ClientVpnEndpoint(
            self, id, vpc=self, cidr=cidr, server_certificate_arn=server_certificate_arn,
            authorize_all_users_to_vpc_cidr=authorize_all_users_to_vpc_cidr,
            client_certificate_arn=client_certificate_arn, client_connection_handler=client_connection_handler,
            client_login_banner=client_login_banner,
            client_route_enforcement_options=client_route_enforcement_options, description=description,
            disconnect_on_session_timeout=disconnect_on_session_timeout, dns_servers=dns_servers, logging=logging,
            log_group=log_group, log_stream=log_stream, port=port, security_groups=security_groups,
            self_service_portal=self_service_portal, session_timeout=session_timeout, split_tunnel=split_tunnel,
            transport_protocol=transport_protocol, user_based_authentication=user_based_authentication,
            vpc_subnets=vpc_subnets,
        )


class Vpc(VpcBase):
    """A new VPC: subnet groups in each availability zone, an internet gateway and NAT for private subnets.

    Args:
        ip_addresses: the IPv4 range provider (default ``IpAddresses.cidr("10.0.0.0/16")``).
        ip_protocol: ``IpProtocol.IPV4_ONLY`` (default) or ``IpProtocol.DUAL_STACK``.
        ipv6_addresses: the IPv6 range provider of a dual-stack VPC (default Amazon-provided).
        cidr: deprecated, use ``ip_addresses``.
        max_azs: how many of the stack's AZs to use (default 3; env-agnostic stacks have 2).
        availability_zones: the AZs to use (instead of ``max_azs``).
        reserved_azs: AZs to keep address space for (default 0).
        subnet_configuration: the subnet groups (default: public and private, or public and isolated
            when ``nat_gateways`` is 0).
        nat_gateways: how many NAT gateways (default one per AZ when there are private subnets).
        nat_gateway_provider: how NAT is provided (default ``NatProvider.gateway()``).
        nat_gateway_subnets: where NAT gateways go (default the public subnets).
        create_internet_gateway: create an internet gateway when there are public subnets (default true).
        enable_dns_hostnames: default true.
        enable_dns_support: default true.
        default_instance_tenancy: default ``DefaultInstanceTenancy.DEFAULT``.
        vpc_name: the ``Name`` tag (default the construct path).
        gateway_endpoints: gateway endpoints to add, by id.
        flow_logs: flow logs to add, by id.
        restrict_default_security_group: remove the default security group's rules (default: the
            ``@aws-cdk/aws-ec2:restrictDefaultSecurityGroup`` feature flag).
        vpn_gateway: attach a VPN gateway (default: when connections or an ASN are given).
        vpn_gateway_asn: the Amazon-side ASN of the VPN gateway.
        vpn_connections: VPN connections to add, by id (``VpnConnectionOptions``).
        vpn_route_propagation: subnets that get the VPN routes (default: the default selection).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.Vpc"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    DEFAULT_CIDR_RANGE = "10.0.0.0/16"
    DEFAULT_SUBNETS = (
        SubnetConfiguration(subnet_type=SubnetType.PUBLIC, name="Public"),
        SubnetConfiguration(subnet_type=SubnetType.PRIVATE_WITH_EGRESS, name="Private"),
    )
    DEFAULT_SUBNETS_NO_NAT = (
        SubnetConfiguration(subnet_type=SubnetType.PUBLIC, name="Public"),
        SubnetConfiguration(subnet_type=SubnetType.PRIVATE_ISOLATED, name="Isolated"),
    )

    public_subnets: list[PublicSubnet]  # type: ignore[assignment]  # a Vpc's own subnets are ``Subnet``s
    private_subnets: list[PrivateSubnet]  # type: ignore[assignment]
    isolated_subnets: list[PrivateSubnet]  # type: ignore[assignment]

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        availability_zones: Sequence[str] | None = None,
        cidr: str | None = None,
        create_internet_gateway: bool | None = None,
        default_instance_tenancy: DefaultInstanceTenancy | None = None,
        enable_dns_hostnames: bool | None = None,
        enable_dns_support: bool | None = None,
        flow_logs: Mapping[str, FlowLogOptions] | None = None,
        gateway_endpoints: Mapping[str, GatewayVpcEndpointOptions] | None = None,
        ip_addresses: IpAddresses | None = None,
        ip_protocol: IpProtocol | None = None,
        ipv6_addresses: Ipv6Addresses | None = None,
        max_azs: int | None = None,
        nat_gateway_provider: NatProvider | None = None,
        nat_gateways: int | None = None,
        nat_gateway_subnets: SubnetSelection | None = None,
        reserved_azs: int | None = None,
        restrict_default_security_group: bool | None = None,
        subnet_configuration: Sequence[SubnetConfiguration] | None = None,
        vpc_name: str | None = None,
        vpn_connections: Mapping[str, VpnConnectionOptions] | None = None,
        vpn_gateway: bool | None = None,
        vpn_gateway_asn: int | None = None,
        vpn_route_propagation: Sequence[SubnetSelection] | None = None,
    ) -> None:
        check_deprecated_props("aws_ec2.VpcProps", locals())
        from l1.ec2 import CfnInternetGateway, CfnVPC, CfnVPCGatewayAttachment

        super().__init__(scope, id)
        self.public_subnets = []
        self.private_subnets = []
        self.isolated_subnets = []
        self.internet_gateway_id: str | None = None
        self._internet_connectivity_established = DependencyGroup()
        stack = Stack.of(self)
        if enable_dns_hostnames and enable_dns_support is False:
            raise ValidationError(
                "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled.", self
            )
        if availability_zones and max_azs:
            raise ValidationError("Vpc supports 'availabilityZones' or 'maxAzs', but not both.", self)
        cidr_block = cidr if cidr is not None else Vpc.DEFAULT_CIDR_RANGE
        if Token.is_unresolved(cidr_block):
            raise ValidationError(
                "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic "
                "subdivision)",
                self,
            )
        if ip_addresses is not None and cidr is not None:
            raise ValidationError("supply at most one of ipAddresses or cidr", self)
        protocol = ip_protocol or IpProtocol.IPV4_ONLY
        self.use_ipv4 = protocol in (IpProtocol.IPV4_ONLY, IpProtocol.DUAL_STACK)
        self.use_ipv6 = protocol is IpProtocol.DUAL_STACK
        if not self.use_ipv6 and ipv6_addresses is not None:
            raise ValidationError("ipv6Addresses can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK", self)
        self.ipv6_addresses: Ipv6Addresses | None = None
        self.ipv6_cidr_block: Any = None
        self.ipv6_selected_cidr: str | None = None
        self.ip_addresses = ip_addresses if ip_addresses is not None else IpAddresses.cidr(cidr_block)
        self.dns_hostnames_enabled = True if enable_dns_hostnames is None else enable_dns_hostnames
        self.dns_support_enabled = True if enable_dns_support is None else enable_dns_support
        tenancy = (default_instance_tenancy or DefaultInstanceTenancy.DEFAULT).value
        self.internet_connectivity_established = self._internet_connectivity_established
        options = self.ip_addresses.allocate_vpc_cidr()
        self.resource = CfnVPC(
            self,
            "Resource",
            cidr_block=options.cidr_block,
            ipv4_ipam_pool_id=options.ipv4_ipam_pool_id,
            ipv4_netmask_length=options.ipv4_netmask_length,
            enable_dns_hostnames=self.dns_hostnames_enabled,
            enable_dns_support=self.dns_support_enabled,
            instance_tenancy=tenancy,
        )
        self.vpc_default_network_acl: str = self.resource.attr_default_network_acl
        self.vpc_cidr_block_associations: list[str] = self.resource.attr_cidr_block_associations
        self.vpc_cidr_block: str = self.resource.attr_cidr_block
        self.vpc_default_security_group: str = self.resource.attr_default_security_group
        self.vpc_ipv6_cidr_blocks: list[str] = self.resource.attr_ipv6_cidr_blocks
        Tags.of(self).add("Name", vpc_name or self.node.path)
        if availability_zones:
            resolved = [
                az for az in stack.availability_zones
                if not Token.is_unresolved(az) and az not in ("dummy1a", "dummy1b", "dummy1c")
            ]
            if resolved and not all(Token.is_unresolved(az) or az in resolved for az in availability_zones):
                raise ValidationError(
                    f"Given VPC 'availabilityZones' {','.join(availability_zones)} must be a subset of the stack's "
                    f"availability zones {','.join(resolved)}",
                    self,
                )
            self.availability_zones = list(availability_zones)
        else:
            self.availability_zones = list(stack.availability_zones)[: 3 if max_azs is None else max_azs]
        for _ in range(reserved_azs or 0):
            self.availability_zones.append(FAKE_AZ_NAME)
        self.vpc_id = self.resource.ref
        self.vpc_arn = Arn.format(ArnComponents(service="ec2", resource="vpc", resource_name=self.vpc_id), stack)
        default_subnets = Vpc.DEFAULT_SUBNETS_NO_NAT if nat_gateways == 0 else Vpc.DEFAULT_SUBNETS
        self.subnet_configuration = list(subnet_configuration if subnet_configuration is not None else default_subnets)
        placement = nat_gateway_subnets or SubnetSelection(subnet_type=SubnetType.PUBLIC)
        if isinstance(nat_gateway_provider, RegionalNatGatewayProvider):
            if Token.is_unresolved(nat_gateways):
                raise ValidationError(
                    "`natGateways` must be a resolved number when `natGatewayProvider` is a Regional NAT Gateway, got "
                    "an unresolved token.",
                    self,
                )
            if nat_gateways is not None and nat_gateways < 1:
                raise ValidationError(
                    "`natGateways` must be at least 1 when `natGatewayProvider` is a Regional NAT Gateway, got "
                    f"{nat_gateways}. Remove `natGatewayProvider` if you do not want a NAT gateway.",
                    self,
                )
            if nat_gateways is not None and nat_gateways > 1:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-ec2:regionalNatGatewayCount",
                    "`natGateways` is ignored when using Regional NAT Gateway. A single regional gateway covers all "
                    "AZs.",
                )
            if nat_gateway_subnets is not None:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-ec2:regionalNatGatewaySubnets",
                    "`natGatewaySubnets` is ignored when using Regional NAT Gateway. The gateway is created at VPC "
                    "level without requiring a public subnet.",
                )
        if Token.is_unresolved(nat_gateways):
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ec2:natGatewaysToken",
                "`natGateways` must be resolved at synthesis time to decide how many NAT gateways to create. The "
                "unresolved token is treated as 0, so no NAT gateway will be created.",
            )
        nat_count = (
            1
            if isinstance(nat_gateway_provider, RegionalNatGatewayProvider)
            else _nat_gateway_count(nat_gateways, self.subnet_configuration, len(self.availability_zones))
        )
        if self.use_ipv6:
            self.ipv6_addresses = ipv6_addresses or Ipv6Addresses.amazon_provided()
            self.ipv6_cidr_block = self.ipv6_addresses.allocate_vpc_ipv6_cidr(scope=self, vpc_id=self.vpc_id)
            from constructs import Fn

            self.ipv6_selected_cidr = Fn.select(0, self.resource.attr_ipv6_cidr_blocks)
        self._create_subnets()
        if create_internet_gateway is not False and any(
            c.subnet_type not in _ISOLATED_TYPES and not c.reserved for c in self.subnet_configuration
        ):
            igw = CfnInternetGateway(self, "IGW")
            self.internet_gateway_id = igw.ref
            self._internet_connectivity_established.add(igw)
            attachment = CfnVPCGatewayAttachment(self, "VPCGW", internet_gateway_id=igw.ref, vpc_id=self.resource.ref)
            for public in self.public_subnets:
                if self.use_ipv4:
                    public.add_default_internet_route(igw.ref, attachment)
                if self.use_ipv6:
                    public.add_ipv6_default_internet_route(igw.ref, attachment)
            if nat_count > 0:
                provider = nat_gateway_provider or NatProvider.gateway()
                self._create_nat_gateways(provider, nat_count, placement)
        if self.use_ipv6 and (
            self.private_subnets or not FeatureFlags.of(self).is_enabled(REQUIRE_PRIVATE_SUBNETS_FOR_EIGW_FLAG)
        ):
            from l1.ec2 import CfnEgressOnlyInternetGateway

            eigw = CfnEgressOnlyInternetGateway(self, "EIGW6", vpc_id=self.vpc_id)
            for private in self.private_subnets:
                private.add_ipv6_default_egress_only_internet_route(eigw.ref)
        if vpn_gateway and not (self.public_subnets or self.private_subnets or self.isolated_subnets):
            raise ValidationError("Can not enable the VPN gateway while the VPC has no subnets at all", self)
        if (vpn_connections or vpn_gateway_asn) and vpn_gateway is False:
            raise ValidationError(
                "Cannot specify `vpnConnections` or `vpnGatewayAsn` when `vpnGateway` is set to false.", self
            )
        if vpn_gateway or vpn_connections or vpn_gateway_asn:
            self.enable_vpn_gateway(
                amazon_side_asn=vpn_gateway_asn, type="ipsec.1", vpn_route_propagation=vpn_route_propagation
            )
            for connection_id, connection in (vpn_connections or {}).items():
                self.add_vpn_connection(connection_id, **_options(connection))
        for endpoint_id, endpoint in (gateway_endpoints or {}).items():
            self.add_gateway_endpoint(endpoint_id, **_options(endpoint))
        for flow_log_id, flow_log in (flow_logs or {}).items():
            self.add_flow_log(flow_log_id, **_options(flow_log))
        if restrict_default_security_group or (
            restrict_default_security_group is not False and FeatureFlags.of(self).is_enabled(RESTRICT_DEFAULT_SG_FLAG)
        ):
            self._restrict_default_security_group()

    @staticmethod
    def from_vpc_attributes(
        scope: Construct,
        id: str,
        *,
        availability_zones: Sequence[str],
        vpc_id: str,
        isolated_subnet_ids: Sequence[str] | None = None,
        isolated_subnet_ipv4_cidr_blocks: Sequence[str] | None = None,
        isolated_subnet_names: Sequence[str] | None = None,
        isolated_subnet_route_table_ids: Sequence[str] | None = None,
        private_subnet_ids: Sequence[str] | None = None,
        private_subnet_ipv4_cidr_blocks: Sequence[str] | None = None,
        private_subnet_names: Sequence[str] | None = None,
        private_subnet_route_table_ids: Sequence[str] | None = None,
        public_subnet_ids: Sequence[str] | None = None,
        public_subnet_ipv4_cidr_blocks: Sequence[str] | None = None,
        public_subnet_names: Sequence[str] | None = None,
        public_subnet_route_table_ids: Sequence[str] | None = None,
        region: str | None = None,
        vpc_cidr_block: str | None = None,
        vpn_gateway_id: str | None = None,
    ) -> IVpc:
        """An existing VPC, described by its attributes (subnet lists go AZ by AZ, group by group)."""
        return ImportedVpc(scope, id, dict(
            availability_zones=availability_zones,
            vpc_id=vpc_id,
            isolated_subnet_ids=isolated_subnet_ids,
            isolated_subnet_ipv4_cidr_blocks=isolated_subnet_ipv4_cidr_blocks,
            isolated_subnet_names=isolated_subnet_names,
            isolated_subnet_route_table_ids=isolated_subnet_route_table_ids,
            private_subnet_ids=private_subnet_ids,
            private_subnet_ipv4_cidr_blocks=private_subnet_ipv4_cidr_blocks,
            private_subnet_names=private_subnet_names,
            private_subnet_route_table_ids=private_subnet_route_table_ids,
            public_subnet_ids=public_subnet_ids,
            public_subnet_ipv4_cidr_blocks=public_subnet_ipv4_cidr_blocks,
            public_subnet_names=public_subnet_names,
            public_subnet_route_table_ids=public_subnet_route_table_ids,
            region=region,
            vpc_cidr_block=vpc_cidr_block,
            vpn_gateway_id=vpn_gateway_id,
        ))

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        is_default: bool | None = None,
        owner_account_id: str | None = None,
        region: str | None = None,
        return_vpn_gateways: bool | None = None,
        subnet_group_name_tag: str | None = None,
        tags: Mapping[str, str] | None = None,
        vpc_id: str | None = None,
        vpc_name: str | None = None,
    ) -> IVpc:
        """An existing VPC found by the CLI's ``vpc-provider`` lookup (a dummy VPC until the context has it)."""
        if (
            Token.is_unresolved(vpc_id)
            or Token.is_unresolved(vpc_name)
            or any(Token.is_unresolved(v) or Token.is_unresolved(k) for k, v in (tags or {}).items())
        ):
            raise ValidationError("All arguments to Vpc.fromLookup() must be concrete (no Tokens)", scope)
        lookup_filter: dict[str, str] = {f"tag:{k}": v for k, v in (tags or {}).items()}
        if vpc_id:
            lookup_filter["vpc-id"] = vpc_id
        if vpc_name:
            lookup_filter["tag:Name"] = vpc_name
        if owner_account_id:
            lookup_filter["owner-id"] = owner_account_id
        if is_default is not None:
            lookup_filter["isDefault"] = "true" if is_default else "false"
        props: dict[str, Any] = {}
        if region:
            props["region"] = region
        props.update(filter=lookup_filter, returnAsymmetricSubnets=True, returnVpnGateways=return_vpn_gateways,
                     subnetGroupNameTag=subnet_group_name_tag)
        attributes = ContextProvider.get_value(
            scope, provider="vpc-provider", props={k: v for k, v in props.items() if v is not None}, dummy_value=None
        ).value
        return LookedUpVpc(scope, id, attributes if attributes is not None else _DUMMY_VPC, attributes is None)

    # -- construction phases --------------------------------------------------------------------------------
    def _create_subnets(self) -> None:
        requested = [
            RequestedSubnet(availability_zone=az, subnet_construct_id=f"{config.name}Subnet{index + 1}",
                            configuration=config)
            for config in self.subnet_configuration
            for index, az in enumerate(self.availability_zones)
        ]
        allocated = self.ip_addresses.allocate_subnets_cidr(
            vpc_cidr=self.vpc_cidr_block, requested_subnets=requested
        ).allocated_subnets
        if len(allocated) != len(requested):
            raise ValidationError("Incomplete Subnet Allocation; response array dose not equal input array", self)
        if self.use_ipv6:
            assert self.ipv6_addresses is not None and self.ipv6_selected_cidr is not None
            ipv6_cidrs = self.ipv6_addresses.create_ipv6_cidr_blocks(
                ipv6_selected_cidr=self.ipv6_selected_cidr, subnet_count=len(allocated)
            )
            allocated = self.ipv6_addresses.allocate_subnets_ipv6_cidr(
                allocated_subnets=allocated, ipv6_cidrs=ipv6_cidrs
            ).allocated_subnets
        for request, allocation in zip(requested, allocated, strict=True):
            config = request.configuration
            if config.reserved is True or request.availability_zone == FAKE_AZ_NAME:
                continue
            if not self.use_ipv6 and config.ipv6_assign_address_on_creation is not None:
                raise ValidationError(
                    "ipv6AssignAddressOnCreation can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK", self
                )
            props: dict[str, Any] = dict(
                availability_zone=request.availability_zone,
                vpc_id=self.vpc_id,
                cidr_block=allocation.cidr,
                map_public_ip_on_launch=self._map_public_ip_on_launch(config),
                ipv6_cidr_block=allocation.ipv6_cidr,
                assign_ipv6_address_on_creation=(
                    (True if config.ipv6_assign_address_on_creation is None else config.ipv6_assign_address_on_creation)
                    if self.use_ipv6
                    else None
                ),
            )
            if config.subnet_type == SubnetType.PUBLIC:
                public = PublicSubnet(self, request.subnet_construct_id, **props)
                self.public_subnets.append(public)
                subnet: Subnet = public
            elif config.subnet_type in _PRIVATE_TYPES:
                private = PrivateSubnet(self, request.subnet_construct_id, **props)
                self.private_subnets.append(private)
                subnet = private
            elif config.subnet_type in _ISOLATED_TYPES:
                isolated = PrivateSubnet(self, request.subnet_construct_id, **props)
                self.isolated_subnets.append(isolated)
                subnet = isolated
            else:
                raise ValidationError(f"Unrecognized subnet type: {config.subnet_type}", self)
            if self.ipv6_cidr_block is not None:
                subnet.node.add_dependency(self.ipv6_cidr_block)
            Tags.of(subnet).add("aws-cdk:subnet-name", config.name, include_resource_types=["AWS::EC2::Subnet"])
            Tags.of(subnet).add(
                "aws-cdk:subnet-type", _subnet_type_tag(config.subnet_type), include_resource_types=["AWS::EC2::Subnet"]
            )

    def _map_public_ip_on_launch(self, config: SubnetConfiguration) -> bool:
        if config.subnet_type == SubnetType.PUBLIC:
            return config.map_public_ip_on_launch if config.map_public_ip_on_launch is not None else not self.use_ipv6
        if config.map_public_ip_on_launch is not None:
            raise ValidationError(
                f"{config.subnet_type.value} subnet cannot include mapPublicIpOnLaunch parameter", self
            )
        return False

    def _create_nat_gateways(self, provider: NatProvider, nat_count: int, placement: SubnetSelection) -> None:
        if isinstance(provider, RegionalNatGatewayProvider):
            provider.configure_nat(vpc=self, nat_subnets=[], private_subnets=self.private_subnets)
            return
        nat_subnets = self._select_subnet_objects(placement)
        publics = {id(s) for s in self.public_subnets}
        for sub in nat_subnets:
            if id(sub) not in publics:
                raise ValidationError(
                    f"natGatewayPlacement [object Object] contains non public subnet {sub.node.path}", self
                )
        provider.configure_nat(vpc=self, nat_subnets=nat_subnets[:nat_count], private_subnets=self.private_subnets)

    def _restrict_default_security_group(self) -> None:
        from l2.ec2._restrict_default_sg import restrict_default_security_group

        restrict_default_security_group(self)

    def add_s3_endpoint(self, id: str, subnets: Sequence[SubnetSelection] | None = None) -> GatewayVpcEndpoint:
        """Deprecated: add an S3 gateway endpoint (use ``add_gateway_endpoint``)."""
        from l2.ec2._vpc_endpoint import GatewayVpcEndpointAwsService

        return self.add_gateway_endpoint(id, service=GatewayVpcEndpointAwsService.S3, subnets=subnets)

    def add_dynamo_db_endpoint(self, id: str, subnets: Sequence[SubnetSelection] | None = None) -> GatewayVpcEndpoint:
        """Deprecated: add a DynamoDB gateway endpoint (use ``add_gateway_endpoint``)."""
        from l2.ec2._vpc_endpoint import GatewayVpcEndpointAwsService

        return self.add_gateway_endpoint(id, service=GatewayVpcEndpointAwsService.DYNAMODB, subnets=subnets)


IVpc = VpcBase
"""The interface of VPCs: every new, imported or looked-up VPC is a ``VpcBase``."""


def _options(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    fields = getattr(type(value), "__struct_fields__", None)
    if fields is None:
        raise TypeError(f"expected an options struct, got {type(value).__name__}")
    return {f.name: getattr(value, f.name) for f in fields if getattr(value, f.name) is not None}


def _camel_options(selection: SubnetSelection) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in _options(selection).items():
        out[_camel(key)] = value.value if isinstance(value, enum.Enum) else value
    return out


def _subnet_type_tag(subnet_type: SubnetType) -> str:
    if subnet_type == SubnetType.PUBLIC:
        return "Public"
    if subnet_type in _PRIVATE_TYPES:
        return "Private"
    return "Isolated"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _config_json(configs: Sequence[SubnetConfiguration]) -> str:
    out = []
    for c in configs:
        item: dict[str, Any] = {}
        for f in ("name", "subnet_type", "cidr_mask", "ipv6_assign_address_on_creation", "map_public_ip_on_launch",
                  "reserved"):
            value = getattr(c, f)
            if value is not None:
                item[_camel(f)] = value.value if isinstance(value, enum.Enum) else value
        out.append(item)
    return json.dumps(out, separators=(",", ":"))


def _nat_gateway_count(requested: int | None, configs: Sequence[SubnetConfiguration], az_count: int) -> int:
    if Token.is_unresolved(requested):
        return 0
    has_private = any(c.subnet_type in _PRIVATE_TYPES and not c.reserved for c in configs)
    has_public = any(c.subnet_type == SubnetType.PUBLIC and not c.reserved for c in configs)
    has_custom_egress = any(c.subnet_type == SubnetType.PRIVATE_WITH_EGRESS for c in configs)
    if requested is not None:
        count = min(requested, az_count)
    else:
        count = az_count if has_private else 0
    if count == 0 and has_private and not has_custom_egress:
        raise UnscopedValidationError(
            "If you do not want NAT gateways (natGateways=0), make sure you don't configure any PRIVATE(_WITH_NAT) "
            "subnets in 'subnetConfiguration' (make them PUBLIC or ISOLATED instead)"
        )
    if count > 0 and not has_public:
        raise UnscopedValidationError(
            "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC subnets to put "
            f"the NAT gateways into (got {_config_json(configs)}."
        )
    return count


class _ImportSubnetGroup:
    """One kind of subnets of ``from_vpc_attributes``: ids (and names, route tables, ranges) AZ by AZ."""

    def __init__(
        self,
        subnet_ids: Sequence[str] | None,
        names: Sequence[str] | None,
        route_table_ids: Sequence[str] | None,
        ipv4_cidr_blocks: Sequence[str] | None,
        subnet_type: SubnetType,
        availability_zones: Sequence[str],
        field: str,
    ) -> None:
        id_field, name_field, rt_field, cidr_field = (
            f"{field}SubnetIds", f"{field}SubnetNames", f"{field}SubnetRouteTableIds", f"{field}SubnetIpv4CidrBlocks"
        )
        self.availability_zones = list(availability_zones)
        self.subnet_ids = list(subnet_ids or [])
        self.route_table_ids = list(route_table_ids or [])
        self.ipv4_cidr_blocks = list(ipv4_cidr_blocks or [])
        groups = len(self.subnet_ids) / len(self.availability_zones) if self.availability_zones else float("nan")
        if groups != groups or int(groups) != groups:
            raise UnscopedValidationError(
                f"Number of {id_field} ({len(self.subnet_ids)}) must be a multiple of availability zones "
                f"({len(self.availability_zones)})."
            )
        self.groups = int(groups)
        if route_table_ids is not None and len(self.route_table_ids) != len(self.subnet_ids):
            raise UnscopedValidationError(
                f"Number of {rt_field} ({len(self.route_table_ids)}) must be equal to the amount of {id_field} "
                f"({len(self.subnet_ids)})."
            )
        if ipv4_cidr_blocks is not None and len(self.ipv4_cidr_blocks) != len(self.subnet_ids):
            raise UnscopedValidationError(
                f"Number of {cidr_field} ({len(self.ipv4_cidr_blocks)}) must be equal to the amount of {id_field} "
                f"({len(self.subnet_ids)})."
            )
        if not names:
            self.names = [default_subnet_name(subnet_type)]
        elif len(names) != self.groups:
            raise UnscopedValidationError(
                f"{name_field} must have an entry for every corresponding subnet group, got: "
                f"{json.dumps(list(names), separators=(',', ':'))}"
            )
        else:
            self.names = list(names)

    def import_subnets(self, scope: Construct) -> list[Any]:
        out: list[Any] = []
        n_azs = len(self.availability_zones)
        for i, subnet_id in enumerate(self.subnet_ids):
            k = i // n_azs
            out.append(Subnet.from_subnet_attributes(
                scope,
                f"{self.names[k]}Subnet{i + 1}",
                availability_zone=self.availability_zones[i % n_azs],
                subnet_id=subnet_id,
                route_table_id=self.route_table_ids[i] if i < len(self.route_table_ids) else None,
                ipv4_cidr_block=self.ipv4_cidr_blocks[i] if i < len(self.ipv4_cidr_blocks) else None,
            ))
        return out


class ImportedVpc(VpcBase):
    """A VPC described by ``Vpc.from_vpc_attributes``."""

    def __init__(self, scope: Construct, id: str, props: Mapping[str, Any], is_incomplete: bool = False) -> None:
        super().__init__(scope, id, region=props.get("region"))
        self.vpc_id = props["vpc_id"]
        self.vpc_arn = Arn.format(ArnComponents(service="ec2", resource="vpc", resource_name=self.vpc_id),
                                  Stack.of(self))
        self._cidr = props.get("vpc_cidr_block")
        self.availability_zones = list(props["availability_zones"])
        self._vpn_gateway_id = props.get("vpn_gateway_id")
        self.incomplete_subnet_definition = is_incomplete
        self.internet_connectivity_established = DependencyGroup()
        for key, value in props.items():
            if isinstance(value, list | tuple) and Token.is_unresolved(value):
                camel = _camel(key)
                Annotations.of(self).add_warning_v2(
                    f"@aws-cdk/aws-ec2:vpcAttributeIsListToken{camel}",
                    f"fromVpcAttributes: '{camel}' is a list token: the imported VPC will not work with constructs "
                    "that require a list of subnets at synthesis time. Use 'Vpc.fromLookup()' or "
                    "'Fn.importListValue' instead.",
                )
        groups = [
            _ImportSubnetGroup(props.get(f"{kind}_subnet_ids"), props.get(f"{kind}_subnet_names"),
                               props.get(f"{kind}_subnet_route_table_ids"),
                               props.get(f"{kind}_subnet_ipv4_cidr_blocks"), subnet_type, self.availability_zones,
                               kind)
            for kind, subnet_type in (("public", SubnetType.PUBLIC), ("private", SubnetType.PRIVATE_WITH_EGRESS),
                                      ("isolated", SubnetType.PRIVATE_ISOLATED))
        ]
        self.public_subnets = groups[0].import_subnets(self)
        self.private_subnets = groups[1].import_subnets(self)
        self.isolated_subnets = groups[2].import_subnets(self)

    @property
    def vpc_cidr_block(self) -> str:  # type: ignore[override]
        """The VPC's IPv4 range (raises if it was not given)."""
        if self._cidr is None:
            raise ValidationError(
                "Cannot perform this operation: 'vpcCidrBlock' was not supplied when creating this VPC", self
            )
        return self._cidr


class LookedUpVpc(VpcBase):
    """A VPC returned by the ``vpc-provider`` context lookup (``Vpc.from_lookup``)."""

    def __init__(self, scope: Construct, id: str, props: Mapping[str, Any], is_incomplete: bool) -> None:
        super().__init__(scope, id, region=props.get("region"), account=props.get("ownerAccountId"))
        self.vpc_id = props["vpcId"]
        self.vpc_arn = Arn.format(
            ArnComponents(service="ec2", resource="vpc", resource_name=self.vpc_id, region=self.env.region,
                          account=self.env.account),
            Stack.of(self),
        )
        self._cidr = props.get("vpcCidrBlock")
        self._vpn_gateway_id = props.get("vpnGatewayId")
        self.incomplete_subnet_definition = is_incomplete
        self.internet_connectivity_established = DependencyGroup()
        groups = props.get("subnetGroups") or []
        azs = list(dict.fromkeys(s["availabilityZone"] for g in groups for s in g["subnets"]))
        self.availability_zones = sorted(azs)
        self.public_subnets = self._subnets_of(groups, "Public")
        self.private_subnets = self._subnets_of(groups, "Private")
        self.isolated_subnets = self._subnets_of(groups, "Isolated")

    def _subnets_of(self, groups: Sequence[Mapping[str, Any]], group_type: str) -> list[Any]:
        out: list[Any] = []
        for group in groups:
            if group["type"] != group_type:
                continue
            for i, s in enumerate(group["subnets"]):
                out.append(Subnet.from_subnet_attributes(
                    self,
                    f"{group['name']}Subnet{i + 1}",
                    availability_zone=s["availabilityZone"],
                    subnet_id=s["subnetId"],
                    route_table_id=s.get("routeTableId"),
                    ipv4_cidr_block=s.get("cidr"),
                ))
        return out

    @property
    def vpc_cidr_block(self) -> str:  # type: ignore[override]
        """The VPC's IPv4 range (raises if the lookup did not return it)."""
        if self._cidr is None:
            raise ValidationError(
                "Cannot perform this operation: 'vpcCidrBlock' was not found when looking up this VPC. Use a newer "
                "version of the CDK CLI and clear the old context value.",
                self,
            )
        return self._cidr


def _dummy_subnets(prefix: str, rt_suffix: str, second_rt: str) -> list[dict[str, str]]:
    return [
        {"availabilityZone": "dummy1a", "subnetId": f"{prefix}-12345", "routeTableId": f"rtb-12345{rt_suffix}",
         "cidr": "1.2.3.4/5"},
        {"availabilityZone": "dummy1b", "subnetId": f"{prefix}-67890", "routeTableId": second_rt, "cidr": "1.2.3.4/5"},
    ]


_DUMMY_VPC: dict[str, Any] = {
    "availabilityZones": [],
    "vpcCidrBlock": "1.2.3.4/5",
    "vpcId": "vpc-12345",
    "subnetGroups": [
        {"name": "Public", "type": "Public", "subnets": _dummy_subnets("s", "s", "rtb-67890s")},
        {"name": "Private", "type": "Private", "subnets": _dummy_subnets("p", "p", "rtb-57890p")},
        {"name": "Isolated", "type": "Isolated", "subnets": _dummy_subnets("p", "p", "rtb-57890p")},
    ],
}


def _vpc_ref(self: VpcBase) -> VPCReference:
    """A reference to this VPC (``vpc_id``)."""
    from l1.interfaces.ec2 import VPCReference

    return VPCReference(vpc_id=self.vpc_id)


VpcBase.vpc_ref = property(_vpc_ref)  # type: ignore[attr-defined]
