"""``Connections``: allow traffic between things that have security groups (or are peers), both ways at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import UnscopedValidationError

if TYPE_CHECKING:
    from l2.ec2._interfaces import IPrefixList
    from l2.ec2._peer import IPeer
    from l2.ec2._port import Port
    from l2.ec2._security_group import ISecurityGroup


class _ReactiveList:
    """A list whose listeners also see the elements added after they subscribed."""

    def __init__(self) -> None:
        self._elements: list[Any] = []
        self._listeners: list[Callable[[Any], None]] = []

    def push(self, *xs: Any) -> None:
        self._elements.extend(xs)
        for listener in list(self._listeners):
            for x in xs:
                listener(x)

    def for_each_and_forever(self, listener: Callable[[Any], None]) -> None:
        for element in list(self._elements):
            listener(element)
        self._listeners.append(listener)

    def as_list(self) -> list[Any]:
        return list(self._elements)


class Connections:
    """The security groups of a thing and the rules that connect it to others.

    Args:
        security_groups: the groups whose rules change (default none).
        peer: the peer others use to reach this thing (default: its security groups).
        default_port: the port others connect to.
    """

    def __init__(
        self,
        *,
        default_port: Port | None = None,
        peer: IPeer | ISecurityGroup | IPrefixList | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> None:
        self.connections = self
        self._security_groups = _ReactiveList()
        self._security_group_rules = _ReactiveList()
        self._skip = False
        self._remote_rule = False
        self._security_groups.push(*(security_groups or []))
        self._security_group_rules.push(*self._security_groups.as_list())
        if peer is not None:
            self._security_group_rules.push(peer)
        self.default_port = default_port

    @property
    def security_groups(self) -> list[ISecurityGroup]:
        """The security groups of this thing."""
        return self._security_groups.as_list()

    def add_security_group(self, *security_groups: ISecurityGroup) -> None:
        """Add security groups; existing and future rules apply to them too."""
        for group in security_groups:
            self._security_groups.push(group)
            self._security_group_rules.push(group)

    def allow_to(self, other: IConnectable, port_range: Port, description: str | None = None) -> None:
        """Allow traffic from this thing to ``other`` (egress here, ingress there)."""
        if self._skip:
            return
        remote_rule = self._remote_rule
        other_connections = other.connections
        self._security_groups.for_each_and_forever(
            lambda group: other_connections._security_group_rules.for_each_and_forever(
                lambda rule: group.add_egress_rule(rule, port_range, description, remote_rule)
            )
        )
        self._skip = True
        other_connections._remote_rule = True
        try:
            other_connections.allow_from(self, port_range, description)
        finally:
            self._skip = False
            other_connections._remote_rule = False

    def allow_from(self, other: IConnectable, port_range: Port, description: str | None = None) -> None:
        """Allow traffic from ``other`` to this thing (ingress here, egress there)."""
        if self._skip:
            return
        remote_rule = self._remote_rule
        other_connections = other.connections
        self._security_groups.for_each_and_forever(
            lambda group: other_connections._security_group_rules.for_each_and_forever(
                lambda rule: group.add_ingress_rule(rule, port_range, description, remote_rule)
            )
        )
        self._skip = True
        other_connections._remote_rule = True
        try:
            other_connections.allow_to(self, port_range, description)
        finally:
            self._skip = False
            other_connections._remote_rule = False

    def allow_internally(self, port_range: Port, description: str | None = None) -> None:
        """Allow traffic between this thing's own security groups."""

        def per_group(group: Any) -> None:
            def per_rule(rule: Any) -> None:
                group.add_ingress_rule(rule, port_range, description)
                group.add_egress_rule(rule, port_range, description)

            self._security_group_rules.for_each_and_forever(per_rule)

        self._security_groups.for_each_and_forever(per_group)

    def allow_to_any_ipv4(self, port_range: Port, description: str | None = None) -> None:
        """Allow traffic to every IPv4 address."""
        from l2.ec2._peer import Peer

        self.allow_to(Peer.any_ipv4(), port_range, description)

    def allow_from_any_ipv4(self, port_range: Port, description: str | None = None) -> None:
        """Allow traffic from every IPv4 address."""
        from l2.ec2._peer import Peer

        self.allow_from(Peer.any_ipv4(), port_range, description)

    def allow_default_port_from(self, other: IConnectable, description: str | None = None) -> None:
        """Allow ``other`` to reach this thing's default port."""
        if not self.default_port:
            raise UnscopedValidationError("Cannot call allowDefaultPortFrom(): this resource has no default port")
        self.allow_from(other, self.default_port, description)

    def allow_default_port_internally(self, description: str | None = None) -> None:
        """Allow this thing's groups to reach each other on its default port."""
        if not self.default_port:
            raise UnscopedValidationError("Cannot call allowDefaultPortInternally(): this resource has no default port")
        self.allow_internally(self.default_port, description)

    def allow_default_port_from_any_ipv4(self, description: str | None = None) -> None:
        """Allow every IPv4 address to reach this thing's default port."""
        if not self.default_port:
            raise UnscopedValidationError(
                "Cannot call allowDefaultPortFromAnyIpv4(): this resource has no default port"
            )
        self.allow_from_any_ipv4(self.default_port, description)

    def allow_to_default_port(self, other: IConnectable, description: str | None = None) -> None:
        """Allow this thing to reach ``other``'s default port."""
        if other.connections.default_port is None:
            raise UnscopedValidationError("Cannot call allowToDefaultPort(): other resource has no default port")
        self.allow_to(other, other.connections.default_port, description)

    def allow_default_port_to(self, other: IConnectable, description: str | None = None) -> None:
        """Allow this thing's default port to reach ``other``."""
        if not self.default_port:
            raise UnscopedValidationError("Cannot call allowDefaultPortTo(): this resource has no default port")
        self.allow_to(other, self.default_port, description)


@runtime_checkable
class IConnectable(Protocol):
    """Anything with ``connections`` (a ``Connections``): security groups, peers, resources in a VPC.

    Structural (aws-cdk-lib's ``ec2.IConnectable``): any object with a ``connections`` attribute or property
    qualifies, without subclassing this protocol.
    """

    @property
    def connections(self) -> Connections:
        """The security groups of this thing and the rules that connect it to others."""
        ...
