"""The ec2 interfaces of instances, key pairs, placement groups, volumes and launch templates (aws-cdk-lib's
``IInstance``, ``IKeyPair``, ...), as runtime-checkable protocols that the concrete classes satisfy, and the
reference structs their ``*_ref`` properties return."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Construct, Duration, IDependable
    from l1.ec2 import CfnVPCCidrBlock
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import (
        AclCidr,
        AclTraffic,
        Action,
        AllocatedSubnet,
        Connections,
        NetworkAclEntry,
        RequestedSubnet,
        SubnetIpamOptions,
        TrafficDirection,
        VpcIpamOptions,
    )
    from l2.ec2._key_pair import KeyPairType
    from l2.ec2._machine_image import OperatingSystemType
    from l2.ec2._placement_group import PlacementGroupSpreadLevel, PlacementGroupStrategy
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey


@structs.frozen(kw_only=True)
class InstanceReference:
    """A reference to an instance."""

    instance_id: str


@structs.frozen(kw_only=True)
class KeyPairReference:
    """A reference to a key pair."""

    key_name: str


@structs.frozen(kw_only=True)
class PlacementGroupReference:
    """A reference to a placement group."""

    group_name: str


@structs.frozen(kw_only=True)
class VolumeReference:
    """A reference to an EBS volume."""

    volume_id: str


@structs.frozen(kw_only=True)
class LaunchTemplateReference:
    """A reference to a launch template."""

    launch_template_id: str | None = None
    launch_template_name: str | None = None
    version: str | None = None


@runtime_checkable
class IInstance(Protocol):
    """An EC2 instance: its id and addresses, its connections and its grant principal."""

    @property
    def instance_id(self) -> str: ...

    @property
    def instance_availability_zone(self) -> str: ...

    @property
    def instance_private_dns_name(self) -> str: ...

    @property
    def instance_private_ip(self) -> str: ...

    @property
    def instance_public_dns_name(self) -> str: ...

    @property
    def instance_public_ip(self) -> str: ...


@runtime_checkable
class IKeyPair(Protocol):
    """An EC2 key pair: its name and (when known) its type."""

    @property
    def key_pair_name(self) -> str: ...

    @property
    def type(self) -> KeyPairType | None: ...

    def _is_os_compatible(self, os_type: OperatingSystemType) -> bool: ...


@runtime_checkable
class IPlacementGroup(Protocol):
    """A placement group."""

    @property
    def placement_group_name(self) -> str: ...

    @property
    def partitions(self) -> int | float | None: ...

    @property
    def spread_level(self) -> PlacementGroupSpreadLevel | None: ...

    @property
    def strategy(self) -> PlacementGroupStrategy | None: ...


@runtime_checkable
class IVolume(Protocol):
    """An EBS volume."""

    @property
    def volume_id(self) -> str: ...

    @property
    def availability_zone(self) -> str: ...

    @property
    def encryption_key(self) -> IKey | None: ...

    def grant_attach_volume(self, grantee: IGrantable, instances: Sequence[IInstance] | None = None) -> Grant: ...

    def grant_attach_volume_by_resource_tag(
        self, grantee: IGrantable, constructs: Sequence[Construct], tag_key_suffix: str | None = None
    ) -> Grant: ...

    def grant_detach_volume(self, grantee: IGrantable, instances: Sequence[IInstance] | None = None) -> Grant: ...

    def grant_detach_volume_by_resource_tag(
        self, grantee: IGrantable, constructs: Sequence[Construct], tag_key_suffix: str | None = None
    ) -> Grant: ...


@runtime_checkable
class ILaunchTemplate(Protocol):
    """A launch template (by id or name, and a version)."""

    @property
    def version_number(self) -> str: ...

    @property
    def launch_template_id(self) -> str | None: ...

    @property
    def launch_template_name(self) -> str | None: ...


@runtime_checkable
class IClientVpnConnectionHandler(Protocol):
    """A connection handler for client VPN endpoints."""

    @property
    def function_arn(self) -> str: ...

    @property
    def function_name(self) -> str: ...




@runtime_checkable
class IClientVpnEndpoint(Protocol):
    """A client VPN endpoint."""

    @property
    def endpoint_id(self) -> str: ...

    @property
    def target_networks_associated(self) -> IDependable: ...




@runtime_checkable
class IFlowLog(Protocol):
    """A FlowLog."""

    @property
    def flow_log_id(self) -> str: ...




@runtime_checkable
class IVpcEndpoint(Protocol):
    """A VPC endpoint."""

    @property
    def vpc_endpoint_id(self) -> str: ...




@runtime_checkable
class IGatewayVpcEndpoint(IVpcEndpoint, Protocol):
    """A gateway VPC endpoint."""




@runtime_checkable
class IGatewayVpcEndpointService(Protocol):
    """A service for a gateway VPC endpoint."""

    @property
    def name(self) -> str: ...




@runtime_checkable
class IInterfaceVpcEndpoint(IVpcEndpoint, Protocol):
    """An interface VPC endpoint."""




@runtime_checkable
class IInterfaceVpcEndpointService(Protocol):
    """A service for an interface VPC endpoint (``private_dns_default`` may be left out: then true)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"private_dns_default"})

    @property
    def name(self) -> str: ...

    @property
    def port(self) -> int | float: ...

    @property
    def private_dns_default(self) -> bool | None: ...




