"""``RestApiOrigin`` (an API Gateway REST API) and ``LoadBalancerV2Origin`` (an ALB or NLB)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, Fn
from l2.cloudfront import OriginBase, OriginIpAddressType, OriginProtocolPolicy, OriginSslPolicy
from l2.cloudfront_origins._http import HttpOrigin, _validate_minimum_seconds

if TYPE_CHECKING:
    from l2.apigateway import RestApiBase
    from l2.elasticloadbalancingv2 import ILoadBalancerV2


class RestApiOrigin(OriginBase):
    """An API Gateway REST API origin: the API's domain, and its deployment stage as the origin path.

    Args:
        rest_api: the REST API (its ``url`` names the domain and the stage).
        origin_path: default ``/<stage>`` from the API's URL.
        keepalive_timeout / read_timeout: at least 1 second.
        The other keywords are ``OriginBase``'s.
    """

    def __init__(
        self,
        rest_api: RestApiBase,
        *,
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
        url = rest_api.url
        super().__init__(
            Fn.select(2, Fn.split("/", url)),
            origin_path=origin_path if origin_path is not None else f"/{Fn.select(3, Fn.split('/', url))}",
            connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )
        self._read_timeout = read_timeout
        self._keepalive_timeout = keepalive_timeout
        _validate_minimum_seconds("readTimeout", 1, read_timeout)
        _validate_minimum_seconds("keepaliveTimeout", 1, keepalive_timeout)
        self._validate_response_completion_timeout_with_read_timeout(response_completion_timeout, read_timeout)

    def _render_custom_origin_config(self) -> dict[str, Any] | None:
        config = {
            "origin_ssl_protocols": [OriginSslPolicy.TLS_V1_2.value],
            "origin_protocol_policy": OriginProtocolPolicy.HTTPS_ONLY.value,
            "origin_read_timeout": self._read_timeout.to_seconds() if self._read_timeout else None,
            "origin_keepalive_timeout": self._keepalive_timeout.to_seconds() if self._keepalive_timeout else None,
        }
        return {k: v for k, v in config.items() if v is not None}


class LoadBalancerV2Origin(HttpOrigin):
    """An application or network load balancer origin (its DNS name; ``HttpOrigin``'s options).

    Args:
        load_balancer: the load balancer.
        The other keywords are ``HttpOrigin``'s.
    """

    def __init__(
        self,
        load_balancer: ILoadBalancerV2,
        *,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        ip_address_type: OriginIpAddressType | None = None,
        keepalive_timeout: Duration | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
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
            load_balancer.load_balancer_dns_name, http_port=http_port, https_port=https_port,
            ip_address_type=ip_address_type, keepalive_timeout=keepalive_timeout,
            origin_ssl_protocols=origin_ssl_protocols, protocol_policy=protocol_policy, read_timeout=read_timeout,
            origin_path=origin_path, connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )
