"""Network Load Balancer listeners."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, FeatureFlags, Resource, Token, ValidationError
from l1.elasticloadbalancingv2 import CfnListener, CfnListenerCertificate
from l2.elasticloadbalancingv2._actions import NetworkListenerAction
from l2.elasticloadbalancingv2._base_listener import BaseListener, query_listener
from l2.elasticloadbalancingv2._enums import AlpnPolicy, Protocol, SslPolicy
from l2.elasticloadbalancingv2._private.util import validate_network_protocol
from l2.elasticloadbalancingv2._structs import HealthCheck

if TYPE_CHECKING:
    from l1.interfaces.elasticloadbalancingv2 import ListenerReference
    from l2.elasticloadbalancingv2._interfaces import (
        IListenerCertificate,
        INetworkListener,
        INetworkLoadBalancer,
        INetworkLoadBalancerTarget,
        INetworkTargetGroup,
    )
    from l2.elasticloadbalancingv2._target_group import NetworkTargetGroup

_PQ_FLAG = "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy"


class NetworkListener(BaseListener):
    """A listener of a Network Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        load_balancer: the load balancer.
        port: the port.
        alpn_policy: the ALPN policy (TLS).
        certificates: the certificates (TLS; the first is the default one).
        default_action: what connections get.
        default_target_groups: forward connections to these (instead of ``default_action``).
        protocol: default ``TLS`` with certificates, else ``TCP``.
        ssl_policy: the TLS policy (TLS).
        tcp_idle_timeout: idle timeout of TCP flows (60 to 6000 seconds).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.NetworkListener"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        load_balancer: INetworkLoadBalancer,
        port: int | float,
        alpn_policy: AlpnPolicy | None = None,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: NetworkListenerAction | None = None,
        default_target_groups: Sequence[INetworkTargetGroup] | None = None,
        protocol: Protocol | None = None,
        ssl_policy: SslPolicy | None = None,
        tcp_idle_timeout: Duration | None = None,
    ) -> None:
        certs = list(certificates or [])
        proto = protocol or (Protocol.TLS if certs else Protocol.TCP)
        validate_network_protocol(proto)
        if proto is Protocol.TLS and not [c for c in certs if c is not None]:
            raise ValidationError("When the protocol is set to TLS, you must specify certificates", scope)
        if proto is not Protocol.TLS and certs:
            raise ValidationError("Protocol must be TLS when certificates have been specified", scope)
        if proto is not Protocol.TLS and alpn_policy is not None:
            raise ValidationError("Protocol must be TLS when alpnPolicy have been specified", scope)
        if ssl_policy is None and proto is Protocol.TLS and FeatureFlags.of(scope).is_enabled(_PQ_FLAG):
            ssl_policy = SslPolicy.TLS13_12_PQ
        self._certificate_arns: list[str] = []
        from constructs import Lazy

        super().__init__(
            scope,
            id,
            {
                "load_balancer_arn": load_balancer.load_balancer_arn,
                "protocol": proto.value,
                "port": port,
                "ssl_policy": ssl_policy.value if ssl_policy is not None else None,
                "certificates": Lazy.any(
                    lambda: [CfnListener.CertificateProperty(certificate_arn=a) for a in self._certificate_arns]
                    if self._certificate_arns
                    else None
                ),
                "alpn_policy": [alpn_policy.value] if alpn_policy is not None else None,
            },
        )
        self.load_balancer = load_balancer
        self.protocol: Protocol = proto
        if certs:
            self.add_certificates("DefaultCertificates", certs)
        if default_action is not None and default_target_groups is not None:
            raise ValidationError("Specify at most one of 'defaultAction' and 'defaultTargetGroups'", self)
        if default_action is not None:
            self._set_default(default_action)
        if default_target_groups is not None:
            self._set_default(NetworkListenerAction.forward(default_target_groups))
        if tcp_idle_timeout is not None and not Token.is_unresolved(tcp_idle_timeout):
            millis = tcp_idle_timeout.to_milliseconds()
            if millis < 1000:
                raise ValidationError(
                    f"`tcpIdleTimeout` must be between 60 and 6000 seconds, got {_num(millis)} milliseconds.", self
                )
            seconds = tcp_idle_timeout.to_seconds()
            if proto is Protocol.UDP:
                raise ValidationError("`tcpIdleTimeout` cannot be set when `protocol` is `Protocol.UDP`.", self)
            if seconds < 60 or seconds > 6000:
                raise ValidationError(
                    f"`tcpIdleTimeout` must be between 60 and 6000 seconds, got {_num(seconds)} seconds.", self
                )
            self.set_attribute("tcp.idle_timeout.seconds", str(_num(seconds)))

    @property
    def is_network_listener(self) -> bool:
        """Always true."""
        return True

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        listener_protocol: Protocol | None = None,
        listener_port: int | float | None = None,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> INetworkListener:
        """Find an existing listener with the ``load-balancer-listener`` context provider."""
        if listener_protocol is not None:
            validate_network_protocol(listener_protocol)
        props = query_listener(
            scope, load_balancer_type="network", listener_arn=None, listener_port=listener_port,
            listener_protocol=listener_protocol.value if listener_protocol else None,
            load_balancer_arn=load_balancer_arn, load_balancer_tags=load_balancer_tags,
        )
        return _ImportedNetworkListener(scope, id, props["listenerArn"])

    @staticmethod
    def from_network_listener_arn(scope: Construct, id: str, network_listener_arn: str) -> INetworkListener:
        """An existing listener from its ARN."""
        return _ImportedNetworkListener(scope, id, network_listener_arn)

    def add_certificates(self, id: str, certificates: Sequence[IListenerCertificate]) -> None:
        """Add certificates (the first becomes the default one if there is none yet)."""
        extra = list(certificates)
        if not self._certificate_arns and extra:
            self._certificate_arns.append(extra.pop(0).certificate_arn)
        for i, cert in enumerate(extra):
            _NetworkListenerCertificate(self, f"{id}{i + 1}", self, [cert])

    def add_target_groups(self, _id: str, *target_groups: INetworkTargetGroup) -> None:
        """Forward connections to ``target_groups``."""
        self._set_default(NetworkListenerAction.forward(target_groups))

    def add_action(self, _id: str, *, action: NetworkListenerAction) -> None:
        """Set the listener's action."""
        self._set_default(action)

    def add_targets(
        self,
        id: str,
        *,
        port: int | float,
        deregistration_delay: Duration | None = None,
        health_check: HealthCheck | None = None,
        preserve_client_ip: bool | None = None,
        protocol: Protocol | None = None,
        proxy_protocol_v2: bool | None = None,
        target_group_name: str | None = None,
        targets: Sequence[INetworkLoadBalancerTarget] | None = None,
    ) -> NetworkTargetGroup:
        """Create a target group for ``targets`` and forward connections to it."""
        from l2.elasticloadbalancingv2._target_group import NetworkTargetGroup

        if getattr(self.load_balancer, "vpc", None) is None:
            raise ValidationError(
                "Can only call addTargets() when using a constructed Load Balancer or imported Load Balancer with "
                "specified VPC; construct a new TargetGroup and use addTargetGroup",
                self,
            )
        group = NetworkTargetGroup(
            self, id + "Group", deregistration_delay=deregistration_delay, health_check=health_check, port=port,
            protocol=protocol or self.protocol, proxy_protocol_v2=proxy_protocol_v2,
            preserve_client_ip=preserve_client_ip, target_group_name=target_group_name, targets=targets,
            vpc=self.load_balancer.vpc,  # type: ignore[attr-defined]
        )
        self.add_target_groups(id, group)
        return group

    def _set_default(self, action: NetworkListenerAction) -> None:
        action.bind(self, self)
        self._set_default_action(action)


def _num(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


class _NetworkListenerCertificate(Construct):
    def __init__(self, scope: Construct, id: str, listener: Any, certificates: list[Any]) -> None:
        super().__init__(scope, id)
        CfnListenerCertificate(
            self,
            "Resource",
            listener_arn=listener.listener_arn,
            certificates=[{"certificateArn": c.certificate_arn} for c in certificates],
        )


class _ImportedNetworkListener(Resource):
    is_network_listener = True

    def __init__(self, scope: Construct, id: str, listener_arn: str) -> None:
        super().__init__(scope, id)
        self.listener_arn = listener_arn

    @property
    def listener_ref(self) -> ListenerReference:
        from l1.interfaces.elasticloadbalancingv2 import ListenerReference

        return ListenerReference(listener_arn=self.listener_arn)
