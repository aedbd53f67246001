"""``LoadBalancer``: a classic load balancer with its listeners, targets and security group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Lazy, Resource, ValidationError
from l1.elasticloadbalancing import CfnLoadBalancer
from l2.elasticloadbalancing._types import (
    HealthCheck,
    IConnectable,
    ILoadBalancerTarget,
    LoadBalancerListener,
    LoadBalancerReference,
    LoadBalancingProtocol,
)

if TYPE_CHECKING:
    from l2.ec2 import Connections, Instance, ISecurityGroup, IVpc, Port, SelectedSubnets, SubnetSelection

_SELECTION_FIELDS = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets",
                     "subnet_type")


def _num(value: int | float) -> str:
    """A number as JavaScript's ``toString`` writes it."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _well_known(port: int | float) -> LoadBalancingProtocol | None:
    if port == 80:
        return LoadBalancingProtocol.HTTP
    if port == 443:
        return LoadBalancingProtocol.HTTPS
    return None


def _is_http(protocol: LoadBalancingProtocol) -> bool:
    return protocol in (LoadBalancingProtocol.HTTP, LoadBalancingProtocol.HTTPS)


def _health_check(check: HealthCheck) -> CfnLoadBalancer.HealthCheckProperty:
    protocol = check.protocol or _well_known(check.port) or LoadBalancingProtocol.TCP
    path = (check.path if check.path is not None else "/") if _is_http(protocol) else ""
    return CfnLoadBalancer.HealthCheckProperty(
        healthy_threshold=_num(check.healthy_threshold if check.healthy_threshold is not None else 2),
        interval=_num((check.interval or Duration.seconds(30)).to_seconds()),
        target=f"{protocol.value.upper()}:{_num(check.port)}{path}",
        timeout=_num((check.timeout or Duration.seconds(5)).to_seconds()),
        unhealthy_threshold=_num(check.unhealthy_threshold if check.unhealthy_threshold is not None else 5),
    )


class ListenerPort:
    """The port of a listener just added, as something connectable: its security group with the listener's port
    as the default port (``listener.connections.allow_default_port_from_any_ipv4()``)."""

    def __init__(self, security_group: ISecurityGroup, default_port: Port) -> None:
        """A listener's port and the load balancer's security group.

        Args:
            security_group: the load balancer's security group.
            default_port: the listener's port.
        """
        from l2.ec2 import Connections

        self.connections: Connections = Connections(security_groups=[security_group], default_port=default_port)


class InstanceTarget:
    """An EC2 instance as a target of a classic load balancer."""

    def __init__(self, instance: Instance) -> None:
        """An instance to register with a load balancer.

        Args:
            instance: the instance to register.
        """
        self.instance = instance
        self.connections: Connections = instance.connections

    def attach_to_classic_lb(self, load_balancer: LoadBalancer) -> None:
        """Register the instance with the load balancer.

        Args:
            load_balancer: the load balancer to attach the instance to.
        """
        load_balancer._add_instance_id(self.instance.instance_id)


