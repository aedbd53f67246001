"""Network configurations of AgentCore runtimes and tools: public, sandbox or in a VPC."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SelectedSubnets, SubnetSelection


@structs.frozen(kw_only=True)
class VpcConfigProps:
    """Where in a VPC a runtime or tool places its network interfaces."""

    vpc: IVpc
    """The VPC."""
    allow_all_outbound: bool | None = None
    """Whether the created security group allows all outbound traffic (default true; not with ``security_groups``)."""
    security_groups: Sequence[ISecurityGroup] | None = None
    """The security groups (default a new one)."""
    vpc_subnets: SubnetSelection | None = None
    """The subnets (default the VPC's default selection)."""


class NetworkConfiguration:
    """The network mode of a runtime or tool, with its connections and subnets in VPC mode.

    Args:
        mode: the network mode: ``PUBLIC``, ``SANDBOX`` or ``VPC``.
        scope: the construct the security group is created under (VPC mode).
        vpc: the VPC to run in (VPC mode only).
        allow_all_outbound: whether the created security group allows all outbound traffic (VPC mode only).
        security_groups: security groups to use instead of a created one (VPC mode only).
        vpc_subnets: which subnets of the VPC to use (VPC mode only).
    """

    def __init__(self, mode: str, scope: Construct | None = None, *, vpc: IVpc | None = None,
                 allow_all_outbound: bool | None = None,
                 security_groups: Sequence[ISecurityGroup] | None = None,
                 vpc_subnets: SubnetSelection | None = None) -> None:
        self.network_mode = mode
        """The network mode (``PUBLIC``, ``SANDBOX`` or ``VPC``)."""
        self.scope = scope
        """The scope the security group is created in (VPC mode)."""
        self.connections: Connections | None = None
        """The connections of the network interfaces (VPC mode)."""
        self.vpc_subnets: SelectedSubnets | None = None
        """The selected subnets (VPC mode)."""
        if (security_groups or allow_all_outbound is not None) and vpc is None:
            raise UnscopedValidationError(
                "Cannot configure 'securityGroups' or 'allowAllOutbound' without configuring a VPC")
        if vpc is None:
            return
        if security_groups and allow_all_outbound is not None:
            raise UnscopedValidationError("Configure 'allowAllOutbound' directly on the supplied SecurityGroups")
        if scope is None:
            raise UnscopedValidationError("Scope is required to create the security group")
        from l2.ec2 import Connections, SecurityGroup

        groups: list[ISecurityGroup] = (list(security_groups) if security_groups else [SecurityGroup(
            scope, "SecurityGroup", vpc=vpc, allow_all_outbound=allow_all_outbound
            if allow_all_outbound is not None else True)])
        selection: dict[str, Any] = {} if vpc_subnets is None else {
            f.name: getattr(vpc_subnets, f.name) for f in structs.fields(type(vpc_subnets))
            if getattr(vpc_subnets, f.name) is not None}
        self.vpc_subnets = vpc.select_subnets(**selection)
        self.connections = Connections(security_groups=groups)

    def _vpc_config(self, connections: Connections | None) -> dict[str, Any] | None:
        if self.network_mode != "VPC" or connections is None:
            return None
        subnets = [s.subnet_id for s in self.vpc_subnets.subnets] if self.vpc_subnets is not None else []
        return {"subnets": subnets, "security_groups": [g.security_group_id for g in connections.security_groups]}


class RuntimeNetworkConfiguration(NetworkConfiguration):
    """The network of a runtime; build one with ``using_public_network`` or ``using_vpc``."""

    @staticmethod
    def using_public_network() -> RuntimeNetworkConfiguration:
        """The public network (the default)."""
        return RuntimeNetworkConfiguration("PUBLIC")

    @staticmethod
    def using_vpc(scope: Construct, *, vpc: IVpc, allow_all_outbound: bool | None = None,
                  security_groups: Sequence[ISecurityGroup] | None = None,
                  vpc_subnets: SubnetSelection | None = None) -> RuntimeNetworkConfiguration:
        """Network interfaces in ``vpc`` (a security group is created in ``scope`` unless given)."""
        return RuntimeNetworkConfiguration("VPC", scope, vpc=vpc, allow_all_outbound=allow_all_outbound,
                                           security_groups=security_groups, vpc_subnets=vpc_subnets)

    def _render(self, connections: Connections | None = None) -> dict[str, Any]:
        config = self._vpc_config(connections)
        return {"network_mode": self.network_mode, **({"network_mode_config": config} if config else {})}


class BrowserNetworkConfiguration(NetworkConfiguration):
    """The network of a custom browser; build one with ``using_public_network`` or ``using_vpc``."""

    @staticmethod
    def using_public_network() -> BrowserNetworkConfiguration:
        """The public network (the default)."""
        return BrowserNetworkConfiguration("PUBLIC")

    @staticmethod
    def using_vpc(scope: Construct, *, vpc: IVpc, allow_all_outbound: bool | None = None,
                  security_groups: Sequence[ISecurityGroup] | None = None,
                  vpc_subnets: SubnetSelection | None = None) -> BrowserNetworkConfiguration:
        """Network interfaces in ``vpc`` (a security group is created in ``scope`` unless given)."""
        return BrowserNetworkConfiguration("VPC", scope, vpc=vpc, allow_all_outbound=allow_all_outbound,
                                           security_groups=security_groups, vpc_subnets=vpc_subnets)

    def _render(self, connections: Connections | None = None) -> dict[str, Any]:
        config = self._vpc_config(connections)
        return {"network_mode": self.network_mode, **({"vpc_config": config} if config else {})}


class CodeInterpreterNetworkConfiguration(NetworkConfiguration):
    """The network of a custom code interpreter: public, sandbox or in a VPC."""

    @staticmethod
    def using_public_network() -> CodeInterpreterNetworkConfiguration:
        """The public network."""
        return CodeInterpreterNetworkConfiguration("PUBLIC")

    @staticmethod
    def using_sandbox_network() -> CodeInterpreterNetworkConfiguration:
        """A restricted sandbox network."""
        return CodeInterpreterNetworkConfiguration("SANDBOX")

    @staticmethod
    def using_vpc(scope: Construct, *, vpc: IVpc, allow_all_outbound: bool | None = None,
                  security_groups: Sequence[ISecurityGroup] | None = None,
                  vpc_subnets: SubnetSelection | None = None) -> CodeInterpreterNetworkConfiguration:
        """Network interfaces in ``vpc`` (a security group is created in ``scope`` unless given)."""
        return CodeInterpreterNetworkConfiguration("VPC", scope, vpc=vpc, allow_all_outbound=allow_all_outbound,
                                                   security_groups=security_groups, vpc_subnets=vpc_subnets)

    def _render(self, connections: Connections | None = None) -> dict[str, Any]:
        config = self._vpc_config(connections)
        return {"network_mode": self.network_mode, **({"vpc_config": config} if config else {})}
