"""Subnets: ``Subnet``, ``PublicSubnet``, ``PrivateSubnet``, imported subnets and route tables."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    DependencyGroup,
    Duration,
    Resource,
    Tags,
    Token,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import IDependable
    from l1.ec2 import CfnNatGateway
    from l1.interfaces.ec2 import SubnetReference
    from l2.ec2._interfaces import INetworkAcl

VPC_SUBNET_MARKER = "_pycdk_vpc_subnet"


class RouterType(enum.Enum):
    """The kind of target a route sends traffic to."""

    CARRIER_GATEWAY = "CarrierGateway"
    EGRESS_ONLY_INTERNET_GATEWAY = "EgressOnlyInternetGateway"
    GATEWAY = "Gateway"
    INSTANCE = "Instance"
    LOCAL_GATEWAY = "LocalGateway"
    NAT_GATEWAY = "NatGateway"
    NETWORK_INTERFACE = "NetworkInterface"
    TRANSIT_GATEWAY = "TransitGateway"
    VPC_PEERING_CONNECTION = "VpcPeeringConnection"
    VPC_ENDPOINT = "VpcEndpoint"
    CORE_NETWORK = "CoreNetwork"


_ROUTER_PROP: dict[RouterType, str] = {
    RouterType.CARRIER_GATEWAY: "carrier_gateway_id",
    RouterType.EGRESS_ONLY_INTERNET_GATEWAY: "egress_only_internet_gateway_id",
    RouterType.GATEWAY: "gateway_id",
    RouterType.INSTANCE: "instance_id",
    RouterType.LOCAL_GATEWAY: "local_gateway_id",
    RouterType.NAT_GATEWAY: "nat_gateway_id",
    RouterType.NETWORK_INTERFACE: "network_interface_id",
    RouterType.TRANSIT_GATEWAY: "transit_gateway_id",
    RouterType.VPC_PEERING_CONNECTION: "vpc_peering_connection_id",
    RouterType.VPC_ENDPOINT: "vpc_endpoint_id",
    RouterType.CORE_NETWORK: "core_network_arn",
}


@structs.frozen(kw_only=True)
class RouteTable:
    """A subnet's route table (``route_table_id`` is ``None`` for imports made without one).

    Args:
        route_table_id: the route table id.
    """

    route_table_id: Any = None  # ``str``; ``None`` for a subnet imported without one (``IRouteTable`` says str)


class _ImportedNetworkAcl(Resource):
    """The network ACL a subnet is associated with (an imported reference, no resource)."""

    def __init__(self, scope: Construct, id: str, network_acl_id: str) -> None:
        super().__init__(scope, id)
        self.network_acl_id = network_acl_id


class Subnet(Resource):
    """A new subnet with its own route table.

    Args:
        vpc_id: the VPC.
        availability_zone: the subnet's AZ.
        cidr_block: the subnet's IPv4 range.
        map_public_ip_on_launch: give instances a public IP (default: false).
        ipv6_cidr_block: the subnet's IPv6 range.
        assign_ipv6_address_on_creation: give instances an IPv6 address.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.Subnet"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        availability_zone: str,
        cidr_block: str,
        vpc_id: str,
        assign_ipv6_address_on_creation: bool | None = None,
        ipv6_cidr_block: str | None = None,
        map_public_ip_on_launch: bool | None = None,
    ) -> None:
        from l1.ec2 import CfnRouteTable, CfnSubnet, CfnSubnetRouteTableAssociation

        super().__init__(scope, id)
        setattr(self, VPC_SUBNET_MARKER, True)
        self.dependency_elements: list[Any] = []
        self._internet_connectivity_established = DependencyGroup()
        Tags.of(self).add("Name", self.node.path)
        self.availability_zone = availability_zone
        self.ipv4_cidr_block = cidr_block
        subnet = CfnSubnet(
            self,
            "Subnet",
            vpc_id=vpc_id,
            cidr_block=cidr_block,
            availability_zone=availability_zone,
            map_public_ip_on_launch=map_public_ip_on_launch,
            ipv6_cidr_block=ipv6_cidr_block,
            assign_ipv6_address_on_creation=assign_ipv6_address_on_creation,
        )
        self.subnet_id: str = subnet.ref
        self.subnet_vpc_id: str = subnet.attr_vpc_id
        self.subnet_availability_zone: str = subnet.attr_availability_zone
        self.subnet_ipv6_cidr_blocks: list[str] = subnet.attr_ipv6_cidr_blocks
        self.subnet_outpost_arn: str = subnet.attr_outpost_arn
        self._network_acl: Any = _ImportedNetworkAcl(self, "Acl", subnet.attr_network_acl_association_id)
        self.subnet_network_acl_association_id: str = subnet.attr_network_acl_association_id
        self.node.default_child = subnet
        table = CfnRouteTable(self, "RouteTable", vpc_id=vpc_id)
        self.route_table = RouteTable(route_table_id=table.ref)
        association = CfnSubnetRouteTableAssociation(
            self, "RouteTableAssociation", subnet_id=self.subnet_id, route_table_id=table.ref
        )
        self._internet_connectivity_established.add(association)
        self.internet_connectivity_established = self._internet_connectivity_established

    @staticmethod
    def is_vpc_subnet(x: object) -> bool:
        """True for subnets created by a ``Vpc`` or ``Subnet``."""
        return bool(getattr(x, VPC_SUBNET_MARKER, False))

    @staticmethod
    def from_subnet_attributes(
        scope: Construct,
        id: str,
        *,
        subnet_id: str,
        availability_zone: str | None = None,
        ipv4_cidr_block: str | None = None,
        route_table_id: str | None = None,
    ) -> ImportedSubnet:
        """An existing subnet, described by its attributes."""
        return ImportedSubnet(
            scope,
            id,
            subnet_id=subnet_id,
            availability_zone=availability_zone,
            ipv4_cidr_block=ipv4_cidr_block,
            route_table_id=route_table_id,
        )

    @staticmethod
    def from_subnet_id(scope: Construct, id: str, subnet_id: str) -> ImportedSubnet:
        """An existing subnet, known by its id only."""
        return Subnet.from_subnet_attributes(scope, id, subnet_id=subnet_id)

    @property
    def network_acl(self) -> INetworkAcl:
        """The network ACL associated with this subnet."""
        return self._network_acl

    def associate_network_acl(self, id: str, network_acl: INetworkAcl) -> None:
        """Associate a network ACL with this subnet (replacing the default one)."""
        from l2.ec2._network_acl import associate_network_acl

        self._network_acl = network_acl
        associate_network_acl(self, id, network_acl)

    def add_default_internet_route(self, gateway_id: str, gateway_attachment: IDependable) -> None:
        """Route ``0.0.0.0/0`` to an internet gateway (after its attachment)."""
        from l1.ec2 import CfnRoute

        route = CfnRoute(
            self,
            "DefaultRoute",
            route_table_id=self.route_table.route_table_id,
            destination_cidr_block="0.0.0.0/0",
            gateway_id=gateway_id,
        )
        route.node.add_dependency(gateway_attachment)
        self._internet_connectivity_established.add(route)

    def add_ipv6_default_internet_route(
        self, gateway_id: str, gateway_attachment: IDependable | None = None
    ) -> None:
        """Route ``::/0`` to an internet gateway (after its attachment)."""
        from l1.ec2 import CfnRoute

        route = CfnRoute(
            self,
            "DefaultRoute6",
            route_table_id=self.route_table.route_table_id,
            destination_ipv6_cidr_block="::/0",
            gateway_id=gateway_id,
        )
        if gateway_attachment is not None:
            route.node.add_dependency(gateway_attachment)
        self._internet_connectivity_established.add(route)

    def add_ipv6_default_egress_only_internet_route(self, gateway_id: str) -> None:
        """Route ``::/0`` to an egress-only internet gateway."""
        self.add_route(
            "DefaultRoute6",
            router_type=RouterType.EGRESS_ONLY_INTERNET_GATEWAY,
            router_id=gateway_id,
            destination_ipv6_cidr_block="::/0",
            enables_internet_connectivity=True,
        )

    def add_ipv6_nat64_route(self, nat_gateway_id: str) -> None:
        """Route ``64:ff9b::/96`` (NAT64) to a NAT gateway."""
        self.add_route(
            "Nat64",
            router_type=RouterType.NAT_GATEWAY,
            router_id=nat_gateway_id,
            enables_internet_connectivity=True,
            destination_ipv6_cidr_block="64:ff9b::/96",
        )

    def add_default_nat_route(self, nat_gateway_id: str) -> None:
        """Route ``0.0.0.0/0`` to a NAT gateway."""
        self.add_route(
            "DefaultRoute",
            router_type=RouterType.NAT_GATEWAY,
            router_id=nat_gateway_id,
            enables_internet_connectivity=True,
        )

    def add_route(
        self,
        id: str,
        *,
        router_id: str,
        router_type: RouterType,
        destination_cidr_block: str | None = None,
        destination_ipv6_cidr_block: str | None = None,
        enables_internet_connectivity: bool | None = None,
    ) -> None:
        """Add a route to this subnet's route table.

        Args:
            id: the route's construct id.
            router_id: the target's id (gateway, instance, ...).
            router_type: what kind of target ``router_id`` is.
            destination_cidr_block: IPv4 destination (default ``0.0.0.0/0`` unless an IPv6 one is given).
            destination_ipv6_cidr_block: IPv6 destination.
            enables_internet_connectivity: whether the route gives the subnet internet access.
        """
        from l1.ec2 import CfnRoute

        if destination_cidr_block and destination_ipv6_cidr_block:
            raise ValidationError("Cannot specify both 'destinationCidrBlock' and 'destinationIpv6CidrBlock'", self)
        if not isinstance(router_type, RouterType):
            raise TypeError(f"router_type must be a RouterType, got {type(router_type).__name__}")
        target = {_ROUTER_PROP[router_type]: router_id}
        route = CfnRoute(
            self,
            id,
            route_table_id=self.route_table.route_table_id,
            destination_cidr_block=destination_cidr_block
            or ("0.0.0.0/0" if destination_ipv6_cidr_block is None else None),
            destination_ipv6_cidr_block=destination_ipv6_cidr_block,
            **target,
        )
        if enables_internet_connectivity:
            self._internet_connectivity_established.add(route)


