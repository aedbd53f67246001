"""ELBv2 interfaces: load balancers, listeners, target groups, targets, certificates and trust stores.

Owned and imported constructs satisfy these protocols structurally; the signatures of the package use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l2.elasticloadbalancingv2._metrics_interfaces import (
    IApplicationLoadBalancerMetrics,
    IApplicationTargetGroupMetrics,
    INetworkLoadBalancerMetrics,
    INetworkTargetGroupMetrics,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from constructs import Duration, IConstruct, IDependable
    from l2.ec2 import Connections, IConnectable, IVpc, Port
    from l2.elasticloadbalancingv2._actions import ListenerAction, ListenerCondition, NetworkListenerAction
    from l2.elasticloadbalancingv2._application_listener import ApplicationListener
    from l2.elasticloadbalancingv2._enums import (
        AlpnPolicy,
        ApplicationProtocol,
        ApplicationProtocolVersion,
        IpAddressType,
        SslPolicy,
        TargetGroupLoadBalancingAlgorithmType,
    )
    from l2.elasticloadbalancingv2._enums import (
        Protocol as LbProtocol,
    )
    from l2.elasticloadbalancingv2._network_listener import NetworkListener
    from l2.elasticloadbalancingv2._structs import HealthCheck, LoadBalancerTargetProps, MutualAuthentication
    from l2.elasticloadbalancingv2._target_group import ApplicationTargetGroup

__all__ = [
    "IApplicationLoadBalancerMetrics",
    "IApplicationTargetGroupMetrics",
    "INetworkLoadBalancerMetrics",
    "INetworkTargetGroupMetrics",
]


@runtime_checkable
class ILoadBalancerV2(Protocol):
    """A load balancer (Application or Network)."""

    @property
    def load_balancer_canonical_hosted_zone_id(self) -> str:
        """The canonical hosted zone id of the load balancer."""
        ...

    @property
    def load_balancer_dns_name(self) -> str:
        """The DNS name of the load balancer."""
        ...


@runtime_checkable
class IApplicationLoadBalancerRef(Protocol):
    """A reference to an Application Load Balancer (its ARN)."""

    @property
    def is_application_load_balancer(self) -> bool:
        """Always true."""
        ...

    @property
    def load_balancer_arn(self) -> str:
        """The ARN of the load balancer."""
        ...


@runtime_checkable
class IApplicationLoadBalancer(Protocol):
    """An Application Load Balancer: ``ApplicationLoadBalancer``, imported or looked up."""

    @property
    def load_balancer_arn(self) -> str:
        """The ARN of the load balancer."""
        ...

    @property
    def connections(self) -> Connections:
        """The security groups of the load balancer."""
        ...

    def add_listener(
        self,
        id: str,
        *,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: ListenerAction | None = None,
        default_target_groups: Sequence[IApplicationTargetGroup] | None = None,
        mutual_authentication: MutualAuthentication | None = None,
        open: bool | None = None,
        port: int | float | None = None,
        protocol: ApplicationProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
    ) -> ApplicationListener:
        """Add a listener."""
        ...

    @property
    def ip_address_type(self) -> IpAddressType | None:
        """The IP address type."""
        ...

    @property
    def listeners(self) -> list[ApplicationListener]:
        """The listeners (owned load balancers only)."""
        ...

    @property
    def metrics(self) -> IApplicationLoadBalancerMetrics:
        """The CloudWatch metrics."""
        ...

    @property
    def vpc(self) -> IVpc | None:
        """The VPC, when known."""
        ...


@runtime_checkable
class INetworkLoadBalancer(Protocol):
    """A Network Load Balancer: ``NetworkLoadBalancer``, imported or looked up."""

    @property
    def load_balancer_arn(self) -> str:
        """The ARN of the load balancer."""
        ...

    def add_listener(
        self,
        id: str,
        *,
        port: int | float,
        alpn_policy: AlpnPolicy | None = None,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: NetworkListenerAction | None = None,
        default_target_groups: Sequence[INetworkTargetGroup] | None = None,
        protocol: LbProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
        tcp_idle_timeout: Duration | None = None,
    ) -> NetworkListener:
        """Add a listener."""
        ...

    @property
    def enforce_security_group_inbound_rules_on_private_link_traffic(self) -> str | None:
        """``"on"``/``"off"`` when set."""
        ...

    @property
    def ip_address_type(self) -> IpAddressType | None:
        """The IP address type."""
        ...

    @property
    def metrics(self) -> INetworkLoadBalancerMetrics:
        """The CloudWatch metrics."""
        ...

    @property
    def security_groups(self) -> list[str] | None:
        """The security group ids."""
        ...

    @property
    def vpc(self) -> IVpc | None:
        """The VPC, when known."""
        ...


@runtime_checkable
class IListener(Protocol):
    """A listener."""

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class IListenerRef(Protocol):
    """A reference to a listener (its ARN)."""

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class IApplicationListenerRef(Protocol):
    """A reference to an Application Load Balancer listener."""

    @property
    def is_application_listener(self) -> bool:
        """Always true."""
        ...

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class INetworkListenerRef(Protocol):
    """A reference to a Network Load Balancer listener."""

    @property
    def is_network_listener(self) -> bool:
        """Always true."""
        ...

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class IApplicationListener(Protocol):
    """An Application Load Balancer listener: ``ApplicationListener``, imported or looked up."""

    def add_action(
        self,
        id: str,
        *,
        action: ListenerAction,
        remove_suffix: bool | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> None:
        """Add an action (a rule with conditions and priority)."""
        ...

    def add_certificates(self, id: str, certificates: Sequence[IListenerCertificate]) -> None:
        """Add certificates."""
        ...

    def add_target_groups(
        self,
        id: str,
        *,
        target_groups: Sequence[IApplicationTargetGroup],
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> None:
        """Forward (matching) requests to target groups."""
        ...

    def add_targets(
        self,
        id: str,
        *,
        deregistration_delay: Duration | None = None,
        enable_anomaly_mitigation: bool | None = None,
        health_check: HealthCheck | None = None,
        load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None,
        port: int | float | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        slow_start: Duration | None = None,
        stickiness_cookie_duration: Duration | None = None,
        stickiness_cookie_name: str | None = None,
        target_group_name: str | None = None,
        targets: Sequence[IApplicationLoadBalancerTarget] | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> ApplicationTargetGroup:
        """Create a target group for targets and forward (matching) requests to it."""
        ...

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...

    @property
    def connections(self) -> Connections:
        """The security groups of the load balancer."""
        ...

    def register_connectable(self, connectable: IConnectable, port_range: Port) -> None:
        """Let the load balancer reach ``connectable`` on ``port_range``."""
        ...


@runtime_checkable
class INetworkListener(Protocol):
    """A Network Load Balancer listener: ``NetworkListener``, imported or looked up."""

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class ITargetGroup(Protocol):
    """A target group."""

    @property
    def load_balancer_attached(self) -> IDependable:
        """What depends on the target group being attached to a load balancer."""
        ...

    @property
    def target_group_name(self) -> str:
        """The name of the target group."""
        ...

    @property
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...

    @property
    def load_balancer_arns(self) -> str:
        """The ARNs of the load balancers the target group is attached to."""
        ...


@runtime_checkable
class INetworkTargetGroupRef(Protocol):
    """A reference to a Network Load Balancer target group (its ARN)."""

    @property
    def is_network_target_group(self) -> bool:
        """Always true."""
        ...

    @property
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...


@runtime_checkable
class IApplicationTargetGroup(Protocol):
    """An Application Load Balancer target group: ``ApplicationTargetGroup`` or imported."""

    @property
    def metrics(self) -> IApplicationTargetGroupMetrics:
        """The CloudWatch metrics."""
        ...

    @property
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...

    def register_listener(
        self, listener: IApplicationListener, associating_construct: IConstruct | None = None
    ) -> None:
        """Register ``listener`` as forwarding to this target group."""
        ...

    def register_connectable(self, connectable: IConnectable, port_range: Port | None = None) -> None:
        """Let the load balancer reach ``connectable``."""
        ...

    def add_target(self, *targets: IApplicationLoadBalancerTarget) -> None:
        """Add targets."""
        ...


@runtime_checkable
class INetworkTargetGroup(Protocol):
    """A Network Load Balancer target group: ``NetworkTargetGroup`` or imported."""

    @property
    def metrics(self) -> INetworkTargetGroupMetrics:
        """The CloudWatch metrics."""
        ...

    @property
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...

    def register_listener(self, listener: INetworkListenerRef) -> None:
        """Register ``listener`` as forwarding to this target group."""
        ...

    def add_target(self, *targets: INetworkLoadBalancerTarget) -> None:
        """Add targets."""
        ...


@runtime_checkable
class IApplicationLoadBalancerTarget(Protocol):
    """Something an Application Load Balancer target group can send traffic to."""

    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Register this target with ``target_group``."""
        ...


@runtime_checkable
class INetworkLoadBalancerTarget(Protocol):
    """Something a Network Load Balancer target group can send traffic to."""

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register this target with ``target_group``."""
        ...


@runtime_checkable
class IListenerCertificate(Protocol):
    """A certificate for an HTTPS or TLS listener (``ListenerCertificate`` or an ACM certificate)."""

    @property
    def certificate_arn(self) -> str:
        """The ARN of the certificate."""
        ...


@runtime_checkable
class IListenerAction(Protocol):
    """An action of a listener."""

    def render_rule_actions(self) -> list[dict[str, object]]:
        """The rendered rule actions."""
        ...

    def render_actions(self) -> list[dict[str, object]]:
        """The rendered default actions."""
        ...


@runtime_checkable
class ITrustStore(Protocol):
    """A trust store of CA certificates for mutual TLS."""

    @property
    def trust_store_arn(self) -> str:
        """The ARN of the trust store."""
        ...

    @property
    def trust_store_name(self) -> str:
        """The name of the trust store."""
        ...
