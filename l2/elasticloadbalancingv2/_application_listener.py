"""Application Load Balancer listeners, their certificates and rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Resource,
    Token,
    ValidationError,
)
from l1.elasticloadbalancingv2 import CfnListener, CfnListenerCertificate, CfnListenerRule
from l2.elasticloadbalancingv2._actions import ListenerAction, ListenerCondition
from l2.elasticloadbalancingv2._base_listener import BaseListener, query_listener
from l2.elasticloadbalancingv2._enums import (
    ApplicationProtocol,
    ApplicationProtocolVersion,
    IpAddressType,
    MutualAuthenticationMode,
    SslPolicy,
    TargetGroupLoadBalancingAlgorithmType,
)
from l2.elasticloadbalancingv2._private.util import Validation, as_property, determine_protocol_and_port
from l2.elasticloadbalancingv2._structs import HealthCheck, MutualAuthentication

if TYPE_CHECKING:
    from l1.interfaces.elasticloadbalancingv2 import ListenerReference
    from l2.ec2 import IConnectable, ISecurityGroup, Port
    from l2.elasticloadbalancingv2._interfaces import (
        IApplicationListener,
        IApplicationLoadBalancer,
        IApplicationLoadBalancerTarget,
        IApplicationTargetGroup,
        IListenerCertificate,
        IListenerRef,
    )
    from l2.elasticloadbalancingv2._target_group import ApplicationTargetGroup

_PQ_FLAG = "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy"
_DUALSTACK_FLAG = "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault"


def _check_add_rule_props(scope: Construct, conditions: Sequence[Any] | None, priority: Any) -> None:
    has_conditions = bool(conditions)
    if has_conditions != (priority is not None):
        raise ValidationError(
            "Setting 'conditions', 'pathPattern' or 'hostHeader' also requires 'priority', and vice versa", scope
        )


def _validate_mutual_authentication(scope: Construct, ma: MutualAuthentication | None) -> None:
    if ma is None:
        return
    mode = ma.mutual_authentication_mode
    if mode is MutualAuthenticationMode.VERIFY and ma.trust_store is None:
        raise ValidationError("You must set 'trustStore' when 'mode' is 'verify'", scope)
    if mode in (MutualAuthenticationMode.OFF, MutualAuthenticationMode.PASS_THROUGH):
        if ma.trust_store is not None:
            raise ValidationError("You cannot set 'trustStore' when 'mode' is 'off' or 'passthrough'", scope)
        if ma.ignore_client_certificate_expiry is not None:
            raise ValidationError(
                "You cannot set 'ignoreClientCertificateExpiry' when 'mode' is 'off' or 'passthrough'", scope
            )
        if ma.advertise_trust_store_ca_names is not None:
            raise ValidationError(
                "You cannot set 'advertiseTrustStoreCaNames' when 'mode' is 'off' or 'passthrough'", scope
            )


class ApplicationListenerCertificate(Construct):
    """Extra certificates of an HTTPS listener (``AWS::ElasticLoadBalancingV2::ListenerCertificate``).

    Args:
        scope: the parent construct.
        id: the construct id.
        listener: the listener.
        certificates: the certificates.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        listener: IListenerRef,
        certificates: Sequence[IListenerCertificate] | None = None,
    ) -> None:
        super().__init__(scope, id)
        if certificates is None:
            raise ValidationError("At least one of 'certificateArns' or 'certificates' is required", self)
        CfnListenerCertificate(
            self,
            "Resource",
            listener_arn=listener.listener_arn,
            certificates=[{"certificateArn": c.certificate_arn} for c in certificates],
        )


