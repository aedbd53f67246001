"""Network ACLs: ``NetworkAcl``, its entries (``AclTraffic`` + ``AclCidr``) and subnet associations."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Names, Resource, Tags
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.interfaces.ec2 import (
        NetworkAclEntryReference,
        NetworkAclReference,
        SubnetNetworkAclAssociationReference,
    )
    from l2.ec2._interfaces import ISubnet
    from l2.ec2._props import AclTrafficConfig
    from l2.ec2._subnet_filter import SubnetFilter
    from l2.ec2._vpc import IVpc, SubnetSelection, SubnetType


class Action(enum.Enum):
    """Whether an entry allows or denies its traffic."""

    ALLOW = "allow"
    DENY = "deny"


class TrafficDirection(enum.Enum):
    """The direction of an entry's traffic."""

    EGRESS = 0
    INGRESS = 1


class AclCidr:
    """The addresses an entry matches: ``AclCidr.ipv4("10.0.0.0/8")``, ``AclCidr.any_ipv6()``...

    Args:
        config: the CIDR keys of the entry (``CidrBlock`` or ``Ipv6CidrBlock``); use the factories instead.
    """

    def __init__(self, config: dict[str, str]) -> None:
        self._config = config

    @staticmethod
    def ipv4(ipv4_cidr: str) -> AclCidr:
        """An IPv4 range."""
        return AclCidr({"cidr_block": ipv4_cidr})

    @staticmethod
    def any_ipv4() -> AclCidr:
        """Every IPv4 address."""
        return AclCidr.ipv4("0.0.0.0/0")

    @staticmethod
    def ipv6(ipv6_cidr: str) -> AclCidr:
        """An IPv6 range."""
        return AclCidr({"ipv6_cidr_block": ipv6_cidr})

    @staticmethod
    def any_ipv6() -> AclCidr:
        """Every IPv6 address."""
        return AclCidr.ipv6("::/0")

    def to_cidr_config(self) -> dict[str, str]:
        """The entry's CIDR properties."""
        return dict(self._config)


@structs.frozen(kw_only=True)
class AclIcmp:
    """An ICMP type and code (-1 for all).

    Args:
        code: the ICMP code (default all).
        type: the ICMP type (default all).
    """

    code: int | None = None
    type: int | None = None


class AclTraffic:
    """The protocol and ports an entry matches: ``AclTraffic.tcp_port(443)``, ``AclTraffic.all_traffic()``...

    Args:
        config: the protocol, ICMP and port-range keys of the entry; use the factories instead.
    """

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config

    @staticmethod
    def all_traffic() -> AclTraffic:
        """Every protocol."""
        return AclTraffic({"protocol": -1})

    @staticmethod
    def icmp(*, code: int | None = None, type: int | None = None) -> AclTraffic:
        """ICMP of a type and code."""
        return AclTraffic({"protocol": 1, "icmp": AclIcmp(code=code, type=type)})

    @staticmethod
    def icmpv6(*, code: int | None = None, type: int | None = None) -> AclTraffic:
        """ICMPv6 of a type and code."""
        return AclTraffic({"protocol": 58, "icmp": AclIcmp(code=code, type=type)})

    @staticmethod
    def tcp_port(port: int) -> AclTraffic:
        """One TCP port."""
        return AclTraffic({"protocol": 6, "port_range": (port, port)})

    @staticmethod
    def tcp_port_range(start_port: int, end_port: int) -> AclTraffic:
        """A range of TCP ports."""
        return AclTraffic({"protocol": 6, "port_range": (start_port, end_port)})

    @staticmethod
    def udp_port(port: int) -> AclTraffic:
        """One UDP port."""
        return AclTraffic({"protocol": 17, "port_range": (port, port)})

    @staticmethod
    def udp_port_range(start_port: int, end_port: int) -> AclTraffic:
        """A range of UDP ports."""
        return AclTraffic({"protocol": 17, "port_range": (start_port, end_port)})

    def to_traffic_config(self) -> AclTrafficConfig:
        """The protocol, ICMP options and port range (an ``AclTrafficConfig``)."""
        from l2.ec2._props import AclPortRange, AclTrafficConfig

        port_range = self._config.get("port_range")
        return AclTrafficConfig(
            protocol=self._config["protocol"],
            icmp=self._config.get("icmp"),
            port_range=AclPortRange(from_=port_range[0], to=port_range[1]) if port_range is not None else None,
        )

    def _l1_props(self) -> dict[str, Any]:
        from l1.ec2 import CfnNetworkAclEntry

        props: dict[str, Any] = {"protocol": self._config["protocol"]}
        icmp = self._config.get("icmp")
        if icmp is not None:
            props["icmp"] = CfnNetworkAclEntry.IcmpProperty(code=icmp.code, type=icmp.type)
        port_range = self._config.get("port_range")
        if port_range is not None:
            props["port_range"] = CfnNetworkAclEntry.PortRangeProperty(from_=port_range[0], to=port_range[1])
        return props


