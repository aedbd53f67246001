"""The props and option structs of the ec2 constructs (``VpcProps``, ``SecurityGroupProps``, ...), with the
fields of aws-cdk-lib 2.275's structs: what each construct's keyword arguments are, as one value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.ec2 import CfnPrefixList
    from l2.ec2 import (
        AclCidr,
        AclIcmp,
        AclTraffic,
        Action,
        AddressFamily,
        AllocatedSubnet,
        AvailabilityZoneAddress,
        DefaultInstanceTenancy,
        FlowLogDestination,
        FlowLogFileFormat,
        FlowLogMaxAggregationInterval,
        FlowLogOptions,
        FlowLogResourceType,
        FlowLogTrafficType,
        GatewayVpcEndpointOptions,
        IGatewayVpcEndpointService,
        IInterfaceVpcEndpointService,
        IIpAddresses,
        IIpv6Addresses,
        INetworkAcl,
        IPeer,
        IpProtocol,
        ISecurityGroup,
        ISubnet,
        IVpc,
        LogFormat,
        NatProvider,
        Port,
        Protocol,
        RequestedSubnet,
        RouterType,
        SubnetConfiguration,
        SubnetSelection,
        TrafficDirection,
        VpcEndpointDnsRecordIpType,
        VpcEndpointIpAddressType,
        VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint,
        VpnConnectionOptions,
        VpnTunnelOption,
    )


@structs.frozen(kw_only=True)
class AclCidrConfig:
    """Acl Configuration for CIDR."""

    cidr_block: str | None = None
    ipv6_cidr_block: str | None = None


@structs.frozen(kw_only=True)
class AclPortRange:
    """Properties to create PortRange."""

    from_: int | float | None = None
    to: int | float | None = None


@structs.frozen(kw_only=True)
class AclTrafficConfig:
    """Acl Configuration for traffic."""

    protocol: int | float
    icmp: AclIcmp | None = None
    port_range: AclPortRange | None = None


@structs.frozen(kw_only=True)
class AddNatGatewayOptions:
    """Options for adding a NAT gateway to a public subnet."""

    max_drain_duration: Duration | None = None


@structs.frozen(kw_only=True)
class AddRouteOptions:
    """Options for adding a new route to a subnet."""

    router_id: str
    router_type: RouterType
    destination_cidr_block: str | None = None
    destination_ipv6_cidr_block: str | None = None
    enables_internet_connectivity: bool | None = None


@structs.frozen(kw_only=True)
class AllocateCidrRequest:
    """Request for subnets CIDR to be allocated for a Vpc."""

    requested_subnets: Sequence[RequestedSubnet]
    vpc_cidr: str


@structs.frozen(kw_only=True)
class AllocateIpv6CidrRequest:
    """Request for subnet IPv6 CIDRs to be allocated for a VPC."""

    allocated_subnets: Sequence[AllocatedSubnet]
    ipv6_cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class AllocateVpcIpv6CidrRequest:
    """Request for allocation of the VPC IPv6 CIDR."""

    scope: Construct
    vpc_id: str


@structs.frozen(kw_only=True)
class AwsIpamProps:
    """Configuration for AwsIpam."""

    ipv4_ipam_pool_id: str
    ipv4_netmask_length: int | float
    default_subnet_ipv4_netmask_length: int | float | None = None


@structs.frozen(kw_only=True)
class CommonNetworkAclEntryOptions:
    """Basic NetworkACL entry props."""

    cidr: AclCidr
    rule_number: int | float
    traffic: AclTraffic
    direction: TrafficDirection | None = None
    network_acl_entry_name: str | None = None
    rule_action: Action | None = None


@structs.frozen(kw_only=True)
class ConnectionRule:
    """:param from_port: Start of port range for the TCP and UDP protocols, or an ICMP type number. If you specify icmp for the IpProtocol property, you can specify -1 as a wildcard (i.e., any ICMP type number)."""

    from_port: int | float
    description: str | None = None
    protocol: str | None = None
    to_port: int | float | None = None


@structs.frozen(kw_only=True)
class ConnectionsProps:
    """Properties to intialize a new Connections object.

    Takes the keyword arguments of ``Connections`` (see that class for each keyword).
    """

    default_port: Port | None = None
    peer: IPeer | None = None
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class CreateIpv6CidrBlocksRequest:
    """Request for IPv6 CIDR block to be split up."""

    ipv6_selected_cidr: str
    subnet_count: int | float
    size_mask: str | None = None


@structs.frozen(kw_only=True)
class DestinationOptions:
    """Options for writing logs to a destination."""

    file_format: FlowLogFileFormat | None = None
    hive_compatible_partitions: bool | None = None
    per_hour_partition: bool | None = None


@structs.frozen(kw_only=True)
class EgressRuleConfig:
    """Configuration for an egress security group rule."""

    cidr_ip: str | None = None
    cidr_ipv6: str | None = None
    destination_prefix_list_id: str | None = None
    destination_security_group_id: str | None = None


@structs.frozen(kw_only=True)
class EnableVpnGatewayOptions:
    """Options for the Vpc.enableVpnGateway() method."""

    type: str
    amazon_side_asn: int | float | None = None
    vpn_route_propagation: Sequence[SubnetSelection] | None = None


@structs.frozen(kw_only=True)
class FlowLogProps:
    """Properties of a VPC Flow Log.

    Takes the keyword arguments of ``FlowLog`` (see that class for each keyword).
    """

    destination: FlowLogDestination | None = None
    log_format: Sequence[LogFormat] | None = None
    max_aggregation_interval: FlowLogMaxAggregationInterval | None = None
    traffic_type: FlowLogTrafficType | None = None
    resource_type: FlowLogResourceType
    flow_log_name: str | None = None


@structs.frozen(kw_only=True)
class GatewayVpcEndpointProps:
    """Construction properties for a GatewayVpcEndpoint.

    Takes the keyword arguments of ``GatewayVpcEndpoint`` (see that class for each keyword).
    """

    service: IGatewayVpcEndpointService
    dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None
    ip_address_type: VpcEndpointIpAddressType | None = None
    subnets: Sequence[SubnetSelection] | None = None
    vpc: IVpc


@structs.frozen(kw_only=True)
class IngressRuleConfig:
    """Configuration for an ingress security group rule."""

    cidr_ip: str | None = None
    cidr_ipv6: str | None = None
    source_prefix_list_id: str | None = None
    source_security_group_id: str | None = None
    source_security_group_owner_id: str | None = None


@structs.frozen(kw_only=True)
class InterfaceVpcEndpointAttributes:
    """Construction properties for an ImportedInterfaceVpcEndpoint."""

    port: int | float
    vpc_endpoint_id: str
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class InterfaceVpcEndpointAwsServiceProps:
    """Optional properties for the InterfaceVpcEndpointAwsService class.

    Takes the keyword arguments of ``InterfaceVpcEndpointAwsService`` (see that class for each keyword).
    """

    global_: bool | None = None


@structs.frozen(kw_only=True)
class InterfaceVpcEndpointProps:
    """Construction properties for an InterfaceVpcEndpoint.

    Takes the keyword arguments of ``InterfaceVpcEndpoint`` (see that class for each keyword).
    """

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
    vpc: IVpc


@structs.frozen(kw_only=True)
class LinuxUserDataOptions:
    """Options when constructing UserData for Linux."""

    shebang: str | None = None


@structs.frozen(kw_only=True)
class MultipartBodyOptions:
    """Options when creating ``MultipartBody``."""

    content_type: str
    body: str | None = None
    transfer_encoding: str | None = None


@structs.frozen(kw_only=True)
class MultipartUserDataOptions:
    """Options for creating ``MultipartUserData``.

    Takes the keyword arguments of ``MultipartUserData`` (see that class for each keyword).
    """

    parts_separator: str | None = None


@structs.frozen(kw_only=True)
class NatGatewayProps:
    """Properties for a NAT gateway."""

    eip_allocation_ids: Sequence[str] | None = None
    max_drain_duration: Duration | None = None


@structs.frozen(kw_only=True)
class NetworkAclEntryProps:
    """Properties to create NetworkAclEntry.

    Takes the keyword arguments of ``NetworkAclEntry`` (see that class for each keyword).
    """

    cidr: AclCidr
    rule_number: int | float
    traffic: AclTraffic
    direction: TrafficDirection | None = None
    network_acl_entry_name: str | None = None
    rule_action: Action | None = None
    network_acl: INetworkAcl


@structs.frozen(kw_only=True)
class NetworkAclProps:
    """Properties to create NetworkAcl.

    Takes the keyword arguments of ``NetworkAcl`` (see that class for each keyword).
    """

    vpc: IVpc
    network_acl_name: str | None = None
    subnet_selection: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class PortProps:
    """Properties to create a port range.

    Takes the keyword arguments of ``Port`` (see that class for each keyword).
    """

    protocol: Protocol
    string_representation: str
    from_port: int | float | None = None
    to_port: int | float | None = None


@structs.frozen(kw_only=True)
class PrefixListLookupOptions:
    """Properties for looking up an existing managed prefix list."""

    prefix_list_name: str
    address_family: AddressFamily | None = None
    owner_id: str | None = None


@structs.frozen(kw_only=True)
class PrefixListOptions:
    """Options to add a prefix list.

    Takes the keyword arguments of ``PrefixList`` (see that class for each keyword).
    """

    max_entries: int | float | None = None


@structs.frozen(kw_only=True)
class PrefixListProps:
    """Properties for creating a prefix list.

    Takes the keyword arguments of ``PrefixList`` (see that class for each keyword).
    """

    max_entries: int | float | None = None
    address_family: AddressFamily | None = None
    entries: Sequence[CfnPrefixList.EntryProperty] | None = None
    prefix_list_name: str | None = None


@structs.frozen(kw_only=True)
class PrivateSubnetAttributes:
    """:param subnet_id: The subnetId for this particular subnet."""

    subnet_id: str
    availability_zone: str | None = None
    ipv4_cidr_block: str | None = None
    route_table_id: str | None = None


@structs.frozen(kw_only=True)
class PrivateSubnetProps:
    """The PrivateSubnet keyword arguments.

    Takes the keyword arguments of ``PrivateSubnet`` (see that class for each keyword).
    """

    availability_zone: str
    cidr_block: str
    vpc_id: str
    assign_ipv6_address_on_creation: bool | None = None
    ipv6_cidr_block: str | None = None
    map_public_ip_on_launch: bool | None = None


@structs.frozen(kw_only=True)
class PublicSubnetAttributes:
    """:param subnet_id: The subnetId for this particular subnet."""

    subnet_id: str
    availability_zone: str | None = None
    ipv4_cidr_block: str | None = None
    route_table_id: str | None = None


@structs.frozen(kw_only=True)
class PublicSubnetProps:
    """The PublicSubnet keyword arguments.

    Takes the keyword arguments of ``PublicSubnet`` (see that class for each keyword).
    """

    availability_zone: str
    cidr_block: str
    vpc_id: str
    assign_ipv6_address_on_creation: bool | None = None
    ipv6_cidr_block: str | None = None
    map_public_ip_on_launch: bool | None = None


@structs.frozen(kw_only=True)
class RegionalNatGatewayProviderProps:
    """Properties for a Regional NAT Gateway Provider."""

    allocation_id: str | None = None
    availability_zone_addresses: Sequence[AvailabilityZoneAddress] | None = None
    eip: Any = None
    max_drain_duration: Duration | None = None


@structs.frozen(kw_only=True)
class RuleConfig:
    """Common configuration properties shared by ingress and egress security group rules."""

    cidr_ip: str | None = None
    cidr_ipv6: str | None = None


@structs.frozen(kw_only=True)
class RuleScope:
    """The scope and id in which a given SecurityGroup rule should be defined."""

    id: str
    scope: ISecurityGroup


@structs.frozen(kw_only=True)
class S3DestinationOptions:
    """Options for writing logs to a S3 destination."""

    file_format: FlowLogFileFormat | None = None
    hive_compatible_partitions: bool | None = None
    per_hour_partition: bool | None = None


@structs.frozen(kw_only=True)
class SecurityGroupImportOptions:
    """Additional options for imported security groups."""

    allow_all_ipv6_outbound: bool | None = None
    allow_all_outbound: bool | None = None
    mutable: bool | None = None


@structs.frozen(kw_only=True)
class SecurityGroupProps:
    """The SecurityGroup keyword arguments.

    Takes the keyword arguments of ``SecurityGroup`` (see that class for each keyword).
    """

    vpc: IVpc
    allow_all_ipv6_outbound: bool | None = None
    allow_all_outbound: bool | None = None
    description: str | None = None
    disable_inline_rules: bool | None = None
    security_group_name: str | None = None


@structs.frozen(kw_only=True)
class SubnetAttributes:
    """:param subnet_id: The subnetId for this particular subnet."""

    subnet_id: str
    availability_zone: str | None = None
    ipv4_cidr_block: str | None = None
    route_table_id: str | None = None


@structs.frozen(kw_only=True)
class SubnetNetworkAclAssociationProps:
    """Properties to create a SubnetNetworkAclAssociation.

    Takes the keyword arguments of ``SubnetNetworkAclAssociation`` (see that class for each keyword).
    """

    network_acl: INetworkAcl
    subnet: ISubnet
    subnet_network_acl_association_name: str | None = None


@structs.frozen(kw_only=True)
class SubnetProps:
    """Specify configuration parameters for a VPC subnet.

    Takes the keyword arguments of ``Subnet`` (see that class for each keyword).
    """

    availability_zone: str
    cidr_block: str
    vpc_id: str
    assign_ipv6_address_on_creation: bool | None = None
    ipv6_cidr_block: str | None = None
    map_public_ip_on_launch: bool | None = None


@structs.frozen(kw_only=True)
class VpcAttributes:
    """Properties that reference an external Vpc."""

    availability_zones: Sequence[str]
    vpc_id: str
    isolated_subnet_ids: Sequence[str] | None = None
    isolated_subnet_ipv4_cidr_blocks: Sequence[str] | None = None
    isolated_subnet_names: Sequence[str] | None = None
    isolated_subnet_route_table_ids: Sequence[str] | None = None
    private_subnet_ids: Sequence[str] | None = None
    private_subnet_ipv4_cidr_blocks: Sequence[str] | None = None
    private_subnet_names: Sequence[str] | None = None
    private_subnet_route_table_ids: Sequence[str] | None = None
    public_subnet_ids: Sequence[str] | None = None
    public_subnet_ipv4_cidr_blocks: Sequence[str] | None = None
    public_subnet_names: Sequence[str] | None = None
    public_subnet_route_table_ids: Sequence[str] | None = None
    region: str | None = None
    vpc_cidr_block: str | None = None
    vpn_gateway_id: str | None = None


@structs.frozen(kw_only=True)
class VpcLookupOptions:
    """Properties for looking up an existing VPC."""

    is_default: bool | None = None
    owner_account_id: str | None = None
    region: str | None = None
    return_vpn_gateways: bool | None = None
    subnet_group_name_tag: str | None = None
    tags: Mapping[str, str] | None = None
    vpc_id: str | None = None
    vpc_name: str | None = None


@structs.frozen(kw_only=True)
class VpcProps:
    """Configuration for Vpc.

    Takes the keyword arguments of ``Vpc`` (see that class for each keyword).
    """

    availability_zones: Sequence[str] | None = None
    cidr: str | None = None
    create_internet_gateway: bool | None = None
    default_instance_tenancy: DefaultInstanceTenancy | None = None
    enable_dns_hostnames: bool | None = None
    enable_dns_support: bool | None = None
    flow_logs: Mapping[str, FlowLogOptions] | None = None
    gateway_endpoints: Mapping[str, GatewayVpcEndpointOptions] | None = None
    ip_addresses: IIpAddresses | None = None
    ip_protocol: IpProtocol | None = None
    ipv6_addresses: IIpv6Addresses | None = None
    max_azs: int | float | None = None
    nat_gateway_provider: NatProvider | None = None
    nat_gateways: int | float | None = None
    nat_gateway_subnets: SubnetSelection | None = None
    reserved_azs: int | float | None = None
    restrict_default_security_group: bool | None = None
    subnet_configuration: Sequence[SubnetConfiguration] | None = None
    vpc_name: str | None = None
    vpn_connections: Mapping[str, VpnConnectionOptions] | None = None
    vpn_gateway: bool | None = None
    vpn_gateway_asn: int | float | None = None
    vpn_route_propagation: Sequence[SubnetSelection] | None = None


@structs.frozen(kw_only=True)
class VpnConnectionAttributes:
    """Attributes of an imported VpnConnection."""

    customer_gateway_asn: int | float
    customer_gateway_id: str
    customer_gateway_ip: str
    vpn_id: str


@structs.frozen(kw_only=True)
class VpnConnectionProps:
    """The VpnConnection keyword arguments.

    Takes the keyword arguments of ``VpnConnection`` (see that class for each keyword).
    """

    ip: str
    asn: int | float | None = None
    static_routes: Sequence[str] | None = None
    tunnel_options: Sequence[VpnTunnelOption] | None = None
    vpc: IVpc


@structs.frozen(kw_only=True)
class VpnGatewayProps:
    """The VpnGateway Properties.

    Takes the keyword arguments of ``VpnGateway`` (see that class for each keyword).
    """

    type: str
    amazon_side_asn: int | float | None = None


@structs.frozen(kw_only=True)
class WindowsUserDataOptions:
    """Options when constructing UserData for Windows."""

    persist: bool | None = None
