"""``SubnetFilter``: narrows a subnet selection (by id, AZ, one per AZ, addresses, mask, ranges)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Token, UnscopedValidationError
from l2.ec2._network_util import CidrBlock, ip_to_num


class SubnetFilter:
    """A filter applied to the subnets a ``SubnetSelection`` picked."""

    @staticmethod
    def by_ids(subnet_ids: Sequence[str]) -> SubnetFilter:
        """Keep the subnets with these ids."""
        return _ById(list(subnet_ids))

    @staticmethod
    def availability_zones(availability_zones: Sequence[str]) -> SubnetFilter:
        """Keep the subnets in these availability zones."""
        return _ByAz(list(availability_zones))

    @staticmethod
    def one_per_az() -> SubnetFilter:
        """Keep the first subnet of each availability zone."""
        return _OnePerAz()

    @staticmethod
    def contains_ip_addresses(ipv4addrs: Sequence[str]) -> SubnetFilter:
        """Keep the subnets whose range contains one of these addresses."""
        return _ContainsIps(list(ipv4addrs))

    @staticmethod
    def by_cidr_mask(mask: int) -> SubnetFilter:
        """Keep the subnets whose range has this netmask."""
        return _ByMask(mask)

    @staticmethod
    def by_cidr_ranges(cidrs: Sequence[str]) -> SubnetFilter:
        """Keep the subnets inside one of these ranges."""
        return _ByRanges(list(cidrs))

    def select_subnets(self, _subnets: Sequence[Any]) -> list[Any]:
        """The subnets this filter keeps."""
        raise UnscopedValidationError(
            "Cannot select subnets with an abstract SubnetFilter. `selectSubnets` needs to be implmemented."
        )


class _ByAz(SubnetFilter):
    def __init__(self, azs: list[str]) -> None:
        self.azs = azs

    def select_subnets(self, subnets: Sequence[Any]) -> list[Any]:
        return [s for s in subnets if s.availability_zone in self.azs]


class _OnePerAz(SubnetFilter):
    def select_subnets(self, subnets: Sequence[Any]) -> list[Any]:
        seen: set[str] = set()
        out: list[Any] = []
        for s in subnets:
            if s.availability_zone not in seen:
                seen.add(s.availability_zone)
                out.append(s)
        return out


class _ContainsIps(SubnetFilter):
    def __init__(self, ips: list[str]) -> None:
        self.ips = ips

    def select_subnets(self, subnets: Sequence[Any]) -> list[Any]:
        blocks = [CidrBlock(ip_to_num(ip), 32) for ip in self.ips]
        return [s for s in subnets if any(CidrBlock(s.ipv4_cidr_block).contains_cidr(b) for b in blocks)]


class _ById(SubnetFilter):
    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def select_subnets(self, subnets: Sequence[Any]) -> list[Any]:
        return [s for s in subnets if Token.as_string(s.subnet_id) in self.ids]


class _ByMask(SubnetFilter):
    def __init__(self, mask: int) -> None:
        self.mask = mask

    def select_subnets(self, subnets: Sequence[Any]) -> list[Any]:
        return [s for s in subnets if CidrBlock(s.ipv4_cidr_block).mask == self.mask]


class _ByRanges(SubnetFilter):
    def __init__(self, cidrs: list[str]) -> None:
        self.cidrs = cidrs

    def select_subnets(self, subnets: Sequence[Any]) -> list[Any]:
        ranges = [CidrBlock(c) for c in self.cidrs]
        return [s for s in subnets if any(r.contains_cidr(CidrBlock(s.ipv4_cidr_block)) for r in ranges)]
