"""IPv4 arithmetic for VPC subnet planning: ``NetworkBuilder`` hands out consecutive CIDR blocks."""

from __future__ import annotations

import math

from constructs import UnscopedValidationError


class InvalidCidrRangeError(UnscopedValidationError):
    """A subnet mask outside /16../28."""

    def __init__(self, cidr: str) -> None:
        super().__init__(
            cidr + " is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28."
        )


def valid_ip(ip_address: str) -> bool:
    """True for a dotted quad whose four octets are 0..255."""
    octets = ip_address.split(".")
    if len(octets) != 4:
        return False
    count = 0
    for octet in octets:
        try:
            value = int(octet, 10)
        except ValueError:
            continue
        if 0 <= value <= 255:
            count += 1
    return count == 4


def ip_to_num(ip_address: str) -> int:
    """The 32-bit number of a dotted quad."""
    if not valid_ip(ip_address):
        raise UnscopedValidationError(f"{ip_address} is not valid")
    total = 0
    for i, octet in enumerate(ip_address.split(".")):
        total += int(octet, 10) * 256 ** (3 - i)
    return total


def num_to_ip(ip_num: int) -> str:
    """The dotted quad of a 32-bit number."""
    remaining = ip_num
    parts: list[int] = []
    for i in range(4):
        if remaining != 0:
            parts.append(remaining // 256 ** (3 - i))
            remaining = remaining % 256 ** (3 - i)
        else:
            parts.append(0)
    ip = ".".join(str(p) for p in parts)
    if not valid_ip(ip):
        raise UnscopedValidationError(f"{ip} is not a valid IP Address")
    return ip


class CidrBlock:
    """An IPv4 CIDR block, built from ``"a.b.c.d/n"`` or from a start address and a mask."""

    def __init__(self, ip_address_or_cidr: str | int, mask: int | None = None) -> None:
        if isinstance(ip_address_or_cidr, str):
            address, _, bits = ip_address_or_cidr.partition("/")
            self.mask = int(bits, 10)
            self.network_address = ip_to_num(address) + 2 ** (32 - self.mask) - 1
        else:
            self.mask = mask if mask is not None else 16
            self.network_address = ip_address_or_cidr + 2 ** (32 - self.mask) - 1
        self.network_size = 2 ** (32 - self.mask)
        self.cidr = f"{self.min_ip()}/{self.mask}"

    def min_address(self) -> int:
        """The first address of the block."""
        return self.network_address - self.network_address % self.network_size

    def max_address(self) -> int:
        """The last address of the block."""
        return self.min_address() + self.network_size - 1

    def min_ip(self) -> str:
        """The first address as a dotted quad."""
        return num_to_ip(self.min_address())

    def max_ip(self) -> str:
        """The last address as a dotted quad."""
        return num_to_ip(self.max_address())

    def next_block(self) -> CidrBlock:
        """The block of the same size right after this one."""
        return CidrBlock(self.max_address() + 1, self.mask)

    def contains_cidr(self, other: CidrBlock) -> bool:
        """True if ``other`` lies inside this block."""
        return self.max_address() >= other.max_address() and self.min_address() <= other.min_address()


class NetworkBuilder:
    """Allocates consecutive subnets inside a VPC CIDR."""

    def __init__(self, cidr: str) -> None:
        self.network_cidr = CidrBlock(cidr)
        self.subnet_cidrs: list[CidrBlock] = []
        self.next_available_ip = self.network_cidr.min_address()

    def add_subnet(self, mask: int) -> str:
        """Allocate one subnet of ``mask`` bits."""
        return self.add_subnets(mask, 1)[0]

    def add_subnets(self, mask: int, count: int = 1) -> list[str]:
        """Allocate ``count`` subnets of ``mask`` bits."""
        if mask < 16 or mask > 28:
            raise InvalidCidrRangeError(f"x.x.x.x/{mask}")
        max_ip = self.next_available_ip + 2 ** (32 - mask) * count
        if self.network_cidr.max_address() < max_ip - 1:
            raise UnscopedValidationError(f"{count} of /{mask} exceeds remaining space of {self.network_cidr.cidr}")
        out: list[str] = []
        for _ in range(count):
            subnet = CidrBlock(self.next_available_ip, mask)
            self.next_available_ip = subnet.next_block().min_address()
            self.subnet_cidrs.append(subnet)
            out.append(subnet.cidr)
        return out

    def mask_for_remaining_subnets(self, subnet_count: int) -> int:
        """The largest mask that fits ``subnet_count`` equal subnets in the space left."""
        remaining = self.network_cidr.max_address() - self.next_available_ip + 1
        ips_per_subnet = remaining // subnet_count
        return 32 - math.floor(math.log2(ips_per_subnet))
