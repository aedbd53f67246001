"""``SecurityGroup``: a VPC security group whose rules sit inline or as separate ingress/egress resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    ContextProvider,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from l2.ec2._connections import Connections
from l2.ec2._peer import Peer, camel_rule
from l2.ec2._port import Port

if TYPE_CHECKING:
    from l1.interfaces.ec2 import SecurityGroupReference
    from l2.ec2._peer import IPeer
    from l2.ec2._prefix_list import PrefixListBase
    from l2.ec2._vpc import IVpc

DISABLE_INLINE_RULES_CONTEXT_KEY = "@aws-cdk/aws-ec2.securityGroupDisableInlineRules"
_SECURITY_GROUP_MARKER = "_pycdk_security_group"

MATCH_NO_TRAFFIC: dict[str, Any] = {
    "cidr_ip": "255.255.255.255/32",
    "description": "Disallow all traffic",
    "ip_protocol": "icmp",
    "from_port": 252,
    "to_port": 86,
}
ALLOW_ALL_RULE: dict[str, Any] = {
    "cidr_ip": "0.0.0.0/0",
    "description": "Allow all outbound traffic by default",
    "ip_protocol": "-1",
}
_INGRESS_KEYS = ("cidr_ip", "cidr_ipv6", "from_port", "to_port", "ip_protocol", "source_security_group_id",
                 "source_security_group_name", "source_security_group_owner_id")
_EGRESS_KEYS = ("cidr_ip", "cidr_ipv6", "from_port", "to_port", "ip_protocol", "destination_prefix_list_id",
                "destination_security_group_id")


def _same(a: Mapping[str, Any], b: Mapping[str, Any], keys: tuple[str, ...]) -> bool:
    return all(a.get(k) == b.get(k) for k in keys)


class SecurityGroupBase(Resource):
    """What new and imported security groups share: rules, ``connections``, use as a peer."""

    can_inline_rule = False
    security_group_id: str
    allow_all_outbound: bool
    allow_all_ipv6_outbound: bool

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, account=account, environment_from_arn=environment_from_arn, physical_name=physical_name,
            region=region,
        )
        setattr(self, _SECURITY_GROUP_MARKER, True)
        self.connections = Connections(security_groups=[self])
        self.default_port: Port | None = None
        self._peer_as_token_count = 0

    @staticmethod
    def is_security_group(x: object) -> bool:
        """True for security groups (new or imported)."""
        return bool(getattr(x, _SECURITY_GROUP_MARKER, False))

    @property
    def unique_id(self) -> str:
        """The group's id in rule names: its node's unique id."""
        return Names.node_unique_id(self.node)

    def add_ingress_rule(
        self, peer: IPeer | SecurityGroupBase | PrefixListBase, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow traffic from ``peer`` on ``connection`` (an ``AWS::EC2::SecurityGroupIngress`` resource)."""
        from l1.ec2 import CfnSecurityGroupIngress

        if description is None:
            description = f"from {peer.unique_id}:{connection}"
        scope, rule_id = self._rule_scope(peer, connection, "from", remote_rule)
        if scope.node.try_find_child(rule_id) is None:
            CfnSecurityGroupIngress(
                scope, rule_id, group_id=self.security_group_id, **peer._ingress(), **connection._rule(),
                description=description,
            )

    def add_egress_rule(
        self, peer: IPeer | SecurityGroupBase | PrefixListBase, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow traffic to ``peer`` on ``connection`` (an ``AWS::EC2::SecurityGroupEgress`` resource)."""
        from l1.ec2 import CfnSecurityGroupEgress

        if description is None:
            description = f"to {peer.unique_id}:{connection}"
        scope, rule_id = self._rule_scope(peer, connection, "to", remote_rule)
        if scope.node.try_find_child(rule_id) is None:
            CfnSecurityGroupEgress(
                scope, rule_id, group_id=self.security_group_id, **peer._egress(), **connection._rule(),
                description=description,
            )

    def _ingress(self) -> dict[str, Any]:
        return {"source_security_group_id": self.security_group_id}

    def _egress(self) -> dict[str, Any]:
        return {"destination_security_group_id": self.security_group_id}

    def to_ingress_rule_config(self) -> dict[str, str]:
        """This group as the source of an ingress rule."""
        return camel_rule(self._ingress())

    def to_egress_rule_config(self) -> dict[str, str]:
        """This group as the destination of an egress rule."""
        return camel_rule(self._egress())

    def _rule_scope(self, peer: Any, connection: Port, from_to: str, remote_rule: bool | None) -> tuple[Any, str]:
        if remote_rule and SecurityGroupBase.is_security_group(peer) and Stack.of(self) is not Stack.of(peer):
            reversed_from_to = "to" if from_to == "from" else "from"
            return peer, f"{self.unique_id}:{connection} {reversed_from_to}"
        return self, f"{from_to} {self._render_peer(peer)}:{connection}".replace("/", "_", 1)

    def _render_peer(self, peer: Any) -> str:
        if not Token.is_unresolved(peer.unique_id):
            return peer.unique_id
        count = self._peer_as_token_count
        self._peer_as_token_count += 1
        return f"'{{IndirectPeer{self._peer_as_token_count}}}'" if count else "{IndirectPeer}"


class SecurityGroup(SecurityGroupBase):
    """A new security group in a VPC.

    Args:
        vpc: the VPC.
        allow_all_outbound: allow all IPv4 traffic out (default true); if false, egress rules must be added.
        allow_all_ipv6_outbound: allow all IPv6 traffic out (default false).
        description: the group description (default: the construct path).
        disable_inline_rules: put every rule in its own resource (default: the
            ``@aws-cdk/aws-ec2.securityGroupDisableInlineRules`` context value, else false).
        security_group_name: the physical name (default generated by CloudFormation).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.SecurityGroup"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        description: str | None = None,
        disable_inline_rules: bool | None = None,
        security_group_name: str | None = None,
    ) -> None:
        from l1.ec2 import CfnSecurityGroup

        super().__init__(scope, id, physical_name=security_group_name)
        group_description = description or self.node.path
        self.allow_all_outbound = allow_all_outbound is not False
        self.allow_all_ipv6_outbound = bool(allow_all_ipv6_outbound)
        self.disable_inline_rules = (
            bool(disable_inline_rules)
            if disable_inline_rules is not None
            else bool(self.node.try_get_context(DISABLE_INLINE_RULES_CONTEXT_KEY))
        )
        self._direct_ingress: list[dict[str, Any]] = []
        self._direct_egress: list[dict[str, Any]] = []
        self.security_group = CfnSecurityGroup(
            self,
            "Resource",
            group_name=self.physical_name,
            group_description=group_description,
            security_group_ingress=Lazy.any(
                lambda: [CfnSecurityGroup.IngressProperty(**r) for r in self._direct_ingress],
                omit_empty_array=True,
            ),
            security_group_egress=Lazy.any(
                lambda: [CfnSecurityGroup.EgressProperty(**r) for r in self._direct_egress],
                omit_empty_array=True,
            ),
            vpc_id=vpc.vpc_id,
        )
        self.security_group_id: str = self.security_group.attr_group_id
        self.security_group_vpc_id: str = self.security_group.attr_vpc_id
        self._add_default_egress_rule()
        self._add_default_ipv6_egress_rule()

    @staticmethod
    def from_security_group_id(
        scope: Construct,
        id: str,
        security_group_id: str,
        *,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        mutable: bool | None = None,
    ) -> SecurityGroupBase:
        """An existing security group; rules added to it go in this stack unless ``mutable`` is false.

        Egress rules are added only when ``allow_all_outbound`` is false.
        """
        return _ImportedSecurityGroup(
            scope, id, security_group_id, allow_all_outbound=allow_all_outbound,
            allow_all_ipv6_outbound=allow_all_ipv6_outbound, mutable=mutable,
        )

    @staticmethod
    def from_lookup_by_id(scope: Construct, id: str, security_group_id: str) -> SecurityGroupBase:
        """An existing security group found by the CLI's ``security-group`` lookup, by id."""
        return SecurityGroup.from_lookup_attributes(scope, id, security_group_id=security_group_id)

    @staticmethod
    def from_lookup(scope: Construct, id: str, security_group_id: str) -> SecurityGroupBase:
        """Deprecated alias of ``from_lookup_by_id``."""
        return SecurityGroup.from_lookup_attributes(scope, id, security_group_id=security_group_id)

    @staticmethod
    def from_lookup_by_name(scope: Construct, id: str, security_group_name: str, vpc: IVpc) -> SecurityGroupBase:
        """An existing security group found by the CLI's ``security-group`` lookup, by name in a VPC."""
        return SecurityGroup.from_lookup_attributes(scope, id, security_group_name=security_group_name, vpc=vpc)

    @staticmethod
    def from_lookup_attributes(
        scope: Construct,
        id: str,
        *,
        security_group_id: str | None = None,
        security_group_name: str | None = None,
        vpc: IVpc | None = None,
    ) -> SecurityGroupBase:
        """An existing security group found by the CLI's ``security-group`` lookup."""
        vpc_id = vpc.vpc_id if vpc is not None else None
        if Token.is_unresolved(security_group_id) or Token.is_unresolved(security_group_name) or Token.is_unresolved(
            vpc_id
        ):
            raise ValidationError("All arguments to look up a security group must be concrete (no Tokens)", scope)
        props = {"securityGroupId": security_group_id, "securityGroupName": security_group_name, "vpcId": vpc_id}
        attributes = ContextProvider.get_value(
            scope,
            provider="security-group",
            props={k: v for k, v in props.items() if v is not None},
            dummy_value={"securityGroupId": "sg-12345678", "allowAllOutbound": True},
        ).value
        return SecurityGroup.from_security_group_id(
            scope, id, attributes["securityGroupId"], allow_all_outbound=attributes.get("allowAllOutbound"),
            mutable=True,
        )

    def add_ingress_rule(
        self, peer: IPeer | SecurityGroupBase | PrefixListBase, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow traffic from ``peer`` on ``connection`` (inline when possible)."""
        if not peer.can_inline_rule or not connection.can_inline_rule or self.disable_inline_rules:
            super().add_ingress_rule(peer, connection, description, remote_rule)
            return
        if description is None:
            description = f"from {peer.unique_id}:{connection}"
        rule = {**peer._ingress(), **connection._rule(), "description": description}
        if not any(_same(r, rule, _INGRESS_KEYS) for r in self._direct_ingress):
            self._direct_ingress.append(rule)

    def add_egress_rule(
        self, peer: IPeer | SecurityGroupBase | PrefixListBase, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow traffic to ``peer`` on ``connection`` (ignored while all outbound traffic is allowed)."""
        is_ipv6 = "cidr_ipv6" in peer._egress()
        if not is_ipv6 and self.allow_all_outbound:
            if not remote_rule:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-ec2:ipv4IgnoreEgressRule",
                    "Ignoring Egress rule since 'allowAllOutbound' is set to true; To add customized rules, set "
                    "allowAllOutbound=false on the SecurityGroup",
                )
            return
        if not is_ipv6 and not self.allow_all_outbound:
            self._remove_no_traffic_rule()
        if is_ipv6 and self.allow_all_ipv6_outbound:
            if not remote_rule:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-ec2:ipv6IgnoreEgressRule",
                    "Ignoring Egress rule since 'allowAllIpv6Outbound' is set to true; To add customized rules, set "
                    "allowAllIpv6Outbound=false on the SecurityGroup",
                )
            return
        if not peer.can_inline_rule or not connection.can_inline_rule or self.disable_inline_rules:
            super().add_egress_rule(peer, connection, description, remote_rule)
            return
        if description is None:
            description = f"from {peer.unique_id}:{connection}"
        rule = {**peer._egress(), **connection._rule(), "description": description}
        if (rule.get("cidr_ip") == "0.0.0.0/0" or rule.get("cidr_ipv6") == "::/0") and rule["ip_protocol"] == "-1":
            raise ValidationError(
                'Cannot add an "all traffic" egress rule in this way; set allowAllOutbound=true (for ipv4) or '
                "allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.",
                self,
            )
        if not any(_same(r, rule, _EGRESS_KEYS) for r in self._direct_egress):
            self._direct_egress.append(rule)

    def _add_default_egress_rule(self) -> None:
        if self.disable_inline_rules:
            if self.allow_all_outbound:
                SecurityGroupBase.add_egress_rule(
                    self, Peer.any_ipv4(), Port.all_traffic(), ALLOW_ALL_RULE["description"], False
                )
            else:
                SecurityGroupBase.add_egress_rule(
                    self, _NO_TRAFFIC_PEER, _NO_TRAFFIC_PORT, MATCH_NO_TRAFFIC["description"], False
                )
        else:
            self._direct_egress.append(dict(ALLOW_ALL_RULE if self.allow_all_outbound else MATCH_NO_TRAFFIC))

    def _add_default_ipv6_egress_rule(self) -> None:
        if not self.allow_all_ipv6_outbound:
            return
        description = "Allow all outbound ipv6 traffic by default"
        peer = Peer.any_ipv6()
        if self.disable_inline_rules:
            SecurityGroupBase.add_egress_rule(self, peer, Port.all_traffic(), description, False)
        else:
            self._direct_egress.append({"ip_protocol": "-1", "cidr_ipv6": peer.unique_id, "description": description})

    def _remove_no_traffic_rule(self) -> None:
        if self.disable_inline_rules:
            scope, rule_id = self._rule_scope(_NO_TRAFFIC_PEER, _NO_TRAFFIC_PORT, "to", False)
            scope.node.try_remove_child(rule_id)
        else:
            for i, rule in enumerate(self._direct_egress):
                if _same(rule, MATCH_NO_TRAFFIC, _EGRESS_KEYS):
                    del self._direct_egress[i]
                    break


