"""``VpcOrigin``: an origin in a VPC's private subnets, reached through a ``cloudfront.VpcOrigin``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, UnscopedValidationError
from l2 import cloudfront
from l2.cloudfront import (
    IVpcOrigin,
    OriginBase,
    OriginBindConfig,
    OriginProtocolPolicy,
    OriginSslPolicy,
    VpcOriginEndpoint,
)
from l2.cloudfront_origins._http import _validate_minimum_seconds

if TYPE_CHECKING:
    from l2.ec2 import IInstance
    from l2.elasticloadbalancingv2 import IApplicationLoadBalancer, INetworkLoadBalancer


class VpcOrigin(OriginBase):
    """A VPC origin; build one with ``with_vpc_origin`` (an existing ``cloudfront.VpcOrigin``),
    ``with_ec2_instance``, ``with_application_load_balancer`` or ``with_network_load_balancer`` (a new
    ``cloudfront.VpcOrigin`` named ``VpcOrigin`` under the distribution's origin).

    Args:
        domain_name_: the origin's domain name.
        domain_name: (jsii's name for the same props key; unused by the base class).
        keepalive_timeout / read_timeout: at least 1 second.
        The other keywords are ``OriginBase``'s.
    """

    def __init__(
        self,
        domain_name_: str,
        *,
        domain_name: str | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            domain_name_, origin_path=origin_path, connection_attempts=connection_attempts,
            connection_timeout=connection_timeout, custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )
        self._read_timeout = read_timeout
        self._keepalive_timeout = keepalive_timeout
        _validate_minimum_seconds("readTimeout", 1, read_timeout)
        _validate_minimum_seconds("keepaliveTimeout", 1, keepalive_timeout)
        self._vpc_origin: IVpcOrigin | None = None

    def _render_vpc_origin_config(self) -> dict[str, Any] | None:
        if self._vpc_origin is None:
            raise UnscopedValidationError("VPC origin cannot be undefined.")
        config = {
            "vpc_origin_id": self._vpc_origin.vpc_origin_id,
            "origin_read_timeout": self._read_timeout.to_seconds() if self._read_timeout else None,
            "origin_keepalive_timeout": self._keepalive_timeout.to_seconds() if self._keepalive_timeout else None,
        }
        return {k: v for k, v in config.items() if v is not None}

    @staticmethod
    def with_vpc_origin(
        origin: IVpcOrigin,
        *,
        domain_name: str | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> VpcOrigin:
        """An origin on an existing VPC origin (``domain_name`` defaults to the VPC origin's)."""
        name = domain_name if domain_name is not None else origin.domain_name
        if not name:
            raise UnscopedValidationError("'domainName' must be specified when no default domain name is defined.")
        result = VpcOrigin(
            name, domain_name=domain_name, keepalive_timeout=keepalive_timeout, read_timeout=read_timeout,
            origin_path=origin_path, connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )
        result._vpc_origin = origin
        return result

    @staticmethod
    def with_ec2_instance(
        instance: IInstance,
        *,
        domain_name: str | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        vpc_origin_name: str | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> VpcOrigin:
        """An origin on a new VPC origin for an EC2 instance (its private DNS name)."""
        return _VpcOriginWithEndpoint(VpcOriginEndpoint.ec2_instance(instance), locals())

    @staticmethod
    def with_application_load_balancer(
        alb: IApplicationLoadBalancer,
        *,
        domain_name: str | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        vpc_origin_name: str | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> VpcOrigin:
        """An origin on a new VPC origin for an application load balancer."""
        return _VpcOriginWithEndpoint(VpcOriginEndpoint.application_load_balancer(alb), locals())

    @staticmethod
    def with_network_load_balancer(
        nlb: INetworkLoadBalancer,
        *,
        domain_name: str | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        vpc_origin_name: str | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> VpcOrigin:
        """An origin on a new VPC origin for a network load balancer."""
        return _VpcOriginWithEndpoint(VpcOriginEndpoint.network_load_balancer(nlb), locals())


_ENDPOINT_KEYS = ("http_port", "https_port", "origin_ssl_protocols", "protocol_policy", "vpc_origin_name")
_ORIGIN_KEYS = (
    "domain_name", "keepalive_timeout", "read_timeout", "origin_path", "connection_attempts", "connection_timeout",
    "custom_headers", "origin_access_control_id", "origin_id", "origin_shield_enabled", "origin_shield_region",
    "response_completion_timeout",
)


class _VpcOriginWithEndpoint(VpcOrigin):
    def __init__(self, endpoint: VpcOriginEndpoint, options: Mapping[str, Any]) -> None:
        name = options["domain_name"] if options["domain_name"] is not None else endpoint.domain_name
        if not name:
            raise UnscopedValidationError("'domainName' must be specified when no default domain name is defined.")
        super().__init__(name, **{k: options[k] for k in _ORIGIN_KEYS})
        self._endpoint = endpoint
        self._endpoint_options = {k: options[k] for k in _ENDPOINT_KEYS}

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        if self._vpc_origin is None:
            self._vpc_origin = cloudfront.VpcOrigin(scope, "VpcOrigin", endpoint=self._endpoint,
                                                    **self._endpoint_options)
        return super().bind(scope, origin_id=origin_id, distribution_id=distribution_id)
