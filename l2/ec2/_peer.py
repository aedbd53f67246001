"""``Peer``: the other side of a security group rule (CIDR ranges, prefix lists, security group ids)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError

if TYPE_CHECKING:
    from l2.ec2._connections import Connections

_CAMEL = {
    "cidr_ip": "cidrIp",
    "cidr_ipv6": "cidrIpv6",
    "source_prefix_list_id": "sourcePrefixListId",
    "destination_prefix_list_id": "destinationPrefixListId",
    "source_security_group_id": "sourceSecurityGroupId",
    "source_security_group_owner_id": "sourceSecurityGroupOwnerId",
    "destination_security_group_id": "destinationSecurityGroupId",
}


def camel_rule(rule: dict[str, Any]) -> dict[str, Any]:
    """A rule config with aws-cdk-lib's camelCase keys."""
    return {_CAMEL.get(k, k): v for k, v in rule.items()}


class _PeerBase:
    """A peer: ``unique_id`` names rules, ``can_inline_rule`` says whether rules can sit in the group itself."""

    can_inline_rule = True
    unique_id: str

    @property
    def connections(self) -> Connections:
        """Connections of this peer (it has no security groups of its own)."""
        found = self.__dict__.get("_connections")
        if found is None:
            from l2.ec2._connections import Connections

            found = self.__dict__["_connections"] = Connections(peer=self)
        return found

    def _ingress(self) -> dict[str, Any]:
        raise NotImplementedError

    def _egress(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_ingress_rule_config(self) -> dict[str, str]:
        """The peer's keys of an ingress rule."""
        return camel_rule(self._ingress())

    def to_egress_rule_config(self) -> dict[str, str]:
        """The peer's keys of an egress rule."""
        return camel_rule(self._egress())


class _CidrIpv4(_PeerBase):
    def __init__(self, cidr_ip: str) -> None:
        self.cidr_ip = cidr_ip
        if not Token.is_unresolved(cidr_ip):
            match = re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}(/\d+)?", cidr_ip)
            if not match:
                raise UnscopedValidationError(f'Invalid IPv4 CIDR: "{cidr_ip}"')
            if not match.group(2):
                raise UnscopedValidationError(f'CIDR mask is missing in IPv4: "{cidr_ip}". Did you mean "{cidr_ip}/32"?')
        self.unique_id = cidr_ip

    def _ingress(self) -> dict[str, Any]:
        return {"cidr_ip": self.cidr_ip}

    def _egress(self) -> dict[str, Any]:
        return {"cidr_ip": self.cidr_ip}


class _CidrIpv6(_PeerBase):
    def __init__(self, cidr_ipv6: str) -> None:
        self.cidr_ipv6 = cidr_ipv6
        if not Token.is_unresolved(cidr_ipv6):
            match = re.fullmatch(r"([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(/\d+)?", cidr_ipv6)
            if not match:
                raise UnscopedValidationError(f'Invalid IPv6 CIDR: "{cidr_ipv6}"')
            if not match.group(3):
                raise UnscopedValidationError(
                    f'CIDR mask is missing in IPv6: "{cidr_ipv6}". Did you mean "{cidr_ipv6}/128"?'
                )
        self.unique_id = cidr_ipv6

    def _ingress(self) -> dict[str, Any]:
        return {"cidr_ipv6": self.cidr_ipv6}

    def _egress(self) -> dict[str, Any]:
        return {"cidr_ipv6": self.cidr_ipv6}


class _PrefixList(_PeerBase):
    can_inline_rule = False

    def __init__(self, prefix_list_id: str) -> None:
        self.prefix_list_id = prefix_list_id
        self.unique_id = prefix_list_id

    def _ingress(self) -> dict[str, Any]:
        return {"source_prefix_list_id": self.prefix_list_id}

    def _egress(self) -> dict[str, Any]:
        return {"destination_prefix_list_id": self.prefix_list_id}


class _SecurityGroupId(_PeerBase):
    def __init__(self, security_group_id: str, source_security_group_owner_id: str | None = None) -> None:
        self.security_group_id = security_group_id
        self.source_security_group_owner_id = source_security_group_owner_id
        if not Token.is_unresolved(security_group_id) and not re.fullmatch(r"sg-[a-z0-9]{8,17}", security_group_id):
            raise UnscopedValidationError(f'Invalid security group ID: "{security_group_id}"')
        owner = source_security_group_owner_id
        if owner and not Token.is_unresolved(owner) and not re.fullmatch(r"[0-9]{12}", owner):
            raise UnscopedValidationError(f'Invalid security group owner ID: "{owner}"')
        self.unique_id = security_group_id

    def _ingress(self) -> dict[str, Any]:
        rule: dict[str, Any] = {"source_security_group_id": self.security_group_id}
        if self.source_security_group_owner_id:
            rule["source_security_group_owner_id"] = self.source_security_group_owner_id
        return rule

    def _egress(self) -> dict[str, Any]:
        return {"destination_security_group_id": self.security_group_id}


class Peer:
    """Factories of rule peers."""

    @staticmethod
    def ipv4(cidr_ip: str) -> IPeer:
        """An IPv4 range (``"10.0.0.0/16"``)."""
        return _CidrIpv4(cidr_ip)

    @staticmethod
    def any_ipv4() -> IPeer:
        """Every IPv4 address (``0.0.0.0/0``)."""
        return _CidrIpv4("0.0.0.0/0")

    @staticmethod
    def ipv6(cidr_ip: str) -> IPeer:
        """An IPv6 range."""
        return _CidrIpv6(cidr_ip)

    @staticmethod
    def any_ipv6() -> IPeer:
        """Every IPv6 address (``::/0``)."""
        return _CidrIpv6("::/0")

    @staticmethod
    def prefix_list(prefix_list_id: str) -> IPeer:
        """A managed prefix list (its rules are always separate resources)."""
        return _PrefixList(prefix_list_id)

    @staticmethod
    def security_group_id(security_group_id: str, source_security_group_owner_id: str | None = None) -> IPeer:
        """A security group known by id (and, for ingress, its owner account)."""
        return _SecurityGroupId(security_group_id, source_security_group_owner_id)


IPeer = _PeerBase
"""The interface of rule peers (``Peer.*`` results; security groups are peers too)."""