class LoadBalancer(Resource):
    """A classic load balancer routing to instances in a VPC.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC of the instances.
        access_logging_policy: where and how often access logs are written (default disabled).
        cross_zone: spread requests evenly over the availability zones (default true).
        health_check: how the instances are checked (default none).
        internet_facing: give the load balancer public addresses (default false; security groups unchanged).
        listeners: the listeners (more with ``add_listener``).
        subnet_selection: the subnets (default the public ones when internet-facing, else the private ones).
        targets: the targets (more with ``add_target``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancing.LoadBalancer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        access_logging_policy: CfnLoadBalancer.AccessLoggingPolicyProperty | None = None,
        cross_zone: bool | None = None,
        health_check: HealthCheck | None = None,
        internet_facing: bool | None = None,
        listeners: Sequence[LoadBalancerListener] | None = None,
        subnet_selection: SubnetSelection | None = None,
        targets: Sequence[ILoadBalancerTarget] | None = None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        self._security_group = ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc, allow_all_outbound=False)
        self.connections: Connections = ec2.Connections(security_groups=[self._security_group])
        self.listener_ports: list[ListenerPort] = []
        self._listeners: list[CfnLoadBalancer.ListenersProperty] = []
        self._instance_ids: list[str] = []
        self._instance_ports: list[int | float] = []
        self._targets: list[ILoadBalancerTarget] = []
        selected: SelectedSubnets
        if subnet_selection is not None:
            selected = vpc.select_subnets(
                **{n: getattr(subnet_selection, n) for n in _SELECTION_FIELDS if getattr(subnet_selection, n) is not None}
            )
        else:
            selected = vpc.select_subnets(
                subnet_type=ec2.SubnetType.PUBLIC if internet_facing else ec2.SubnetType.PRIVATE_WITH_EGRESS
            )
        self._resource = CfnLoadBalancer(
            self,
            "Resource",
            security_groups=[self._security_group.security_group_id],
            subnets=selected.subnet_ids,
            listeners=Lazy.any(lambda: list(self._listeners)),
            instances=Lazy.list(lambda: list(self._instance_ids), display_hint="instances", omit_empty=True),
            scheme="internet-facing" if internet_facing else "internal",
            health_check=_health_check(health_check) if health_check is not None else None,
            cross_zone=True if cross_zone is None else cross_zone,
        )
        if internet_facing:
            self._resource.node.add_dependency(selected.internet_connectivity_established)
        if access_logging_policy is not None:
            self._resource.access_logging_policy = access_logging_policy
        for listener in listeners or []:
            self.add_listener(
                external_port=listener.external_port,
                allow_connections_from=listener.allow_connections_from,
                external_protocol=listener.external_protocol,
                internal_port=listener.internal_port,
                internal_protocol=listener.internal_protocol,
                policy_names=listener.policy_names,
                ssl_certificate_arn=listener.ssl_certificate_arn,
            )
        for target in targets or []:
            self.add_target(target)

    def add_listener(
        self,
        *,
        external_port: int | float,
        allow_connections_from: Sequence[IConnectable] | None = None,
        external_protocol: LoadBalancingProtocol | None = None,
        internal_port: int | float | None = None,
        internal_protocol: LoadBalancingProtocol | None = None,
        policy_names: Sequence[str] | None = None,
        ssl_certificate_arn: str | None = None,
    ) -> ListenerPort:
        """Add a listener; returns its port, to control who may connect to it.

        Args:
            external_port: the port the load balancer listens on.
            allow_connections_from: who may connect (default anyone over IPv4; an empty list allows nobody).
            external_protocol: may be omitted for ports 80 (HTTP) and 443 (HTTPS).
            internal_port: the instances' port (default ``external_port``).
            internal_protocol: default HTTP for instance port 80, HTTPS for 443, else HTTP behind an HTTP(S)
                listener and TCP behind a TCP or SSL one.
            policy_names: the SSL policy names.
            ssl_certificate_arn: the ARN of the SSL certificate.
        """
        from l2 import ec2

        protocol = external_protocol or _well_known(external_port)
        if protocol is None:
            raise ValidationError(f"Please supply protocol to go with port {_num(external_port)}", self)
        instance_port = internal_port or external_port
        instance_protocol = internal_protocol or _well_known(instance_port) or (
            LoadBalancingProtocol.HTTP if _is_http(protocol) else LoadBalancingProtocol.TCP
        )
        self._listeners.append(
            CfnLoadBalancer.ListenersProperty(
                load_balancer_port=_num(external_port),
                protocol=protocol.value,
                instance_port=_num(instance_port),
                instance_protocol=instance_protocol.value,
                ssl_certificate_id=ssl_certificate_arn or None,
                policy_names=list(policy_names) if policy_names is not None else None,
            )
        )
        port = ListenerPort(self._security_group, ec2.Port.tcp(external_port))
        peers = [ec2.Peer.any_ipv4()] if allow_connections_from is None else allow_connections_from
        for peer in peers:
            port.connections.allow_default_port_from(peer, f"Default rule allow on {_num(external_port)}")
        for target in self._targets:
            self._allow_target(instance_port, target)
        self._instance_ports.append(instance_port)
        self.listener_ports.append(port)
        return port

    def add_target(self, target: ILoadBalancerTarget) -> None:
        """Route to a target (an ``InstanceTarget`` or an Auto Scaling group).

        Args:
            target: the target.
        """
        target.attach_to_classic_lb(self)
        for port in self._instance_ports:
            self._allow_target(port, target)
        self._targets.append(target)

    def _allow_target(self, port: int | float, target: ILoadBalancerTarget) -> None:
        from l2 import ec2

        self.connections.allow_to(target, ec2.Port.tcp(port), f"Port {_num(port)} LB to fleet")

    def _add_instance_id(self, instance_id: str) -> None:
        self._instance_ids.append(instance_id)

    @property
    def load_balancer_name(self) -> str:
        """The load balancer's name."""
        return self._resource.ref

    @property
    def load_balancer_canonical_hosted_zone_name_id(self) -> str:
        """The id of the load balancer's Route 53 hosted zone."""
        return self._resource.attr_canonical_hosted_zone_name_id

    @property
    def load_balancer_canonical_hosted_zone_name(self) -> str:
        """The name of the load balancer's Route 53 hosted zone."""
        return self._resource.attr_canonical_hosted_zone_name

    @property
    def load_balancer_dns_name(self) -> str:
        """The load balancer's DNS name."""
        return self._resource.attr_dns_name

    @property
    def load_balancer_source_security_group_group_name(self) -> str:
        """The name of the security group instances can allow traffic from."""
        return self._resource.attr_source_security_group_group_name

    @property
    def load_balancer_source_security_group_owner_alias(self) -> str:
        """The owner of that security group."""
        return self._resource.attr_source_security_group_owner_alias

    @property
    def load_balancer_ref(self) -> LoadBalancerReference:
        """The load balancer's name as a reference."""
        return LoadBalancerReference(load_balancer_name=self.load_balancer_name)
