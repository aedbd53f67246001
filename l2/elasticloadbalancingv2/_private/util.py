"""ELBv2 helpers: attribute rendering, default protocols and ports, ARN parsing, lookups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Arn, ArnFormat, Fn, Token, UnscopedValidationError


def render_attributes(attributes: Mapping[str, str | None]) -> list[dict[str, str]]:
    """``{key: value}`` as ``[{"key", "value"}]``, without the unset ones."""
    return [{"key": k, "value": v} for k, v in attributes.items() if v is not None]


def selection_kwargs(selection: Any) -> dict[str, Any]:
    """A ``SubnetSelection`` (struct or mapping) as keyword arguments of ``select_subnets``."""
    if isinstance(selection, Mapping):
        return {k: v for k, v in selection.items() if v is not None}
    fields = type(selection).__struct_fields__
    return {f.name: getattr(selection, f.name) for f in fields if getattr(selection, f.name) is not None}


def default_port_for_protocol(protocol: Any) -> int:
    """80 for HTTP, 443 for HTTPS."""
    from l2.elasticloadbalancingv2._enums import ApplicationProtocol

    if protocol is ApplicationProtocol.HTTP:
        return 80
    if protocol is ApplicationProtocol.HTTPS:
        return 443
    raise UnscopedValidationError(f"Unrecognized protocol: {protocol.value}")


def default_protocol_for_port(port: Any) -> Any:
    """HTTP for 80/8000/8008/8080, HTTPS for 443/8443."""
    from l2.elasticloadbalancingv2._enums import ApplicationProtocol

    if port in (80, 8000, 8008, 8080):
        return ApplicationProtocol.HTTP
    if port in (443, 8443):
        return ApplicationProtocol.HTTPS
    shown = int(port) if isinstance(port, float) and port.is_integer() else port
    raise UnscopedValidationError(f"Don't know default protocol for port: {shown}; please supply a protocol")


def determine_protocol_and_port(protocol: Any, port: Any) -> tuple[Any, Any]:
    """Fill in the protocol from the port or the port from the protocol."""
    if protocol is None and port is None:
        return None, None
    if protocol is None:
        protocol = default_protocol_for_port(port)
    if port is None:
        port = default_port_for_protocol(protocol)
    return protocol, port


def validate_network_protocol(protocol: Any) -> None:
    """Network Load Balancers speak TCP, TLS, UDP and TCP_UDP only."""
    from l2.elasticloadbalancingv2._enums import Protocol

    allowed = [Protocol.TCP, Protocol.TLS, Protocol.UDP, Protocol.TCP_UDP]
    if protocol not in allowed:
        raise UnscopedValidationError(
            f"The protocol must be one of {', '.join(p.value for p in allowed)}. Found {protocol.value}"
        )


def parse_load_balancer_full_name(arn: str) -> str:
    """``app/name/id`` of a load balancer (or listener) ARN."""
    if Token.is_unresolved(arn):
        parts = Fn.split("/", arn)
        return f"{Fn.select(1, parts)}/{Fn.select(2, parts)}/{Fn.select(3, parts)}"
    resource_name = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
    if not resource_name:
        raise UnscopedValidationError(f"Provided ARN does not belong to a load balancer: {arn}")
    return resource_name


def parse_target_group_full_name(arn: str) -> str:
    """``targetgroup/name/id`` of a target group ARN."""
    resource = Arn.split(arn, ArnFormat.NO_RESOURCE_NAME).resource
    if not resource:
        raise UnscopedValidationError(f"Provided ARN does not belong to a target group: {arn}")
    return resource


def load_balancer_name_from_listener_arn(listener_arn: str) -> str:
    """``app/name/id`` of the load balancer of a listener ARN."""
    parts = Fn.split("/", listener_arn)
    return f"{Fn.select(1, parts)}/{Fn.select(2, parts)}/{Fn.select(3, parts)}"


class Validation:
    """An ``IValidation`` calling ``fn`` (``node.add_validation`` takes objects with ``validate``)."""

    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        """The error messages (empty when valid)."""
        result: list[str] = self._fn()
        return result


def _snake_names(cls: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    for row in cls._CFN_PROPS:
        first, *rest = row[1].rstrip("_").split("_")
        names[first + "".join(w[:1].upper() + w[1:] for w in rest)] = row[1]
    return names


def as_property(cls: Any, value: Any) -> Any:
    """A camelCase dict (as aws-cdk-lib writes it) as the L1 property type ``cls`` (what a Lazy value must give)."""
    if value is None:
        return None
    if isinstance(value, list):
        return [as_property(cls, v) for v in value]
    names = _snake_names(cls)
    return cls(**{names[k]: v for k, v in value.items() if v is not None})