_NO_TRAFFIC_PEER = Peer.ipv4(MATCH_NO_TRAFFIC["cidr_ip"])
_NO_TRAFFIC_PORT = Port.icmp_type_and_code(MATCH_NO_TRAFFIC["from_port"], MATCH_NO_TRAFFIC["to_port"])


class _ImportedSecurityGroup(SecurityGroupBase):
    """A security group from ``SecurityGroup.from_security_group_id``."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        security_group_id: str,
        *,
        allow_all_outbound: bool | None,
        allow_all_ipv6_outbound: bool | None,
        mutable: bool | None,
    ) -> None:
        super().__init__(scope, id)
        self.security_group_id = security_group_id
        self.allow_all_outbound = True if allow_all_outbound is None else allow_all_outbound
        self.allow_all_ipv6_outbound = bool(allow_all_ipv6_outbound)
        self._explicit_allow_all_outbound = allow_all_outbound
        self._mutable = mutable is not False

    def add_ingress_rule(
        self, peer: IPeer | SecurityGroupBase | PrefixListBase, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Add an ingress resource (nothing for immutable imports)."""
        if self._mutable:
            super().add_ingress_rule(peer, connection, description, remote_rule)

    def add_egress_rule(
        self, peer: IPeer | SecurityGroupBase | PrefixListBase, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Add an egress resource when the import said ``allow_all_outbound=False`` (never for immutable ones)."""
        if self._mutable and self._explicit_allow_all_outbound is False:
            super().add_egress_rule(peer, connection, description, remote_rule)


ISecurityGroup = SecurityGroupBase
"""The interface of security groups: every new or imported group is a ``SecurityGroupBase``."""


def _security_group_ref(self: SecurityGroupBase) -> SecurityGroupReference:
    """A reference to this security group (``security_group_id``)."""
    from l1.interfaces.ec2 import SecurityGroupReference

    return SecurityGroupReference(security_group_id=self.security_group_id)


SecurityGroupBase.security_group_ref = property(_security_group_ref)  # type: ignore[attr-defined]