class NetworkAclBase(Resource):
    """What new and imported network ACLs share: adding entries."""

    network_acl_id: str

    def add_entry(
        self,
        id: str,
        *,
        cidr: AclCidr,
        rule_number: int,
        traffic: AclTraffic,
        direction: TrafficDirection | None = None,
        network_acl_entry_name: str | None = None,
        rule_action: Action | None = None,
    ) -> NetworkAclEntry:
        """Add an entry (see ``NetworkAclEntry``)."""
        return NetworkAclEntry(
            self, id, network_acl=self, cidr=cidr, rule_number=rule_number, traffic=traffic, direction=direction,
            network_acl_entry_name=network_acl_entry_name, rule_action=rule_action,
        )


class NetworkAcl(NetworkAclBase):
    """A network ACL of a VPC, optionally associated with selected subnets.

    Args:
        vpc: the VPC.
        network_acl_name: the ``Name`` tag (default the construct path).
        subnet_selection: subnets to associate now (``DefaultAssociation``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.NetworkAcl"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        network_acl_name: str | None = None,
        subnet_selection: SubnetSelection | None = None,
    ) -> None:
        from l1.ec2 import CfnNetworkAcl

        super().__init__(scope, id)
        self.vpc = vpc
        Tags.of(self).add("Name", network_acl_name or self.node.path)
        self.network_acl = CfnNetworkAcl(self, "Resource", vpc_id=vpc.vpc_id)
        self.network_acl_id = self.network_acl.ref
        self.network_acl_vpc_id: str = self.network_acl.vpc_id
        if subnet_selection is not None:
            from l2.ec2._vpc import _options

            self.associate_with_subnet("DefaultAssociation", **_options(subnet_selection))

    @staticmethod
    def from_network_acl_id(scope: Construct, id: str, network_acl_id: str) -> NetworkAclBase:
        """An existing network ACL."""
        imported = NetworkAclBase(scope, id)
        imported.network_acl_id = network_acl_id
        return imported

    def associate_with_subnet(
        self,
        id: str,
        *,
        availability_zones: Sequence[str] | None = None,
        one_per_az: bool | None = None,
        subnet_filters: Sequence[SubnetFilter] | None = None,
        subnet_group_name: str | None = None,
        subnets: Sequence[ISubnet] | None = None,
        subnet_type: SubnetType | None = None,
    ) -> None:
        """Associate this ACL with the subnets selected by ``SubnetSelection``'s fields."""
        selected = self.vpc.select_subnets(
            availability_zones=availability_zones,
            one_per_az=one_per_az,
            subnet_filters=subnet_filters,
            subnet_group_name=subnet_group_name,
            subnets=subnets,
            subnet_type=subnet_type,
        )
        for subnet in selected.subnets:
            subnet.associate_network_acl(id, self)


