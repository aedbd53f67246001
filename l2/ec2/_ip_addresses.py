"""``IpAddresses``: how a VPC gets its IPv4 range and splits it into subnets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Fn, Token, UnscopedValidationError
from constructs.internals import structs
from l2.ec2._network_util import NetworkBuilder

if TYPE_CHECKING:
    from l1.ec2 import CfnVPCCidrBlock
    from l2.ec2._vpc import SubnetConfiguration


@structs.frozen(kw_only=True)
class VpcIpamOptions:
    """What ``IpAddresses.allocate_vpc_cidr`` returns.

    Args:
        cidr_block: the VPC's CIDR (for a fixed range).
        ipv4_ipam_pool_id: an IPAM pool to allocate from.
        ipv4_netmask_length: the netmask to request from the pool.
    """

    cidr_block: str | None = None
    ipv4_ipam_pool_id: str | None = None
    ipv4_netmask_length: int | None = None


@structs.frozen(kw_only=True)
class RequestedSubnet:
    """A subnet the VPC wants an address range for.

    Args:
        availability_zone: the subnet's AZ.
        configuration: the subnet group configuration.
        subnet_construct_id: the subnet's construct id (``<group>Subnet<n>``).
    """

    availability_zone: str
    configuration: SubnetConfiguration
    subnet_construct_id: str


@structs.frozen(kw_only=True)
class AllocatedSubnet:
    """An address range given to a requested subnet.

    Args:
        cidr: the IPv4 range.
        ipv6_cidr: the IPv6 range, for dual-stack VPCs.
    """

    cidr: str
    ipv6_cidr: str | None = None


@structs.frozen(kw_only=True)
class SubnetIpamOptions:
    """What ``IpAddresses.allocate_subnets_cidr`` returns.

    Args:
        allocated_subnets: one range per requested subnet, in request order.
    """

    allocated_subnets: Sequence[AllocatedSubnet]


class IpAddresses:
    """Factories of VPC address providers."""

    @staticmethod
    def cidr(cidr_block: str) -> IpAddresses:
        """A fixed IPv4 range (e.g. ``"10.0.0.0/16"``), split into subnets in order."""
        return _Cidr(cidr_block)

    @staticmethod
    def aws_ipam_allocation(
        *,
        ipv4_ipam_pool_id: str,
        ipv4_netmask_length: int,
        default_subnet_ipv4_netmask_length: int | None = None,
    ) -> IpAddresses:
        """A range allocated from an AWS IPAM pool at deployment; subnets are ``Fn::Cidr`` splits of it.

        Args:
            ipv4_netmask_length: the VPC's netmask.
            default_subnet_ipv4_netmask_length: the netmask of subnets without ``cidr_mask``.
            ipv4_ipam_pool_id: the IPAM pool.
        """
        return _AwsIpam(ipv4_netmask_length, default_subnet_ipv4_netmask_length, ipv4_ipam_pool_id)

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        """The CIDR (or IPAM request) of the VPC."""
        raise NotImplementedError

    def allocate_subnets_cidr(self, *, requested_subnets: Sequence[RequestedSubnet], vpc_cidr: str) -> SubnetIpamOptions:
        """The range of every requested subnet."""
        raise NotImplementedError


class _Cidr(IpAddresses):
    def __init__(self, cidr_block: str) -> None:
        if Token.is_unresolved(cidr_block):
            raise UnscopedValidationError(
                "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic "
                "subdivision)"
            )
        self.cidr_block = cidr_block
        self._builder = NetworkBuilder(cidr_block)

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        return VpcIpamOptions(cidr_block=self._builder.network_cidr.cidr)

    def allocate_subnets_cidr(self, *, requested_subnets: Sequence[RequestedSubnet], vpc_cidr: str) -> SubnetIpamOptions:
        allocated: list[AllocatedSubnet] = []
        without_mask: list[int] = []
        for index, requested in enumerate(requested_subnets):
            mask = requested.configuration.cidr_mask
            if mask is None:
                without_mask.append(index)
            else:
                allocated.append(AllocatedSubnet(cidr=self._builder.add_subnet(mask)))
        if without_mask:
            remaining_mask = self._builder.mask_for_remaining_subnets(len(without_mask))
            for index in without_mask:
                allocated.insert(index, AllocatedSubnet(cidr=self._builder.add_subnet(remaining_mask)))
        return SubnetIpamOptions(allocated_subnets=allocated)


class Ipv6Addresses:
    """Factories of VPC IPv6 address providers (dual-stack VPCs)."""

    @staticmethod
    def amazon_provided() -> Ipv6Addresses:
        """An Amazon-provided /56 block, split into /64 subnets."""
        return _AmazonProvided()

    def allocate_vpc_ipv6_cidr(self, *, scope: Construct, vpc_id: str) -> CfnVPCCidrBlock:
        """Create the VPC's IPv6 CIDR block resource."""
        raise NotImplementedError

    def create_ipv6_cidr_blocks(self, *, ipv6_selected_cidr: str, subnet_count: int, size_mask: str | None = None) -> list[str]:
        """Split the VPC's IPv6 block into ``subnet_count`` blocks."""
        raise NotImplementedError

    def allocate_subnets_ipv6_cidr(
        self, *, allocated_subnets: Sequence[AllocatedSubnet], ipv6_cidrs: list[str]
    ) -> SubnetIpamOptions:
        """Give each allocated subnet its IPv6 block."""
        raise NotImplementedError


