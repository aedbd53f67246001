"""ELBv2 interfaces: load balancers, listeners, target groups, targets, certificates and trust stores.

Owned and imported constructs satisfy these protocols structurally; the signatures of the package use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.elasticloadbalancingv2._structs import LoadBalancerTargetProps


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
    def connections(self) -> Any:
        """The security groups of the load balancer."""
        ...

    def add_listener(self, id: str, **kwargs: Any) -> Any:
        """Add a listener."""
        ...


@runtime_checkable
class INetworkLoadBalancer(Protocol):
    """A Network Load Balancer: ``NetworkLoadBalancer``, imported or looked up."""

    @property
    def load_balancer_arn(self) -> str:
        """The ARN of the load balancer."""
        ...

    def add_listener(self, id: str, **kwargs: Any) -> Any:
        """Add a listener."""
        ...


@runtime_checkable
class IApplicationLoadBalancerMetrics(Protocol):
    """The CloudWatch metrics of an Application Load Balancer."""

    def custom(self, metric_name: str, **kwargs: Any) -> Any:
        """A metric of this load balancer by name."""
        ...


@runtime_checkable
class INetworkLoadBalancerMetrics(Protocol):
    """The CloudWatch metrics of a Network Load Balancer."""

    def custom(self, metric_name: str, **kwargs: Any) -> Any:
        """A metric of this load balancer by name."""
        ...


@runtime_checkable
class IApplicationTargetGroupMetrics(Protocol):
    """The CloudWatch metrics of an Application Load Balancer target group."""

    def custom(self, metric_name: str, **kwargs: Any) -> Any:
        """A metric of this target group by name."""
        ...


@runtime_checkable
class INetworkTargetGroupMetrics(Protocol):
    """The CloudWatch metrics of a Network Load Balancer target group."""

    def custom(self, metric_name: str, **kwargs: Any) -> Any:
        """A metric of this target group by name."""
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
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class INetworkListenerRef(Protocol):
    """A reference to a Network Load Balancer listener."""

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...


@runtime_checkable
class IApplicationListener(Protocol):
    """An Application Load Balancer listener: ``ApplicationListener``, imported or looked up."""

    @property
    def listener_arn(self) -> str:
        """The ARN of the listener."""
        ...

    @property
    def connections(self) -> Any:
        """The security groups of the load balancer."""
        ...

    def register_connectable(self, connectable: Any, port_range: Any) -> None:
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
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...


@runtime_checkable
class IApplicationTargetGroup(Protocol):
    """An Application Load Balancer target group: ``ApplicationTargetGroup`` or imported."""

    @property
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...

    def register_listener(self, listener: Any, associating_construct: Any = None) -> None:
        """Register ``listener`` as forwarding to this target group."""
        ...

    def register_connectable(self, connectable: Any, port_range: Any = None) -> None:
        """Let the load balancer reach ``connectable``."""
        ...

    def add_target(self, *targets: Any) -> None:
        """Add targets."""
        ...


@runtime_checkable
class INetworkTargetGroup(Protocol):
    """A Network Load Balancer target group: ``NetworkTargetGroup`` or imported."""

    @property
    def target_group_arn(self) -> str:
        """The ARN of the target group."""
        ...

    def register_listener(self, listener: Any) -> None:
        """Register ``listener`` as forwarding to this target group."""
        ...

    def add_target(self, *targets: Any) -> None:
        """Add targets."""
        ...


@runtime_checkable
class IApplicationLoadBalancerTarget(Protocol):
    """Something an Application Load Balancer target group can send traffic to."""

    def attach_to_application_target_group(self, target_group: Any) -> LoadBalancerTargetProps:
        """Register this target with ``target_group``."""
        ...


@runtime_checkable
class INetworkLoadBalancerTarget(Protocol):
    """Something a Network Load Balancer target group can send traffic to."""

    def attach_to_network_target_group(self, target_group: Any) -> LoadBalancerTargetProps:
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

    def render_actions(self) -> list[Any]:
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
