"""Classic load balancer enums, structs and interfaces: protocols, health checks, listeners, targets."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Duration
from constructs.internals import structs
from l1._private.interfaces.elasticloadbalancing import LoadBalancerReference as LoadBalancerReference

if TYPE_CHECKING:
    from l1.elasticloadbalancing import CfnLoadBalancer
    from l2.ec2 import Connections, IVpc, SubnetSelection
    from l2.elasticloadbalancing._load_balancer import LoadBalancer


class LoadBalancingProtocol(enum.Enum):
    """The protocol a classic load balancer listens with or talks to its instances with."""

    TCP = "tcp"
    SSL = "ssl"
    HTTP = "http"
    HTTPS = "https"


@runtime_checkable
class IConnectable(Protocol):
    """Anything with ``connections``: security groups, peers, resources in a VPC (``ec2.IConnectable``)."""

    @property
    def connections(self) -> Connections:
        """The connections object controlling this thing's security group rules."""
        ...


@runtime_checkable
class ILoadBalancerTarget(Protocol):
    """Something a classic load balancer can route to: ``InstanceTarget`` or an Auto Scaling group."""

    @property
    def connections(self) -> Connections:
        """The target's connections (the load balancer opens its instance ports to them)."""
        ...

    def attach_to_classic_lb(self, load_balancer: LoadBalancer) -> None:
        """Register the target with a classic load balancer.

        Args:
            load_balancer: the load balancer to attach the target to.
        """
        ...


@runtime_checkable
class ILoadBalancer(Protocol):
    """A classic load balancer (its ``load_balancer_ref``)."""

    @property
    def load_balancer_ref(self) -> LoadBalancerReference:
        """The load balancer's name as a reference."""
        ...


@structs.frozen(kw_only=True)
class HealthCheck:
    """How the load balancer checks the health of its instances.

    Args:
        port: the port to check.
        healthy_threshold: successful checks before an instance is healthy (default 2).
        interval: time between checks (default 30 seconds).
        path: the path an HTTP or HTTPS check requests (default ``/``; ignored for TCP and SSL).
        protocol: default HTTP for port 80, HTTPS for 443, else TCP.
        timeout: the check's timeout (default 5 seconds).
        unhealthy_threshold: failed checks before an instance is unhealthy (default 5).
    """

    port: int | float
    healthy_threshold: int | float | None = None
    interval: Duration | None = None
    path: str | None = None
    protocol: LoadBalancingProtocol | None = None
    timeout: Duration | None = None
    unhealthy_threshold: int | float | None = None


@structs.frozen(kw_only=True)
class LoadBalancerListener:
    """A listener: the port and protocol the load balancer accepts and where it sends the traffic.

    Args:
        external_port: the port the load balancer listens on.
        allow_connections_from: who may connect to the listener (default anyone over IPv4; an empty list allows
            nobody).
        external_protocol: may be omitted for ports 80 (HTTP) and 443 (HTTPS).
        internal_port: the instances' port (default ``external_port``).
        internal_protocol: default HTTP for instance port 80, HTTPS for 443, else HTTP behind an HTTP(S) listener
            and TCP behind a TCP or SSL one.
        policy_names: the SSL policy names.
        ssl_certificate_arn: the ARN of the SSL certificate.
    """

    external_port: int | float
    allow_connections_from: Sequence[IConnectable] | None = None
    external_protocol: LoadBalancingProtocol | None = None
    internal_port: int | float | None = None
    internal_protocol: LoadBalancingProtocol | None = None
    policy_names: Sequence[str] | None = None
    ssl_certificate_arn: str | None = None


@structs.frozen(kw_only=True)
class LoadBalancerProps:
    """The properties of a ``LoadBalancer``.

    Args:
        vpc: the VPC of the instances.
        access_logging_policy: where and how often access logs are written (default disabled).
        cross_zone: spread requests evenly over the availability zones (default true).
        health_check: how the instances are checked (default none).
        internet_facing: give the load balancer public addresses (default false; security groups unchanged).
        listeners: the listeners (more with ``add_listener``).
        subnet_selection: the subnets (default the public ones when internet-facing, else the private ones).
        targets: the targets (more with ``add_target``).
    """

    vpc: IVpc
    access_logging_policy: CfnLoadBalancer.AccessLoggingPolicyProperty | None = None
    cross_zone: bool | None = None
    health_check: HealthCheck | None = None
    internet_facing: bool | None = None
    listeners: Sequence[LoadBalancerListener] | None = None
    subnet_selection: SubnetSelection | None = None
    targets: Sequence[ILoadBalancerTarget] | None = None