class _AmazonProvided(Ipv6Addresses):
    amazon_provided = True

    def allocate_vpc_ipv6_cidr(self, *, scope: Construct, vpc_id: str) -> CfnVPCCidrBlock:
        from l1.ec2 import CfnVPCCidrBlock

        return CfnVPCCidrBlock(scope, "ipv6cidr", vpc_id=vpc_id, amazon_provided_ipv6_cidr_block=True)

    def create_ipv6_cidr_blocks(self, *, ipv6_selected_cidr: str, subnet_count: int, size_mask: str | None = None) -> list[str]:
        return Fn.cidr(ipv6_selected_cidr, subnet_count, size_mask or "64")

    def allocate_subnets_ipv6_cidr(
        self, *, allocated_subnets: Sequence[AllocatedSubnet], ipv6_cidrs: list[str]
    ) -> SubnetIpamOptions:
        return SubnetIpamOptions(allocated_subnets=[
            AllocatedSubnet(cidr=a.cidr, ipv6_cidr=Fn.select(i, ipv6_cidrs)) for i, a in enumerate(allocated_subnets)
        ])


@structs.frozen(kw_only=True)
class _CidrSplit:
    count: int
    netmask: int
    index: int


def _cidr_splits(root_netmask: int, netmasks: Sequence[int]) -> list[_CidrSplit]:
    out: list[_CidrSplit] = []
    offset = 0
    for netmask in netmasks:
        size = 2 ** (32 - netmask)
        offset = -(-offset // size) * size
        out.append(_CidrSplit(count=2 ** (netmask - root_netmask), netmask=netmask, index=offset // size))
        offset += size
    if offset > 2 ** (32 - root_netmask):
        shown = ",".join(f"/{m}" for m in netmasks)
        raise UnscopedValidationError(
            f"IP space of size /{root_netmask} not big enough to allocate subnets of sizes {shown}"
        )
    return out


def _split_to_cfn(parent_cidr: str, split: _CidrSplit) -> str:
    if split.count == 1:
        return parent_cidr
    if split.count <= 256:
        return Fn.select(split.index, Fn.cidr(parent_cidr, split.count, f"{32 - split.netmask}"))
    if split.netmask - 8 < 1:
        raise UnscopedValidationError(f"Cannot split an IP range into {split.count} /{split.netmask}s")
    parent = _CidrSplit(netmask=split.netmask - 8, count=-(-split.count // 256), index=split.index // 256)
    return _split_to_cfn(
        _split_to_cfn(parent_cidr, parent),
        _CidrSplit(netmask=split.netmask, count=256, index=split.index - parent.index * 256),
    )


class _AwsIpam(IpAddresses):
    def __init__(self, netmask: int, default_subnet_netmask: int | None, pool_id: str) -> None:
        self.ipv4_netmask_length = netmask
        self.default_subnet_ipv4_netmask_length = default_subnet_netmask
        self.ipv4_ipam_pool_id = pool_id

    def allocate_vpc_cidr(self) -> VpcIpamOptions:
        return VpcIpamOptions(ipv4_netmask_length=self.ipv4_netmask_length, ipv4_ipam_pool_id=self.ipv4_ipam_pool_id)

    def allocate_subnets_cidr(self, *, requested_subnets: Sequence[RequestedSubnet], vpc_cidr: str) -> SubnetIpamOptions:
        masks: list[int] = []
        for requested in requested_subnets:
            mask = requested.configuration.cidr_mask
            if mask is None and self.default_subnet_ipv4_netmask_length is None:
                raise UnscopedValidationError(
                    "If you have not set a cidr for all subnets in this case you must set a defaultCidrMask in AwsIpam "
                    "Options"
                )
            masks.append(mask if mask is not None else self.default_subnet_ipv4_netmask_length)  # type: ignore[arg-type]
        splits = _cidr_splits(self.ipv4_netmask_length, masks)
        return SubnetIpamOptions(allocated_subnets=[AllocatedSubnet(cidr=_split_to_cfn(vpc_cidr, sp)) for sp in splits])