class PublicSubnet(Subnet):
    """A subnet whose default route goes to an internet gateway."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.PublicSubnet"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    @staticmethod
    def from_public_subnet_attributes(
        scope: Construct,
        id: str,
        *,
        subnet_id: str,
        availability_zone: str | None = None,
        ipv4_cidr_block: str | None = None,
        route_table_id: str | None = None,
    ) -> ImportedSubnet:
        """An existing public subnet."""
        return ImportedSubnet(
            scope,
            id,
            subnet_id=subnet_id,
            availability_zone=availability_zone,
            ipv4_cidr_block=ipv4_cidr_block,
            route_table_id=route_table_id,
        )

    def add_nat_gateway(self, eip_allocation_id: str | None = None, *, max_drain_duration: Duration | None = None) -> CfnNatGateway:
        """Create a NAT gateway in this subnet (with a new Elastic IP unless ``eip_allocation_id`` is given)."""
        from l1.ec2 import CfnEIP, CfnNatGateway

        if eip_allocation_id is None:
            eip_allocation_id = CfnEIP(self, "EIP", domain="vpc").attr_allocation_id
        ngw = CfnNatGateway(
            self,
            "NATGateway",
            subnet_id=self.subnet_id,
            allocation_id=eip_allocation_id,
            max_drain_duration_seconds=max_drain_duration.to_seconds() if max_drain_duration is not None else None,
        )
        ngw.node.add_dependency(self.internet_connectivity_established)
        return ngw


class PrivateSubnet(Subnet):
    """A subnet without a route to an internet gateway."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.PrivateSubnet"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    @staticmethod
    def from_private_subnet_attributes(
        scope: Construct,
        id: str,
        *,
        subnet_id: str,
        availability_zone: str | None = None,
        ipv4_cidr_block: str | None = None,
        route_table_id: str | None = None,
    ) -> ImportedSubnet:
        """An existing private subnet."""
        return ImportedSubnet(
            scope,
            id,
            subnet_id=subnet_id,
            availability_zone=availability_zone,
            ipv4_cidr_block=ipv4_cidr_block,
            route_table_id=route_table_id,
        )


