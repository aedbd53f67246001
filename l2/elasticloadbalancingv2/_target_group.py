"""Target groups: ``TargetGroupBase``, ``ApplicationTargetGroup``, ``NetworkTargetGroup`` and imports."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    Aws,
    Construct,
    DependencyGroup,
    Duration,
    IConstruct,
    Lazy,
    ResourceEnvironment,
    Stack,
    Token,
    ValidationError,
)
from l1.elasticloadbalancingv2 import CfnTargetGroup
from l2.elasticloadbalancingv2._enums import (
    ApplicationProtocol,
    ApplicationProtocolVersion,
    Protocol,
    TargetGroupIpAddressType,
    TargetGroupLoadBalancingAlgorithmType,
    TargetType,
)
from l2.elasticloadbalancingv2._metrics import (
    _ApplicationTargetGroupMetricMethods,
    _ApplicationTargetGroupMetrics,
    _NetworkTargetGroupMetricMethods,
    _NetworkTargetGroupMetrics,
)
from l2.elasticloadbalancingv2._private.util import (
    Validation,
    as_property,
    determine_protocol_and_port,
    load_balancer_name_from_listener_arn,
    parse_load_balancer_full_name,
    parse_target_group_full_name,
    render_attributes,
    validate_network_protocol,
)
from l2.elasticloadbalancingv2._structs import BaseTargetGroupProps, HealthCheck, TargetGroupHealth

if TYPE_CHECKING:
    from l1.interfaces.elasticloadbalancingv2 import TargetGroupReference
    from l2.ec2 import IConnectable, IVpc, Port
    from l2.elasticloadbalancingv2._interfaces import (
        IApplicationListener,
        IApplicationLoadBalancerTarget,
        IApplicationTargetGroup,
        INetworkListenerRef,
        INetworkLoadBalancerTarget,
        INetworkTargetGroup,
    )
    from l2.elasticloadbalancingv2._structs import LoadBalancerTargetProps


def _num(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _seconds(duration: Duration | None) -> Any:
    return _num(duration.to_seconds()) if duration is not None else None


def _value(member: Any) -> Any:
    return member.value if member is not None else None


def _count(value: Any) -> str:
    return "off" if value == 0 else str(_num(value))


class TargetGroupBase(Construct):
    """What Application and Network target groups share: the ``AWS::ElasticLoadBalancingV2::TargetGroup``.

    Args:
        scope: the parent construct.
        id: the construct id.
        base_props: the shared properties.
        additional_props: extra ``CfnTargetGroup`` properties from the subclass.
    """

    def __init__(
        self, scope: Construct, id: str, base_props: BaseTargetGroupProps, additional_props: Mapping[str, object]
    ) -> None:
        super().__init__(scope, id)
        self._attributes: dict[str, str | None] = {}
        if base_props.deregistration_delay is not None:
            self.set_attribute(
                "deregistration_delay.timeout_seconds", str(_num(base_props.deregistration_delay.to_seconds()))
            )
        if base_props.cross_zone_enabled is not None:
            self.set_attribute(
                "load_balancing.cross_zone.enabled", "true" if base_props.cross_zone_enabled else "false"
            )
        health: TargetGroupHealth | None = base_props.target_group_health
        if health is not None:
            if health.dns_minimum_healthy_target_count is not None:
                self.set_attribute(
                    "target_group_health.dns_failover.minimum_healthy_targets.count",
                    _count(health.dns_minimum_healthy_target_count),
                )
            if health.dns_minimum_healthy_target_percentage is not None:
                self.set_attribute(
                    "target_group_health.dns_failover.minimum_healthy_targets.percentage",
                    _count(health.dns_minimum_healthy_target_percentage),
                )
            if health.routing_minimum_healthy_target_count is not None:
                self.set_attribute(
                    "target_group_health.unhealthy_state_routing.minimum_healthy_targets.count",
                    str(_num(health.routing_minimum_healthy_target_count)),
                )
            if health.routing_minimum_healthy_target_percentage is not None:
                self.set_attribute(
                    "target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage",
                    _count(health.routing_minimum_healthy_target_percentage),
                )
        self._targets_json: list[Any] = []
        self._health_check: HealthCheck = base_props.health_check or HealthCheck()
        self.vpc: IVpc | None = base_props.vpc
        self._target_type: TargetType | None = base_props.target_type
        self.load_balancer_attached_dependencies = DependencyGroup()
        additional: dict[str, Any] = dict(additional_props)
        self.default_port: int | float | None = additional.get("port")
        hc = lambda: self._health_check  # noqa: E731
        self._resource = CfnTargetGroup(
            self,
            "Resource",
            name=base_props.target_group_name,
            target_group_attributes=Lazy.any(
                lambda: as_property(CfnTargetGroup.TargetGroupAttributeProperty, render_attributes(self._attributes) or None)
            ),
            target_type=Lazy.string(lambda: self._target_type.value if self._target_type is not None else None),
            targets=Lazy.any(
                lambda: as_property(CfnTargetGroup.TargetDescriptionProperty, list(self._targets_json) or None)
            ),
            vpc_id=Lazy.string(
                lambda: self.vpc.vpc_id if self.vpc is not None and self._target_type is not TargetType.LAMBDA else None
            ),
            health_check_enabled=Lazy.any(lambda: hc().enabled),
            health_check_interval_seconds=Lazy.number(lambda: _seconds(hc().interval)),
            health_check_path=Lazy.string(lambda: hc().path),
            health_check_port=Lazy.string(lambda: hc().port),
            health_check_protocol=Lazy.string(lambda: _value(hc().protocol)),
            health_check_timeout_seconds=Lazy.number(lambda: _seconds(hc().timeout)),
            healthy_threshold_count=Lazy.number(lambda: hc().healthy_threshold_count),
            unhealthy_threshold_count=Lazy.number(lambda: hc().unhealthy_threshold_count),
            matcher=Lazy.any(
                lambda: CfnTargetGroup.MatcherProperty(grpc_code=hc().healthy_grpc_codes, http_code=hc().healthy_http_codes)
                if hc().healthy_http_codes is not None or hc().healthy_grpc_codes is not None
                else None
            ),
            ip_address_type=base_props.ip_address_type.value if base_props.ip_address_type is not None else None,
            **additional,
        )
        self._target_group_name_prop = base_props.target_group_name
        self.target_group_load_balancer_arns: list[str] = self._resource.attr_load_balancer_arns
        self.target_group_arn: str = self._resource.ref
        self.target_group_full_name: str = self._resource.attr_target_group_full_name
        self.load_balancer_arns: str = Token.as_string(self._resource.attr_load_balancer_arns)
        self.target_group_name: str = self._resource.attr_target_group_name
        self.node.add_validation(Validation(self._validate_health_check))
        self.node.add_validation(Validation(self._validate_target_group))

    @property
    def target_group_ref(self) -> TargetGroupReference:
        """A reference to this target group (its ARN)."""
        from l1.interfaces.elasticloadbalancingv2 import TargetGroupReference

        return TargetGroupReference(target_group_arn=self.target_group_arn)

    @property
    def env(self) -> ResourceEnvironment:
        """The environment of the stack the target group is in."""
        stack = Stack.of(self)
        return ResourceEnvironment(account=stack.account, region=stack.region)

    @property
    def health_check(self) -> HealthCheck:
        """The health check settings."""
        return self._health_check

    @health_check.setter
    def health_check(self, value: HealthCheck) -> None:
        self._health_check = value

    @property
    def target_type(self) -> TargetType | None:
        """The type of the registered targets, when known."""
        return self._target_type

    @target_type.setter
    def target_type(self, value: TargetType | None) -> None:
        self._target_type = value

    @property
    def load_balancer_attached(self) -> DependencyGroup:
        """What the target group's load balancer attachment depends on."""
        return self.load_balancer_attached_dependencies

    @property
    def first_load_balancer_full_name(self) -> str:
        """The full name of the first load balancer the target group is attached to."""
        raise NotImplementedError

    def configure_health_check(
        self,
        *,
        enabled: bool | None = None,
        healthy_grpc_codes: str | None = None,
        healthy_http_codes: str | None = None,
        healthy_threshold_count: int | float | None = None,
        interval: Duration | None = None,
        path: str | None = None,
        port: str | None = None,
        protocol: Protocol | None = None,
        timeout: Duration | None = None,
        unhealthy_threshold_count: int | float | None = None,
    ) -> None:
        """Replace the health check settings."""
        self._health_check = HealthCheck(
            enabled=enabled, healthy_grpc_codes=healthy_grpc_codes, healthy_http_codes=healthy_http_codes,
            healthy_threshold_count=healthy_threshold_count, interval=interval, path=path, port=port,
            protocol=protocol, timeout=timeout, unhealthy_threshold_count=unhealthy_threshold_count,
        )

    def set_attribute(self, key: str, value: str | None = None) -> None:
        """Set a target group attribute (``None`` removes it)."""
        if value is not None:
            if key == "target_group_health.dns_failover.minimum_healthy_targets.count":
                if value != "off" and not _positive_int(value):
                    raise ValidationError(f"{key} must be an integer greater than 0 or 'off'. Received: {value}", self)
            elif key == "target_group_health.unhealthy_state_routing.minimum_healthy_targets.count":
                if not _positive_int(value):
                    raise ValidationError(f"{key} must be an integer greater than 0. Received: {value}", self)
            elif key in (
                "target_group_health.dns_failover.minimum_healthy_targets.percentage",
                "target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage",
            ):
                if value != "off" and not (_positive_int(value) and float(value) <= 100):
                    raise ValidationError(f"{key} must be an integer from 1 to 100 or 'off'. Received: {value}", self)
        self._attributes[key] = value

    def _add_load_balancer_target(self, props: LoadBalancerTargetProps) -> None:
        if self._target_type is not None and self._target_type is not props.target_type:
            raise ValidationError(
                f"Already have a of type '{self._target_type.value}', adding '{props.target_type.value}'; make all "
                "targets the same type.",
                self,
            )
        self._target_type = props.target_type
        if self._target_type is TargetType.LAMBDA and self._targets_json:
            raise ValidationError("TargetGroup can only contain one LAMBDA target. Create a new TargetGroup.", self)
        if props.target_json is not None:
            self._targets_json.append({k: v for k, v in dict(props.target_json).items() if v is not None})

    def _validate_target_group(self) -> list[str]:
        errors: list[str] = []
        if self._target_type is None and not self._targets_json:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-elbv2:targetGroupSpecifyTargetTypeForEmptyTargetGroup",
                "When creating an empty TargetGroup, you should specify a 'targetType' (this warning may become an "
                "error in the future).",
            )
        if self._target_type is not TargetType.LAMBDA and self.vpc is None:
            errors.append("'vpc' is required for a non-Lambda TargetGroup")
        name = self._target_group_name_prop
        if name is not None and not Token.is_unresolved(name):
            if len(name) > 32:
                errors.append(f'Target group name: "{name}" can have a maximum of 32 characters.')
            if name.startswith("-") or name.endswith("-"):
                errors.append(f'Target group name: "{name}" must not begin or end with a hyphen.')
            if not re.fullmatch(r"[0-9a-z-]+", name, re.IGNORECASE):
                errors.append(f'Target group name: "{name}" must contain only alphanumeric characters or hyphens.')
        return errors

    def _validate_health_check(self) -> list[str]:
        hc = self._health_check
        interval = hc.interval.to_seconds() if hc.interval else None
        timeout = hc.timeout.to_seconds() if hc.timeout else None
        if interval and timeout and interval < timeout:
            return [
                "Health check interval must be greater than or equal to the timeout; received interval "
                f"{_num(interval)}, timeout {_num(timeout)}."
            ]
        return []


