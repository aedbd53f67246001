"""``HttpOrigin``: an origin reached over HTTP(S) by domain name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Duration, Token, UnscopedValidationError
from l2.cloudfront import OriginBase, OriginIpAddressType, OriginProtocolPolicy, OriginSslPolicy


def _validate_minimum_seconds(name: str, minimum: int, value: Duration | None) -> None:
    if value is None:
        return
    seconds = value.to_seconds()
    if seconds != int(seconds) or seconds < minimum:
        shown = int(seconds) if seconds == int(seconds) else seconds
        raise UnscopedValidationError(f"{name}: Must be an int {minimum} seconds or greater; received {shown}.")


class HttpOrigin(OriginBase):
    """An HTTP(S) origin (a web server, a load balancer's DNS name, ...).

    Args:
        domain_name: the origin's domain name.
        protocol_policy: default ``OriginProtocolPolicy.HTTPS_ONLY``.
        origin_ssl_protocols: default ``[OriginSslPolicy.TLS_V1_2]``.
        http_port / https_port: 80, 443 or 1024-65535.
        read_timeout / keepalive_timeout: at least 1 second.
        ip_address_type: ``ipv4``, ``ipv6`` or ``dualstack``.
        The other keywords are ``OriginBase``'s.
    """

    def __init__(
        self,
        domain_name: str,
        *,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        ip_address_type: OriginIpAddressType | None = None,
        keepalive_timeout: Duration | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        read_timeout: Duration | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            domain_name, connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_path=origin_path, origin_shield_enabled=origin_shield_enabled,
            origin_shield_region=origin_shield_region, response_completion_timeout=response_completion_timeout,
        )
        _validate_minimum_seconds("readTimeout", 1, read_timeout)
        _validate_minimum_seconds("keepaliveTimeout", 1, keepalive_timeout)
        self._validate_response_completion_timeout_with_read_timeout(response_completion_timeout, read_timeout)
        for name, port in (("httpPort", http_port), ("httpsPort", https_port)):
            if port is None or Token.is_unresolved(port):
                continue
            if not (port == int(port) and (port in (80, 443) or 1024 <= port <= 65535)):
                raise UnscopedValidationError(
                    f"'{name}' must be 80, 443, or an integer between 1024 and 65535; received {port}."
                )
        self._protocol_policy = protocol_policy
        self._origin_ssl_protocols = origin_ssl_protocols
        self._http_port = http_port
        self._https_port = https_port
        self._read_timeout = read_timeout
        self._keepalive_timeout = keepalive_timeout
        self._ip_address_type = ip_address_type

    def _render_custom_origin_config(self) -> dict[str, Any] | None:
        config = {
            "origin_ssl_protocols": [p.value for p in (self._origin_ssl_protocols or [OriginSslPolicy.TLS_V1_2])],
            "origin_protocol_policy": (self._protocol_policy or OriginProtocolPolicy.HTTPS_ONLY).value,
            "http_port": self._http_port,
            "https_port": self._https_port,
            "origin_read_timeout": self._read_timeout.to_seconds() if self._read_timeout else None,
            "origin_keepalive_timeout": self._keepalive_timeout.to_seconds() if self._keepalive_timeout else None,
            "ip_address_type": self._ip_address_type.value if self._ip_address_type is not None else None,
        }
        return {k: v for k, v in config.items() if v is not None}