class ImportedSubnet(Resource):
    """A subnet defined outside this app.

    Args:
        subnet_id: the id of the subnet.
        availability_zone: its availability zone (default: unknown; reading it throws).
        ipv4_cidr_block: its IPv4 range (default: unknown; reading it throws).
        route_table_id: its route table (default: unknown, with a warning when read).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        subnet_id: str,
        availability_zone: str | None = None,
        ipv4_cidr_block: str | None = None,
        route_table_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not route_table_id:
            ref = (
                f"at '{scope.node.path}/{id}'"
                if Token.is_unresolved(subnet_id)
                else f"'{subnet_id}'"
            )
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ec2:noSubnetRouteTableId",
                f"No routeTableId was provided to the subnet {ref}. Attempting to read its .routeTable.routeTableId "
                "will return null/undefined. (More info: https://github.com/aws/aws-cdk/pull/3171)",
            )
        self._ipv4_cidr_block = ipv4_cidr_block
        self._availability_zone = availability_zone
        self.subnet_id = subnet_id
        self.route_table = RouteTable(route_table_id=route_table_id)
        self.internet_connectivity_established = DependencyGroup()

    @property
    def availability_zone(self) -> str:
        """The subnet's AZ (raises if it was not given)."""
        if not self._availability_zone:
            raise ValidationError(
                "You cannot reference a Subnet's availability zone if it was not supplied. Add the availabilityZone "
                "when importing using Subnet.fromSubnetAttributes()",
                self,
            )
        return self._availability_zone

    def associate_network_acl(self, id: str, network_acl: INetworkAcl) -> None:
        """Associate a network ACL with this subnet."""
        from l2.ec2._network_acl import associate_network_acl

        associate_network_acl(self, id, network_acl)

    @property
    def ipv4_cidr_block(self) -> str:
        """The subnet's IPv4 range (raises if it was not given)."""
        if not self._ipv4_cidr_block:
            raise ValidationError(
                "You cannot reference an imported Subnet's IPv4 CIDR if it was not supplied. Add the ipv4CidrBlock "
                "when importing using Subnet.fromSubnetAttributes()",
                self,
            )
        return self._ipv4_cidr_block


def _subnet_ref(self: Subnet) -> SubnetReference:
    """A reference to this subnet (``subnet_id``)."""
    from l1.interfaces.ec2 import SubnetReference

    return SubnetReference(subnet_id=self.subnet_id)


Subnet.subnet_ref = property(_subnet_ref)  # type: ignore[attr-defined]


def _imported_subnet_ref(self: ImportedSubnet) -> SubnetReference:
    """A reference to this subnet (``subnet_id``)."""
    from l1.interfaces.ec2 import SubnetReference

    return SubnetReference(subnet_id=self.subnet_id)


ImportedSubnet.subnet_ref = property(_imported_subnet_ref)  # type: ignore[attr-defined]
