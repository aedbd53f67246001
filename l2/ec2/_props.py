"""The props and option structs of the ec2 constructs (``VpcProps``, ``SecurityGroupProps``, ...), with the
fields of aws-cdk-lib 2.275's structs: what each construct's keyword arguments are, as one value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.ec2 import CfnEIP, CfnPrefixList
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
        IPrefixList,
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
    """Acl Configuration for CIDR.

    Args:
        cidr_block: the IPv4 range the entry matches (default: none).
        ipv6_cidr_block: the IPv6 range the entry matches (default: none).
    """

    cidr_block: str | None = None
    ipv6_cidr_block: str | None = None


@structs.frozen(kw_only=True)
class AclPortRange:
    """Properties to create PortRange.

    Args:
        from_: the first port of the range (default: every port).
        to: the last port of the range (default: every port).
    """

    from_: int | float | None = None
    to: int | float | None = None


@structs.frozen(kw_only=True)
class AclTrafficConfig:
    """Acl Configuration for traffic.

    Args:
        protocol: the IP protocol number, ``-1`` for every protocol.
        icmp: the ICMP type and code, for the ICMP protocol (default: none).
        port_range: the TCP/UDP ports, for those protocols (default: every port).
    """

    protocol: int | float
    icmp: AclIcmp | None = None
    port_range: AclPortRange | None = None


@structs.frozen(kw_only=True)
class AddNatGatewayOptions:
    """Options for adding a NAT gateway to a public subnet.

    Args:
        max_drain_duration: how long the gateway drains connections when it is replaced (default 350 seconds).
    """

    max_drain_duration: Duration | None = None


@structs.frozen(kw_only=True)
class AddRouteOptions:
    """Options for adding a new route to a subnet.

    Args:
        router_id: the id of the router the route targets.
        router_type: what kind of router ``router_id`` is (``RouterType``).
        destination_cidr_block: the IPv4 range routed (default ``0.0.0.0/0``).
        destination_ipv6_cidr_block: the IPv6 range routed (default: none).
        enables_internet_connectivity: whether the route gives the subnet internet access, so that resources can
            depend on it (default false).
    """

    router_id: str
    router_type: RouterType
    destination_cidr_block: str | None = None
    destination_ipv6_cidr_block: str | None = None
    enables_internet_connectivity: bool | None = None


@structs.frozen(kw_only=True)
class AllocateCidrRequest:
    """Request for subnets CIDR to be allocated for a Vpc.

    Args:
        requested_subnets: the subnets that need an IPv4 range.
        vpc_cidr: the IPv4 range of the VPC to split.
    """

    requested_subnets: Sequence[RequestedSubnet]
    vpc_cidr: str


@structs.frozen(kw_only=True)
class AllocateIpv6CidrRequest:
    """Request for subnet IPv6 CIDRs to be allocated for a VPC.

    Args:
        allocated_subnets: the subnets already given IPv4 ranges, now needing IPv6 ones.
        ipv6_cidrs: the IPv6 blocks of the VPC to split.
    """

    allocated_subnets: Sequence[AllocatedSubnet]
    ipv6_cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class AllocateVpcIpv6CidrRequest:
    """Request for allocation of the VPC IPv6 CIDR.

    Args:
        vpc_id: the id of the VPC that receives the IPv6 block.
    """

    scope: Construct
    vpc_id: str


@structs.frozen(kw_only=True)
class AwsIpamProps:
    """Configuration for AwsIpam.

    Args:
        ipv4_ipam_pool_id: the IPAM pool the VPC range is allocated from.
        ipv4_netmask_length: the prefix length of the VPC range taken from the pool.
        default_subnet_ipv4_netmask_length: the prefix length of subnets that set none (default: the VPC range split
            evenly).
    """

    ipv4_ipam_pool_id: str
    ipv4_netmask_length: int | float
    default_subnet_ipv4_netmask_length: int | float | None = None


@structs.frozen(kw_only=True)
class CommonNetworkAclEntryOptions:
    """Basic NetworkACL entry props.

    Args:
        cidr: the addresses the entry matches (``AclCidr``).
        rule_number: the entry's number; entries are evaluated from the lowest up, and the first match decides.
        traffic: the protocol and ports the entry matches (``AclTraffic``).
        direction: inbound or outbound traffic (default ``TrafficDirection.INGRESS``).
        network_acl_entry_name: the name of the entry (default: none).
        rule_action: allow or deny matching traffic (default ``Action.ALLOW``).
    """

    cidr: AclCidr
    rule_number: int | float
    traffic: AclTraffic
    direction: TrafficDirection | None = None
    network_acl_entry_name: str | None = None
    rule_action: Action | None = None


@structs.frozen(kw_only=True)
class ConnectionRule:
    """:param from_port: Start of port range for the TCP and UDP protocols, or an ICMP type number. If you specify icmp for the IpProtocol property, you can specify -1 as a wildcard (i.e., any ICMP type number).

    Args:
        from_port: the first port, or the ICMP type; ``-1`` means any ICMP type.
        description: what the rule is for (default: none).
        protocol: the IP protocol name or number (default ``tcp``).
        to_port: the last port, or the ICMP code (default: ``from_port``).
    """

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
    peer: IPeer | ISecurityGroup | IPrefixList | None = None
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class CreateIpv6CidrBlocksRequest:
    """Request for IPv6 CIDR block to be split up.

    Args:
        ipv6_selected_cidr: the IPv6 block (usually ``Fn.select`` of the VPC's blocks) to split.
        subnet_count: how many ranges to make.
        size_mask: the number of host bits of each range, as a string (default ``"64"``, a /64).
    """

    ipv6_selected_cidr: str
    subnet_count: int | float
    size_mask: str | None = None


@structs.frozen(kw_only=True)
class DestinationOptions:
    """Options for writing logs to a destination.

    Args:
        file_format: the format of the log files written to S3 (default plain text).
        hive_compatible_partitions: use Hive-style S3 prefixes (default false).
        per_hour_partition: partition the logs by hour rather than by day (default false).
    """

    file_format: FlowLogFileFormat | None = None
    hive_compatible_partitions: bool | None = None
    per_hour_partition: bool | None = None


@structs.frozen(kw_only=True)
class EgressRuleConfig:
    """Configuration for an egress security group rule.

    Args:
        cidr_ip: the IPv4 range the traffic goes to.
        cidr_ipv6: the IPv6 range the traffic goes to.
        destination_prefix_list_id: the managed prefix list the traffic goes to.
        destination_security_group_id: the security group the traffic goes to.
    """

    cidr_ip: str | None = None
    cidr_ipv6: str | None = None
    destination_prefix_list_id: str | None = None
    destination_security_group_id: str | None = None


@structs.frozen(kw_only=True)
class EnableVpnGatewayOptions:
    """Options for the Vpc.enableVpnGateway() method.

    Args:
        type: the kind of VPN connection the gateway supports (``ipsec.1``).
        amazon_side_asn: the private ASN of the Amazon side of the BGP session (default: Amazon's).
        vpn_route_propagation: the subnets whose route tables get the VPN routes (default: none).
    """

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
    """Configuration for an ingress security group rule.

    Args:
        cidr_ip: the IPv4 range the traffic comes from.
        cidr_ipv6: the IPv6 range the traffic comes from.
        source_prefix_list_id: the managed prefix list the traffic comes from.
        source_security_group_id: the security group the traffic comes from.
        source_security_group_owner_id: the account owning ``source_security_group_id``, when it is another account.
    """

    cidr_ip: str | None = None
    cidr_ipv6: str | None = None
    source_prefix_list_id: str | None = None
    source_security_group_id: str | None = None
    source_security_group_owner_id: str | None = None


@structs.frozen(kw_only=True)
class InterfaceVpcEndpointAttributes:
    """Construction properties for an ImportedInterfaceVpcEndpoint.

    Args:
        port: the port the endpoint's service listens on.
        vpc_endpoint_id: the id of the existing endpoint.
        security_groups: the endpoint's security groups (default: none, so no connection rules can be added).
    """

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
    """Options when constructing UserData for Linux.

    Args:
        shebang: the first line of the script (default ``#!/bin/bash``).
    """

    shebang: str | None = None


@structs.frozen(kw_only=True)
class MultipartBodyOptions:
    """Options when creating ``MultipartBody``.

    Args:
        content_type: the MIME type of the part, such as ``text/x-shellscript``.
        body: the part's content (default: empty).
        transfer_encoding: how ``body`` is encoded, such as ``base64`` (default: none).
    """

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
    """Properties for a NAT gateway.

    Args:
        eip_allocation_ids: Elastic IP allocations to use, in order, for the gateways (default: new ones).
        max_drain_duration: how long a gateway drains connections when it is replaced (default 350 seconds).
    """

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
    """Properties for looking up an existing managed prefix list.

    Args:
        prefix_list_name: the name of the managed prefix list to find.
        address_family: ``IPv4`` or ``IPv6`` (default: either).
        owner_id: the account that owns the list (default: any).
    """

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
    """:param subnet_id: The subnetId for this particular subnet.

    Args:
        subnet_id: the id of the subnet.
        availability_zone: its availability zone (default: unknown; reading it throws).
        ipv4_cidr_block: its IPv4 range (default: unknown; reading it throws).
        route_table_id: its route table (default: unknown, with a warning when read).
    """

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
    """:param subnet_id: The subnetId for this particular subnet.

    Args:
        subnet_id: the id of the subnet.
        availability_zone: its availability zone (default: unknown; reading it throws).
        ipv4_cidr_block: its IPv4 range (default: unknown; reading it throws).
        route_table_id: its route table (default: unknown, with a warning when read).
    """

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
    """Properties for a Regional NAT Gateway Provider.

    Args:
        allocation_id: the Elastic IP allocation the gateway uses (default: AWS allocates addresses).
        availability_zone_addresses: Elastic IPs per availability zone (then ``allocation_id`` is ignored).
        eip: an ``CfnEIP`` whose allocation the gateway uses; not with ``allocation_id``.
        max_drain_duration: how long the gateway drains connections when it is replaced (default 350 seconds).
    """

    allocation_id: str | None = None
    availability_zone_addresses: Sequence[AvailabilityZoneAddress] | None = None
    eip: CfnEIP | None = None
    max_drain_duration: Duration | None = None


@structs.frozen(kw_only=True)
class RuleConfig:
    """Common configuration properties shared by ingress and egress security group rules.

    Args:
        cidr_ip: the IPv4 range of the peer.
        cidr_ipv6: the IPv6 range of the peer.
    """

    cidr_ip: str | None = None
    cidr_ipv6: str | None = None


@structs.frozen(kw_only=True)
class RuleScope:
    """The scope and id in which a given SecurityGroup rule should be defined."""

    id: str
    scope: ISecurityGroup


@structs.frozen(kw_only=True)
class S3DestinationOptions:
    """Options for writing logs to a S3 destination.

    Args:
        file_format: the format of the log files written to S3 (default plain text).
        hive_compatible_partitions: use Hive-style S3 prefixes (default false).
        per_hour_partition: partition the logs by hour rather than by day (default false).
    """

    file_format: FlowLogFileFormat | None = None
    hive_compatible_partitions: bool | None = None
    per_hour_partition: bool | None = None


@structs.frozen(kw_only=True)
class SecurityGroupImportOptions:
    """Additional options for imported security groups.

    Args:
        allow_all_ipv6_outbound: tell the construct the group already allows all IPv6 egress, so no egress rules get
            added (default false).
        allow_all_outbound: tell the construct the group already allows all IPv4 egress, so no egress rules get
            added (default true).
        mutable: whether rules may be added to the imported group (default true).
    """

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
    """:param subnet_id: The subnetId for this particular subnet.

    Args:
        subnet_id: the id of the subnet.
        availability_zone: its availability zone (default: unknown; reading it throws).
        ipv4_cidr_block: its IPv4 range (default: unknown; reading it throws).
        route_table_id: its route table (default: unknown, with a warning when read).
    """

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
    """Properties that reference an external Vpc.

    Args:
        availability_zones: the availability zones the subnets are in, in order.
        vpc_id: the id of the VPC.
        isolated_subnet_ids / private_subnet_ids / public_subnet_ids: the ids of the subnets of each kind, grouped
            by AZ in the order of ``availability_zones`` (default: none).
        isolated_subnet_ipv4_cidr_blocks / private_subnet_ipv4_cidr_blocks / public_subnet_ipv4_cidr_blocks: their
            IPv4 ranges, in the same order (default: unknown).
        isolated_subnet_names / private_subnet_names / public_subnet_names: the subnet group names, one per group
            (default: the subnet type's name).
        isolated_subnet_route_table_ids / private_subnet_route_table_ids / public_subnet_route_table_ids: their
            route tables, in the same order (default: unknown).
        region: the region of the VPC (default: the stack's).
        vpc_cidr_block: the primary IPv4 range of the VPC (default: unknown; reading it throws).
        vpn_gateway_id: the attached VPN gateway (default: none).
    """

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
    """Properties for looking up an existing VPC.

    Args:
        is_default: find the default VPC, or only non-default ones (default: either).
        owner_account_id: the account that owns the VPC (default: any).
        region: the region to search (default: the stack's).
        return_vpn_gateways: also look up the attached VPN gateway (default true).
        subnet_group_name_tag: the tag whose value names each subnet's group (default ``aws-cdk:subnet-name``).
        tags: tags the VPC must have (default: any).
        vpc_id: the id of the VPC (default: any).
        vpc_name: the ``Name`` tag of the VPC (default: any).
    """

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
    """Attributes of an imported VpnConnection.

    Args:
        customer_gateway_asn: the BGP ASN of the customer gateway.
        customer_gateway_id: the id of the customer gateway.
        customer_gateway_ip: the public IP of the customer gateway.
        vpn_id: the id of the VPN connection.
    """

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
    """Options when constructing UserData for Windows.

    Args:
        persist: run the user data on every boot, not only the first (default false).
    """

    persist: bool | None = None