@runtime_checkable
class IIpAddresses(Protocol):
    """Implementations for ip address management."""

    def allocate_subnets_cidr(self, *, requested_subnets: Sequence[RequestedSubnet], vpc_cidr: str) -> SubnetIpamOptions: ...

    def allocate_vpc_cidr(self) -> VpcIpamOptions: ...




@runtime_checkable
class IIpv6Addresses(Protocol):
    """Implementations for IPv6 address management."""

    def allocate_subnets_ipv6_cidr(self, *, allocated_subnets: Sequence[AllocatedSubnet], ipv6_cidrs: Sequence[str]) -> SubnetIpamOptions: ...

    def allocate_vpc_ipv6_cidr(self, *, scope: Construct, vpc_id: str) -> CfnVPCCidrBlock: ...

    @property
    def amazon_provided(self) -> bool: ...

    def create_ipv6_cidr_blocks(self, *, ipv6_selected_cidr: str, subnet_count: int | float, size_mask: str | None = None) -> list[str]: ...




@runtime_checkable
class INetworkAcl(Protocol):
    """A NetworkAcl."""

    def add_entry(self, id: str, *, cidr: AclCidr, rule_number: int | float, traffic: AclTraffic, direction: TrafficDirection | None = None, network_acl_entry_name: str | None = None, rule_action: Action | None = None) -> NetworkAclEntry: ...

    @property
    def network_acl_id(self) -> str: ...




@runtime_checkable
class INetworkAclEntry(Protocol):
    """A NetworkAclEntry."""

    @property
    def network_acl(self) -> INetworkAcl: ...




@runtime_checkable
class IPrefixList(Protocol):
    """A prefix list (a rule peer too: it has ``connections``)."""

    @property
    def prefix_list_id(self) -> str: ...

    @property
    def connections(self) -> Connections: ...




@runtime_checkable
class ISubnet(Protocol):
    """ISubnet."""

    def associate_network_acl(self, id: str, acl: INetworkAcl) -> None: ...

    @property
    def availability_zone(self) -> str: ...

    @property
    def internet_connectivity_established(self) -> IDependable: ...

    @property
    def ipv4_cidr_block(self) -> str: ...

    @property
    def route_table(self) -> IRouteTable: ...

    @property
    def subnet_id(self) -> str: ...




@runtime_checkable
class IPrivateSubnet(ISubnet, Protocol):
    """IPrivateSubnet."""




@runtime_checkable
class IPublicSubnet(ISubnet, Protocol):
    """IPublicSubnet."""




@runtime_checkable
class IRouteTable(Protocol):
    """An abstract route table."""

    @property
    def route_table_id(self) -> str: ...




@runtime_checkable
class ISubnetNetworkAclAssociation(Protocol):
    """A SubnetNetworkAclAssociation."""

    @property
    def subnet_network_acl_association_association_id(self) -> str: ...




@runtime_checkable
class IVpcEndpointService(Protocol):
    """A VPC endpoint service."""

    @property
    def vpc_endpoint_service_id(self) -> str: ...

    @property
    def vpc_endpoint_service_name(self) -> str: ...




@runtime_checkable
class IVpcEndpointServiceLoadBalancer(Protocol):
    """A load balancer that can host a VPC Endpoint Service."""

    @property
    def load_balancer_arn(self) -> str: ...




@runtime_checkable
class IVpnConnection(Protocol):
    """IVpnConnection."""

    @property
    def customer_gateway_asn(self) -> int | float: ...

    @property
    def customer_gateway_id(self) -> str: ...

    @property
    def customer_gateway_ip(self) -> str: ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None, dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None, period: Duration | None = None, region: str | None = None, stack_account: str | None = None, stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None, visible: bool | None = None) -> Metric: ...

    def metric_tunnel_data_in(self, *, account: str | None = None, color: str | None = None, dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None, period: Duration | None = None, region: str | None = None, stack_account: str | None = None, stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None, visible: bool | None = None) -> Metric: ...

    def metric_tunnel_data_out(self, *, account: str | None = None, color: str | None = None, dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None, period: Duration | None = None, region: str | None = None, stack_account: str | None = None, stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None, visible: bool | None = None) -> Metric: ...

    def metric_tunnel_state(self, *, account: str | None = None, color: str | None = None, dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None, period: Duration | None = None, region: str | None = None, stack_account: str | None = None, stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None, visible: bool | None = None) -> Metric: ...

    @property
    def vpn_id(self) -> str: ...




@runtime_checkable
class IVpnGateway(Protocol):
    """The virtual private gateway interface."""

    @property
    def gateway_id(self) -> str: ...