def _positive_int(value: str) -> bool:
    try:
        number = float(value)
    except ValueError:
        return False
    return number.is_integer() and number >= 1


_ALB_HEALTH_CHECK_PROTOCOLS = [Protocol.HTTP, Protocol.HTTPS]
_NLB_HEALTH_CHECK_PROTOCOLS = [Protocol.HTTP, Protocol.HTTPS, Protocol.TCP]
_NLB_PATH_PROTOCOLS = [Protocol.HTTP, Protocol.HTTPS]


def _human(d: Duration) -> str:
    return d.to_human_string()


class ApplicationTargetGroup(_ApplicationTargetGroupMetricMethods, TargetGroupBase):
    """A target group of an Application Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        cross_zone_enabled: route across Availability Zones (default the load balancer's setting).
        deregistration_delay: draining time before a target is deregistered (default 300 seconds).
        enable_anomaly_mitigation: mitigate anomalies (``WEIGHTED_RANDOM`` only).
        health_check: health check settings.
        ip_address_type: the targets' IP address type.
        load_balancing_algorithm_type: how targets are picked.
        multi_value_headers_enabled: multi-value headers for Lambda targets.
        port: default from the protocol.
        protocol: default from the port.
        protocol_version: HTTP1, HTTP2 or GRPC.
        slow_start: ramp-up time of new targets (30 to 900 seconds, 0 off).
        stickiness_cookie_duration: enable sticky sessions for this long.
        stickiness_cookie_name: an application cookie to stick on.
        target_group_health: DNS failover and routing thresholds.
        target_group_name: default generated.
        target_type: default from the first target.
        targets: the targets.
        vpc: the VPC (required except for Lambda targets).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.ApplicationTargetGroup"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cross_zone_enabled: bool | None = None,
        deregistration_delay: Duration | None = None,
        enable_anomaly_mitigation: bool | None = None,
        health_check: HealthCheck | None = None,
        ip_address_type: TargetGroupIpAddressType | None = None,
        load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None,
        multi_value_headers_enabled: bool | None = None,
        port: int | float | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        slow_start: Duration | None = None,
        stickiness_cookie_duration: Duration | None = None,
        stickiness_cookie_name: str | None = None,
        target_group_health: TargetGroupHealth | None = None,
        target_group_name: str | None = None,
        target_type: TargetType | None = None,
        targets: Sequence[IApplicationLoadBalancerTarget] | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        protocol, port = determine_protocol_and_port(protocol, port)
        base = BaseTargetGroupProps(
            cross_zone_enabled=cross_zone_enabled, deregistration_delay=deregistration_delay,
            health_check=health_check, ip_address_type=ip_address_type, target_group_health=target_group_health,
            target_group_name=target_group_name, target_type=target_type, vpc=vpc,
        )
        super().__init__(
            scope,
            id,
            base,
            {
                "protocol": protocol.value if protocol is not None else None,
                "protocol_version": protocol_version.value if protocol_version is not None else None,
                "port": port,
            },
        )
        self.protocol: ApplicationProtocol | None = protocol
        self.port: int | float | None = port
        self.node.add_validation(Validation(
            lambda: ["port/protocol should not be specified for Lambda targets"]
            if self._target_type is TargetType.LAMBDA and (self.port or self.protocol)
            else []
        ))
        self._connectable_members: list[tuple[Any, Any]] = []
        self.listeners: list[Any] = []
        self._metrics: _ApplicationTargetGroupMetrics | None = None
        weighted = (
            not Token.is_unresolved(load_balancing_algorithm_type)
            and load_balancing_algorithm_type is TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM
        )
        if slow_start is not None:
            seconds = slow_start.to_seconds()
            if (seconds < 30 and seconds != 0) or seconds > 900:
                raise ValidationError(
                    "Slow start duration value must be between 30 and 900 seconds, or 0 to disable slow start.", self
                )
            self.set_attribute("slow_start.duration_seconds", str(_num(seconds)))
            if weighted:
                raise ValidationError(
                    "The weighted random routing algorithm can not be used with slow start mode.", self
                )
        if stickiness_cookie_duration is not None:
            self.enable_cookie_stickiness(stickiness_cookie_duration, stickiness_cookie_name)
        else:
            self.set_attribute("stickiness.enabled", "false")
        if load_balancing_algorithm_type is not None:
            self.set_attribute("load_balancing.algorithm.type", load_balancing_algorithm_type.value)
        if multi_value_headers_enabled:
            if self._target_type is TargetType.LAMBDA:
                self.set_attribute("lambda.multi_value_headers.enabled", "true")
            else:
                raise ValidationError("multiValueHeadersEnabled is only supported for Lambda targets.", self)
        self.add_target(*(targets or []))
        if enable_anomaly_mitigation is not None:
            if enable_anomaly_mitigation and not weighted:
                raise ValidationError(
                    "Anomaly mitigation is only available when `loadBalancingAlgorithmType` is "
                    "`TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM`.",
                    self,
                )
            self.set_attribute("load_balancing.algorithm.anomaly_mitigation", "on" if enable_anomaly_mitigation else "off")

    @staticmethod
    def from_target_group_attributes(
        scope: Construct, id: str, *, target_group_arn: str, load_balancer_arns: str | None = None
    ) -> IApplicationTargetGroup:
        """An existing target group from its ARN (and its load balancer's, for metrics)."""
        return _ImportedApplicationTargetGroup(scope, id, target_group_arn, load_balancer_arns)

    @property
    def metrics(self) -> _ApplicationTargetGroupMetrics:
        """The target group's CloudWatch metrics (the target group must be attached to a load balancer)."""
        if self._metrics is None:
            self._metrics = _ApplicationTargetGroupMetrics(
                self, self.target_group_full_name, self.first_load_balancer_full_name
            )
        return self._metrics

    def add_target(self, *targets: IApplicationLoadBalancerTarget) -> None:
        """Register targets."""
        for target in targets:
            self._add_load_balancer_target(target.attach_to_application_target_group(self))
        if self._target_type is TargetType.LAMBDA:
            self.set_attribute("stickiness.enabled", None)

    def enable_cookie_stickiness(self, duration: Duration, cookie_name: str | None = None) -> None:
        """Enable sticky sessions (load balancer cookie, or the application cookie ``cookie_name``)."""
        seconds = duration.to_seconds()
        if seconds < 1 or seconds > 604800:
            raise ValidationError(
                "Stickiness cookie duration value must be between 1 second and 7 days (604800 seconds).", self
            )
        if cookie_name is not None:
            if not Token.is_unresolved(cookie_name) and cookie_name.startswith(("AWSALB", "AWSALBAPP", "AWSALBTG")):
                raise ValidationError(
                    "App cookie names that start with the following prefixes are not allowed: AWSALB, AWSALBAPP, and "
                    "AWSALBTG; they're reserved for use by the load balancer.",
                    self,
                )
            if cookie_name == "":
                raise ValidationError("App cookie name cannot be an empty string.", self)
        self.set_attribute("stickiness.enabled", "true")
        if cookie_name:
            self.set_attribute("stickiness.type", "app_cookie")
            self.set_attribute("stickiness.app_cookie.cookie_name", cookie_name)
            self.set_attribute("stickiness.app_cookie.duration_seconds", str(_num(seconds)))
        else:
            self.set_attribute("stickiness.type", "lb_cookie")
            self.set_attribute("stickiness.lb_cookie.duration_seconds", str(_num(seconds)))

    def register_connectable(self, connectable: IConnectable, port_range: Port | None = None) -> None:
        """Let the load balancer(s) of this target group reach ``connectable``."""
        from l2 import ec2

        port_range = port_range or ec2.Port.tcp(self.default_port)  # type: ignore[arg-type]
        self._connectable_members.append((connectable, port_range))
        for listener in self.listeners:
            listener.register_connectable(connectable, port_range)

    def register_listener(
        self, listener: IApplicationListener, associating_construct: IConstruct | None = None
    ) -> None:
        """Register ``listener`` as forwarding to this target group."""
        for connectable, port_range in self._connectable_members:
            listener.register_connectable(connectable, port_range)
        self.listeners.append(listener)
        self.load_balancer_attached_dependencies.add(associating_construct or listener)  # type: ignore[arg-type]

    @property
    def first_load_balancer_full_name(self) -> str:
        """The full name of the first load balancer the target group is attached to."""
        if not self.listeners:
            raise ValidationError(
                "The TargetGroup needs to be attached to a LoadBalancer before you can call this method", self
            )
        return load_balancer_name_from_listener_arn(self.listeners[0].listener_arn)

    def _validate_target_group(self) -> list[str]:
        errors = super()._validate_target_group()
        if (
            self._target_type is not None
            and self._target_type is not TargetType.LAMBDA
            and (self.protocol is None or self.port is None)
        ):
            errors.append("At least one of 'port' or 'protocol' is required for a non-Lambda TargetGroup")
        hc = self._health_check
        if hc.interval and hc.timeout and hc.interval.to_milliseconds() <= hc.timeout.to_milliseconds():
            errors.append(
                f"Healthcheck interval {_human(hc.interval)} must be greater than the timeout {_human(hc.timeout)}"
            )
        if hc.protocol and hc.protocol not in _ALB_HEALTH_CHECK_PROTOCOLS:
            errors.append(
                f"Health check protocol '{hc.protocol.value}' is not supported. Must be one of "
                f"[{', '.join(p.value for p in _ALB_HEALTH_CHECK_PROTOCOLS)}]"
            )
        return errors


class NetworkTargetGroup(_NetworkTargetGroupMetricMethods, TargetGroupBase):
    """A target group of a Network Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        port: the port of the targets.
        connection_termination: close connections at the end of deregistration.
        cross_zone_enabled: route across Availability Zones.
        deregistration_delay: draining time before a target is deregistered (default 300 seconds).
        health_check: health check settings.
        ip_address_type: the targets' IP address type.
        preserve_client_ip: keep the client's IP address.
        protocol: default ``TCP``.
        proxy_protocol_v2: send the proxy protocol v2 header.
        target_group_health: DNS failover and routing thresholds.
        target_group_name: default generated.
        target_type: default from the first target.
        targets: the targets.
        vpc: the VPC.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.NetworkTargetGroup"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        port: int | float,
        connection_termination: bool | None = None,
        cross_zone_enabled: bool | None = None,
        deregistration_delay: Duration | None = None,
        health_check: HealthCheck | None = None,
        ip_address_type: TargetGroupIpAddressType | None = None,
        preserve_client_ip: bool | None = None,
        protocol: Protocol | None = None,
        proxy_protocol_v2: bool | None = None,
        target_group_health: TargetGroupHealth | None = None,
        target_group_name: str | None = None,
        target_type: TargetType | None = None,
        targets: Sequence[INetworkLoadBalancerTarget] | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        proto = protocol or Protocol.TCP
        validate_network_protocol(proto)
        base = BaseTargetGroupProps(
            cross_zone_enabled=cross_zone_enabled, deregistration_delay=deregistration_delay,
            health_check=health_check, ip_address_type=ip_address_type, target_group_health=target_group_health,
            target_group_name=target_group_name, target_type=target_type, vpc=vpc,
        )
        super().__init__(scope, id, base, {"protocol": proto.value, "port": port})
        self.listeners: list[Any] = []
        self._metrics: _NetworkTargetGroupMetrics | None = None
        if proxy_protocol_v2 is not None:
            self.set_attribute("proxy_protocol_v2.enabled", "true" if proxy_protocol_v2 else "false")
        if preserve_client_ip is not None:
            self.set_attribute("preserve_client_ip.enabled", "true" if preserve_client_ip else "false")
        if connection_termination is not None:
            self.set_attribute(
                "deregistration_delay.connection_termination.enabled", "true" if connection_termination else "false"
            )
        self.add_target(*(targets or []))

    @property
    def is_network_target_group(self) -> bool:
        """Always true."""
        return True

    @staticmethod
    def from_target_group_attributes(
        scope: Construct, id: str, *, target_group_arn: str, load_balancer_arns: str | None = None
    ) -> INetworkTargetGroup:
        """An existing target group from its ARN (and its load balancer's, for metrics)."""
        return _ImportedNetworkTargetGroup(scope, id, target_group_arn, load_balancer_arns)

    @property
    def metrics(self) -> _NetworkTargetGroupMetrics:
        """The target group's CloudWatch metrics (the target group must be attached to a load balancer)."""
        if self._metrics is None:
            self._metrics = _NetworkTargetGroupMetrics(
                self, self.target_group_full_name, self.first_load_balancer_full_name
            )
        return self._metrics

    def add_target(self, *targets: INetworkLoadBalancerTarget) -> None:
        """Register targets."""
        for target in targets:
            self._add_load_balancer_target(target.attach_to_network_target_group(self))

    def register_listener(self, listener: INetworkListenerRef) -> None:
        """Register ``listener`` as forwarding to this target group."""
        self.load_balancer_attached_dependencies.add(listener)  # type: ignore[arg-type]
        self.listeners.append(listener)

    @property
    def first_load_balancer_full_name(self) -> str:
        """The full name of the first load balancer the target group is attached to."""
        if not self.listeners:
            raise ValidationError(
                "The TargetGroup needs to be attached to a LoadBalancer before you can call this method", self
            )
        return load_balancer_name_from_listener_arn(self.listeners[0].listener_arn)

    def _validate_target_group(self) -> list[str]:
        errors = super()._validate_target_group()
        hc = self._health_check
        if hc.interval:
            seconds = hc.interval.to_seconds()
            if not Token.is_unresolved(seconds) and (seconds < 5 or seconds > 300):
                errors.append(f"Health check interval '{_num(seconds)}' not supported. Must be between 5 and 300.")
        if hc.healthy_threshold_count and not 2 <= hc.healthy_threshold_count <= 10:
            errors.append(
                f"Healthy Threshold Count '{_num(hc.healthy_threshold_count)}' not supported. Must be a number between "
                "2 and 10."
            )
        if hc.unhealthy_threshold_count and not 2 <= hc.unhealthy_threshold_count <= 10:
            errors.append(
                f"Unhealthy Threshold Count '{_num(hc.unhealthy_threshold_count)}' not supported. Must be a number "
                "between 2 and 10."
            )
        if not hc.protocol:
            return errors
        if hc.protocol not in _NLB_HEALTH_CHECK_PROTOCOLS:
            errors.append(
                f"Health check protocol '{hc.protocol.value}' is not supported. Must be one of "
                f"[{', '.join(p.value for p in _NLB_HEALTH_CHECK_PROTOCOLS)}]"
            )
        if hc.path and hc.protocol not in _NLB_PATH_PROTOCOLS:
            errors.append(
                f"'{hc.protocol.value}' health checks do not support the path property. Must be one of "
                f"[{', '.join(p.value for p in _NLB_PATH_PROTOCOLS)}]"
            )
        if hc.timeout:
            seconds = hc.timeout.to_seconds()
            if seconds < 2 or seconds > 120:
                errors.append(f"Health check timeout '{_num(seconds)}' not supported. Must be a number between 2 and 120.")
        return errors


class _ImportedTargetGroupBase(Construct):
    def __init__(self, scope: Construct, id: str, target_group_arn: str, load_balancer_arns: str | None) -> None:
        super().__init__(scope, id)
        self.target_group_arn = target_group_arn
        name = Stack.of(scope).split_arn(target_group_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        self.target_group_name = name.split("/")[0] if isinstance(name, str) and not Token.is_unresolved(name) else name
        self.load_balancer_arns = load_balancer_arns or Aws.NO_VALUE
        self.load_balancer_attached = DependencyGroup()
        self._metrics: Any = None
        if self.load_balancer_arns != Aws.NO_VALUE:
            self._metrics = self._make_metrics(
                parse_target_group_full_name(target_group_arn), parse_load_balancer_full_name(self.load_balancer_arns)
            )

    def _make_metrics(self, tg: str, lb: str) -> Any:
        raise NotImplementedError

    @property
    def target_group_ref(self) -> TargetGroupReference:
        from l1.interfaces.elasticloadbalancingv2 import TargetGroupReference

        return TargetGroupReference(target_group_arn=self.target_group_arn)

    @property
    def env(self) -> ResourceEnvironment:
        stack = Stack.of(self)
        return ResourceEnvironment(account=stack.account, region=stack.region)


class _ImportedApplicationTargetGroup(_ApplicationTargetGroupMetricMethods, _ImportedTargetGroupBase):
    def _make_metrics(self, tg: str, lb: str) -> Any:
        return _ApplicationTargetGroupMetrics(self, tg, lb)

    @property
    def metrics(self) -> Any:
        if self._metrics is None:
            raise ValidationError(
                "The imported ApplicationTargetGroup needs the associated ApplicationBalancer to be able to provide "
                "metrics. Please specify the ARN value when importing it.",
                self,
            )
        return self._metrics

    def register_listener(self, listener: Any, associating_construct: Any = None) -> None:
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-elbv2:albTargetGroupCannotRegisterListener",
            "Cannot register listener on imported target group -- security groups might need to be updated manually",
        )

    def register_connectable(self, connectable: Any, port_range: Any = None) -> None:
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-elbv2:albTargetGroupCannotRegisterConnectable",
            "Cannot register connectable on imported target group -- security groups might need to be updated "
            "manually",
        )

    def add_target(self, *targets: Any) -> None:
        for target in targets:
            if target.attach_to_application_target_group(self).target_json is not None:
                raise ValidationError(
                    "Cannot add a non-self registering target to an imported TargetGroup. Create a new TargetGroup "
                    "instead.",
                    self,
                )


class _ImportedNetworkTargetGroup(_NetworkTargetGroupMetricMethods, _ImportedTargetGroupBase):
    is_network_target_group = True

    def _make_metrics(self, tg: str, lb: str) -> Any:
        return _NetworkTargetGroupMetrics(self, tg, lb)

    @property
    def metrics(self) -> Any:
        if self._metrics is None:
            raise ValidationError(
                "The imported NetworkTargetGroup needs the associated NetworkLoadBalancer to be able to provide "
                "metrics. Please specify the ARN value when importing it.",
                self,
            )
        return self._metrics

    def register_listener(self, listener: Any) -> None:
        return None

    def add_target(self, *targets: Any) -> None:
        for target in targets:
            if target.attach_to_network_target_group(self).target_json is not None:
                raise ValidationError(
                    "Cannot add a non-self registering target to an imported TargetGroup. Create a new TargetGroup "
                    "instead.",
                    self,
                )