class ApplicationListener(BaseListener):
    """A listener of an Application Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        load_balancer: the load balancer.
        certificates: the certificates (HTTPS; the first is the default one).
        default_action: what requests that match no rule get.
        default_target_groups: forward requests that match no rule to these (instead of ``default_action``).
        mutual_authentication: mutual TLS settings.
        open: allow anyone to connect (default true).
        port: default from the protocol.
        protocol: default from the port.
        ssl_policy: the TLS policy (HTTPS).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.ApplicationListener"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        load_balancer: IApplicationLoadBalancer,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: ListenerAction | None = None,
        default_target_groups: Sequence[IApplicationTargetGroup] | None = None,
        mutual_authentication: MutualAuthentication | None = None,
        open: bool | None = None,
        port: int | float | None = None,
        protocol: ApplicationProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
    ) -> None:
        from l2 import ec2

        protocol, port = determine_protocol_and_port(protocol, port)
        if protocol is None or port is None:
            raise ValidationError("At least one of 'port' or 'protocol' is required", scope)
        _validate_mutual_authentication(scope, mutual_authentication)
        advertise = None
        if mutual_authentication is not None and mutual_authentication.advertise_trust_store_ca_names is not None:
            advertise = "on" if mutual_authentication.advertise_trust_store_ca_names else "off"
        if ssl_policy is None and protocol is ApplicationProtocol.HTTPS and FeatureFlags.of(scope).is_enabled(_PQ_FLAG):
            ssl_policy = SslPolicy.TLS13_12_PQ
        self._certificate_arns: list[str] = []
        ma = mutual_authentication
        super().__init__(
            scope,
            id,
            {
                "load_balancer_arn": load_balancer.load_balancer_arn,
                "certificates": Lazy.any(
                    lambda: [CfnListener.CertificateProperty(certificate_arn=a) for a in self._certificate_arns]
                    if self._certificate_arns
                    else None
                ),
                "protocol": protocol.value,
                "port": port,
                "ssl_policy": ssl_policy.value if ssl_policy is not None else None,
                "mutual_authentication": (
                    {
                        "advertiseTrustStoreCaNames": advertise,
                        "ignoreClientCertificateExpiry": ma.ignore_client_certificate_expiry,
                        "mode": ma.mutual_authentication_mode.value if ma.mutual_authentication_mode else None,
                        "trustStoreArn": ma.trust_store.trust_store_arn if ma.trust_store is not None else None,
                    }
                    if ma is not None
                    else None
                ),
            },
        )
        if protocol is ApplicationProtocol.HTTP and certificates:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-elasticloadbalancingv2:httpListenerWithCertificates",
                "Certificates cannot be specified for HTTP listeners. Use HTTPS instead.",
            )
        self.load_balancer = load_balancer
        self.protocol: ApplicationProtocol = protocol
        self.port: int | float = port
        if certificates:
            self.add_certificates("DefaultCertificates", certificates)
        self.connections = ec2.Connections(
            security_groups=load_balancer.connections.security_groups, default_port=ec2.Port.tcp(port)
        )
        if default_action is not None and default_target_groups is not None:
            raise ValidationError("Specify at most one of 'defaultAction' and 'defaultTargetGroups'", self)
        if default_action is not None:
            self._set_default(default_action)
        if default_target_groups is not None:
            self._set_default(ListenerAction.forward(default_target_groups))
        if open is not False:
            shown = int(port) if isinstance(port, float) and port.is_integer() else port
            self.connections.allow_default_port_from(ec2.Peer.any_ipv4(), f"Allow from anyone on port {shown}")
            ip_type = getattr(load_balancer, "ip_address_type", None)
            if ip_type is IpAddressType.DUAL_STACK or (
                ip_type is IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 and FeatureFlags.of(self).is_enabled(_DUALSTACK_FLAG)
            ):
                self.connections.allow_default_port_from(ec2.Peer.any_ipv6(), f"Allow from anyone on port {shown}")

    @property
    def is_application_listener(self) -> bool:
        """Always true."""
        return True

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        listener_arn: str | None = None,
        listener_protocol: ApplicationProtocol | None = None,
        listener_port: int | float | None = None,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> IApplicationListener:
        """Find an existing listener with the ``load-balancer-listener`` context provider."""
        if Token.is_unresolved(listener_arn):
            raise ValidationError(
                "All arguments to look up a load balancer listener must be concrete (no Tokens)", scope
            )
        props = query_listener(
            scope, load_balancer_type="application", listener_arn=listener_arn, listener_port=listener_port,
            listener_protocol=listener_protocol.value if listener_protocol else None,
            load_balancer_arn=load_balancer_arn, load_balancer_tags=load_balancer_tags,
        )
        return _LookedUpApplicationListener(scope, id, props)

    @staticmethod
    def from_application_listener_attributes(
        scope: Construct,
        id: str,
        *,
        listener_arn: str,
        security_group: ISecurityGroup,
        default_port: int | float | None = None,
    ) -> IApplicationListener:
        """An existing listener from its ARN and its load balancer's security group."""
        return _ImportedApplicationListener(scope, id, listener_arn, security_group, default_port)

    def add_certificates(self, id: str, certificates: Sequence[IListenerCertificate]) -> None:
        """Add certificates (the first becomes the default one if there is none yet)."""
        extra = list(certificates)
        if not self._certificate_arns and extra:
            self._certificate_arns.append(extra.pop(0).certificate_arn)
        for i, cert in enumerate(extra):
            ApplicationListenerCertificate(self, f"{id}{i + 1}", listener=self, certificates=[cert])

    def add_action(
        self,
        id: str,
        *,
        action: ListenerAction,
        remove_suffix: bool | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> None:
        """Run ``action`` for requests matching ``conditions`` (a rule), or for every request (the default)."""
        _check_add_rule_props(self, conditions, priority)
        if priority is not None:
            ApplicationListenerRule(
                self, id + "Rule", listener=self, priority=priority, action=action, conditions=conditions
            )
        else:
            self._set_default(action)

    def add_target_groups(
        self,
        id: str,
        *,
        target_groups: Sequence[IApplicationTargetGroup],
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> None:
        """Forward matching requests (or every request) to ``target_groups``."""
        _check_add_rule_props(self, conditions, priority)
        if priority is not None:
            ApplicationListenerRule(
                self, id + "Rule", listener=self, priority=priority, conditions=conditions, target_groups=target_groups
            )
        else:
            self._set_default(ListenerAction.forward(target_groups))

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
        """Create a target group for ``targets`` and forward matching requests (or every request) to it."""
        from l2.elasticloadbalancingv2._target_group import ApplicationTargetGroup

        if getattr(self.load_balancer, "vpc", None) is None:
            raise ValidationError(
                "Can only call addTargets() when using a constructed Load Balancer or an imported Load Balancer with "
                "specified vpc; construct a new TargetGroup and use addTargetGroup",
                self,
            )
        group = ApplicationTargetGroup(
            self, id + "Group", vpc=self.load_balancer.vpc, deregistration_delay=deregistration_delay,  # type: ignore[attr-defined]
            enable_anomaly_mitigation=enable_anomaly_mitigation, health_check=health_check,
            load_balancing_algorithm_type=load_balancing_algorithm_type, port=port, protocol=protocol,
            protocol_version=protocol_version, slow_start=slow_start,
            stickiness_cookie_duration=stickiness_cookie_duration, stickiness_cookie_name=stickiness_cookie_name,
            target_group_name=target_group_name, targets=targets,
        )
        self.add_target_groups(id, target_groups=[group], conditions=conditions, priority=priority)
        return group

    def register_connectable(self, connectable: IConnectable, port_range: Port) -> None:
        """Let the load balancer reach ``connectable`` on ``port_range``."""
        connectable.connections.allow_from(self.load_balancer, port_range, "Load balancer to target")

    def _validate_listener(self) -> list[str]:
        errors = super()._validate_listener()
        if self.protocol is ApplicationProtocol.HTTPS and not self._certificate_arns:
            errors.append("HTTPS Listener needs at least one certificate (call addCertificates)")
        return errors

    def _set_default(self, action: ListenerAction) -> None:
        action.bind(self, self)
        self._set_default_action(action)


class _ExternalApplicationListener(Resource):
    is_application_listener = True
    listener_arn: str
    connections: Any

    @property
    def listener_ref(self) -> ListenerReference:
        from l1.interfaces.elasticloadbalancingv2 import ListenerReference

        return ListenerReference(listener_arn=self.listener_arn)

    def register_connectable(self, connectable: IConnectable, port_range: Port) -> None:
        self.connections.allow_to(connectable, port_range, "Load balancer to target")

    def add_certificates(self, id: str, certificates: Sequence[IListenerCertificate]) -> None:
        ApplicationListenerCertificate(self, id, listener=self, certificates=certificates)

    def add_target_groups(
        self,
        id: str,
        *,
        target_groups: Sequence[IApplicationTargetGroup],
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> None:
        _check_add_rule_props(self, conditions, priority)
        if priority is None:
            raise ValidationError("Cannot add default Target Groups to imported ApplicationListener", self)
        ApplicationListenerRule(
            self, id, listener=self, priority=priority, conditions=conditions, target_groups=target_groups
        )

    def add_targets(self, id: str, **props: Any) -> ApplicationTargetGroup:
        raise ValidationError(
            "Can only call addTargets() when using a constructed ApplicationListener; construct a new TargetGroup and "
            "use addTargetGroup.",
            self,
        )

    def add_action(
        self,
        id: str,
        *,
        action: ListenerAction,
        remove_suffix: bool | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> None:
        _check_add_rule_props(self, conditions, priority)
        if priority is None:
            raise ValidationError("priority must be set for actions added to an imported listener", self)
        ApplicationListenerRule(
            self, id if remove_suffix else id + "Rule", listener=self, priority=priority, action=action,
            conditions=conditions,
        )


class _ImportedApplicationListener(_ExternalApplicationListener):
    def __init__(
        self, scope: Construct, id: str, listener_arn: str, security_group: ISecurityGroup,
        default_port: int | float | None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import ec2

        self.listener_arn = listener_arn
        self.connections = ec2.Connections(
            security_groups=[security_group],
            default_port=ec2.Port.tcp(default_port) if default_port is not None else None,
        )


class _LookedUpApplicationListener(_ExternalApplicationListener):
    def __init__(self, scope: Construct, id: str, props: dict[str, Any]) -> None:
        super().__init__(scope, id)
        from l2 import ec2

        self.listener_arn = props["listenerArn"]
        self.connections = ec2.Connections(default_port=ec2.Port.tcp(props["listenerPort"]))
        for sg_id in props["securityGroupIds"]:
            self.connections.add_security_group(
                ec2.SecurityGroup.from_lookup_by_id(self, f"SecurityGroup-{sg_id}", sg_id)
            )


class ApplicationListenerRule(Construct):
    """A rule of an Application Load Balancer listener: conditions, a priority and an action.

    Args:
        scope: the parent construct.
        id: the construct id.
        listener: the listener.
        priority: the rule's priority (at least 1, unique per listener).
        action: what matching requests get.
        conditions: what the rule matches.
        target_groups: forward matching requests to these (instead of ``action``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        listener: IApplicationListener,
        priority: int | float,
        action: ListenerAction | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        target_groups: Sequence[IApplicationTargetGroup] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._conditions: list[ListenerCondition] = list(conditions or [])
        if not self._conditions:
            raise ValidationError(
                "At least one of 'conditions', 'hostHeader', 'pathPattern' or 'pathPatterns' is required when defining "
                "a load balancing rule.",
                self,
            )
        provided = [n for n, v in (("action", action), ("targetGroups", target_groups)) if v is not None]
        if len(provided) > 1:
            raise ValidationError(f"'{','.join(provided)}' specified together, specify only one", self)
        if not Token.is_unresolved(priority) and priority <= 0:
            raise ValidationError("Priority must have value greater than or equal to 1", self)
        self._action: ListenerAction | None = None
        self.listener = listener
        resource = CfnListenerRule(
            self,
            "Resource",
            listener_arn=listener.listener_arn,
            priority=priority,
            conditions=Lazy.any(
                lambda: as_property(CfnListenerRule.RuleConditionProperty, [c.render_raw_condition() for c in self._conditions])
            ),
            actions=Lazy.any(
                lambda: as_property(CfnListenerRule.ActionProperty, self._action.render_rule_actions())
                if self._action is not None
                else []
            ),
        )
        if action is not None:
            self.configure_action(action)
        if target_groups is not None:
            self.configure_action(ListenerAction.forward(target_groups))
        self.listener_rule_arn: str = resource.ref
        self.node.add_validation(Validation(self._validate_rule))

    def add_condition(self, condition: ListenerCondition) -> None:
        """Add a condition."""
        self._conditions.append(condition)

    def configure_action(self, action: ListenerAction) -> None:
        """Set the rule's action (replacing any)."""
        if self._action is not None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-elbv2:albListnerRuleDefaultActionReplaced",
                "An Action already existed on this ListenerRule and was replaced. Configure exactly one default Action.",
            )
        action.bind(self, self.listener, self)
        self._action = action

    def _validate_rule(self) -> list[str]:
        if self._action is None:
            return ["Listener rule needs at least one action"]
        if not self._conditions:
            return ["Listener rule needs at least one condition"]
        return []