class NetworkAclEntry(Resource):
    """An entry of a network ACL.

    Args:
        network_acl: the ACL.
        cidr: the addresses.
        rule_number: the order of evaluation (lower first).
        traffic: the protocol and ports.
        direction: ingress or egress (default: CloudFormation's, ingress).
        network_acl_entry_name: the physical name.
        rule_action: allow (default) or deny.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.NetworkAclEntry"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network_acl: NetworkAclBase,
        cidr: AclCidr,
        rule_number: int,
        traffic: AclTraffic,
        direction: TrafficDirection | None = None,
        network_acl_entry_name: str | None = None,
        rule_action: Action | None = None,
    ) -> None:
        from l1.ec2 import CfnNetworkAclEntry

        super().__init__(scope, id, physical_name=network_acl_entry_name)
        self.network_acl = network_acl
        self._entry = CfnNetworkAclEntry(
            self,
            "Resource",
            network_acl_id=network_acl.network_acl_id,
            rule_number=rule_number,
            rule_action=(rule_action or Action.ALLOW).value,
            egress=(direction is TrafficDirection.EGRESS) if direction is not None else None,
            **traffic._l1_props(),
            **cidr.to_cidr_config(),
        )


    @property
    def network_acl_entry_ref(self) -> NetworkAclEntryReference:
        """A reference to this entry (``network_acl_entry_id``)."""
        from l1.interfaces.ec2 import NetworkAclEntryReference

        return NetworkAclEntryReference(network_acl_entry_id=self._entry.ref)


class SubnetNetworkAclAssociation(Resource):
    """Associates a network ACL with a subnet.

    Args:
        network_acl: the ACL.
        subnet: the subnet.
        subnet_network_acl_association_name: the physical name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.SubnetNetworkAclAssociation"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network_acl: NetworkAclBase,
        subnet: ISubnet,
        subnet_network_acl_association_name: str | None = None,
    ) -> None:
        from l1.ec2 import CfnSubnetNetworkAclAssociation

        super().__init__(scope, id, physical_name=subnet_network_acl_association_name)
        self.association = CfnSubnetNetworkAclAssociation(
            self, "Resource", network_acl_id=network_acl.network_acl_id, subnet_id=subnet.subnet_id
        )
        self.network_acl = network_acl
        self.subnet = subnet
        self.subnet_network_acl_association_association_id: str = self.association.attr_association_id

    @staticmethod
    def from_subnet_network_acl_association_association_id(
        scope: Construct, id: str, subnet_network_acl_association_association_id: str
    ) -> Resource:
        """An existing association, by id."""
        out = _ImportedAssociation(scope, id)
        out.subnet_network_acl_association_association_id = subnet_network_acl_association_association_id
        return out


class _ImportedAssociation(Resource):
    subnet_network_acl_association_association_id: str

    @property
    def subnet_network_acl_association_ref(self) -> SubnetNetworkAclAssociationReference:
        from l1.interfaces.ec2 import SubnetNetworkAclAssociationReference

        return SubnetNetworkAclAssociationReference(association_id=self.subnet_network_acl_association_association_id)


def associate_network_acl(subnet: Any, id: str, network_acl: Any) -> None:
    """``subnet.associate_network_acl``: the association lives under the ACL when it is a construct."""
    is_construct = isinstance(network_acl, Construct)
    scope = network_acl if is_construct else subnet
    other = subnet if is_construct else network_acl
    SubnetNetworkAclAssociation(
        scope, id + Names.node_unique_id(other.node), network_acl=network_acl, subnet=subnet
    )


def _network_acl_ref(self: NetworkAclBase) -> NetworkAclReference:
    """A reference to this network ACL (``network_acl_id``)."""
    from l1.interfaces.ec2 import NetworkAclReference

    return NetworkAclReference(network_acl_id=self.network_acl_id)


NetworkAclBase.network_acl_ref = property(_network_acl_ref)  # type: ignore[attr-defined]


def _subnet_network_acl_association_ref(self: SubnetNetworkAclAssociation) -> SubnetNetworkAclAssociationReference:
    """A reference to this association (``association_id``)."""
    from l1.interfaces.ec2 import SubnetNetworkAclAssociationReference

    return SubnetNetworkAclAssociationReference(association_id=self.subnet_network_acl_association_association_id)


SubnetNetworkAclAssociation.subnet_network_acl_association_ref = property(_subnet_network_acl_association_ref)  # type: ignore[attr-defined]
