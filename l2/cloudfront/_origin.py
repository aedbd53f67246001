"""``IOrigin`` and ``OriginBase``: what a distribution's origins render."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs

_PROHIBITED_HEADERS = (
    "Cache-Control", "Connection", "Content-Length", "Cookie", "Host", "If-Match", "If-Modified-Since",
    "If-None-Match", "If-Range", "If-Unmodified-Since", "Max-Forwards", "Pragma", "Proxy-Authorization",
    "Proxy-Connection", "Range", "Request-Range", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via",
    "X-Real-Ip",
)
_PROHIBITED_PREFIXES = ("X-Amz-", "X-Edge-")


@structs.frozen(kw_only=True)
class OriginFailoverConfig:
    """The origin a distribution fails over to.

    Args:
        failover_origin: the secondary origin.
        status_codes: the status codes that trigger failover (default 500, 502, 503, 504).
    """

    failover_origin: IOrigin
    status_codes: list[int | float] | None = None


@structs.frozen(kw_only=True)
class OriginBindConfig:
    """What an origin renders when bound to a distribution.

    Args:
        origin_property: the ``Origins`` entry (default none: the origin renders no entry).
        failover_config: a failover origin, if any.
        selection_criteria: the origin group's selection criteria, if any.
    """

    origin_property: Any = None
    failover_config: OriginFailoverConfig | None = None
    selection_criteria: Any = None


@structs.frozen(kw_only=True)
class OriginBindOptions:
    """The context an origin is bound in.

    Args:
        origin_id: the id the distribution generated for the origin.
        distribution_id: the distribution's id (a token).
    """

    origin_id: str
    distribution_id: str | None = None


@runtime_checkable
class IOrigin(Protocol):
    """An origin of a distribution (``aws_cloudfront_origins``)."""

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        """Render this origin for a distribution; ``scope`` is the origin's construct in the distribution."""
        ...


class OriginBase:
    """The base of origins: domain name, path, timeouts, custom headers and Origin Shield.

    Args:
        domain_name: the origin's domain name.
        origin_path: a path prepended to requests (``/`` added in front, trailing ``/`` dropped).
        connection_attempts: 1 to 3 (default 3).
        connection_timeout: 1 to 10 seconds (default 10).
        custom_headers: headers added to requests to the origin.
        origin_shield_region: the Origin Shield region (default none).
        origin_shield_enabled: default ``True`` (``False`` renders ``OriginShield.Enabled: false``).
        origin_id: a fixed origin id (default generated).
        origin_access_control_id: an origin access control's id.
        response_completion_timeout: 1 to 3600 seconds.
    """

    def __init__(
        self,
        domain_name: str,
        *,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> None:
        _int_in_range("connection_timeout", 1, 10, connection_timeout.to_seconds() if connection_timeout else None)
        _int_in_range("connection_attempts", 1, 3, connection_attempts, duration=False)
        _int_in_range(
            "response_completion_timeout", 1, 3600,
            response_completion_timeout.to_seconds() if response_completion_timeout else None,
        )
        _validate_custom_headers(custom_headers)
        self.domain_name = domain_name
        self.origin_path = _origin_path(origin_path)
        self.connection_timeout = connection_timeout
        self.connection_attempts = connection_attempts
        self.custom_headers = custom_headers
        self.origin_shield_region = origin_shield_region
        self.origin_shield_enabled = True if origin_shield_enabled is None else origin_shield_enabled
        self.origin_id = origin_id
        self.origin_access_control_id = origin_access_control_id
        self.response_completion_timeout = response_completion_timeout

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        """Render this origin's ``Origins`` entry."""
        s3_config = self._render_s3_origin_config()
        custom_config = self._render_custom_origin_config()
        vpc_config = self._render_vpc_origin_config()
        if not s3_config and not custom_config and not vpc_config:
            raise ValidationError(
                "Subclass must override and provide either s3OriginConfig, customOriginConfig or vpcOriginConfig",
                scope,
            )
        shield: dict[str, Any] | None
        if not self.origin_shield_enabled:
            shield = {"enabled": False}
        elif self.origin_shield_region:
            shield = {"enabled": True, "origin_shield_region": self.origin_shield_region}
        else:
            shield = None
        prop: dict[str, Any] = {
            "domain_name": self.domain_name,
            "id": self.origin_id or origin_id,
            "origin_path": self.origin_path,
            "connection_attempts": self.connection_attempts,
            "connection_timeout": self.connection_timeout.to_seconds() if self.connection_timeout else None,
            "origin_custom_headers": (
                [{"header_name": k, "header_value": v} for k, v in self.custom_headers.items()]
                if self.custom_headers else None
            ),
            "s3_origin_config": s3_config,
            "custom_origin_config": custom_config,
            "vpc_origin_config": vpc_config,
            "origin_shield": shield,
            "origin_access_control_id": self.origin_access_control_id,
            "response_completion_timeout": (
                self.response_completion_timeout.to_seconds() if self.response_completion_timeout else None
            ),
        }
        from l1.cloudfront import CfnDistribution

        return OriginBindConfig(
            origin_property=CfnDistribution.OriginProperty(**{k: v for k, v in prop.items() if v is not None})
        )

    def _render_s3_origin_config(self) -> dict[str, Any] | None:
        return None

    def _render_custom_origin_config(self) -> dict[str, Any] | None:
        return None

    def _render_vpc_origin_config(self) -> dict[str, Any] | None:
        return None

    @staticmethod
    def _validate_response_completion_timeout_with_read_timeout(
        response_completion_timeout: Duration | None, read_timeout: Duration | None
    ) -> None:
        if response_completion_timeout and read_timeout:
            done, read = response_completion_timeout.to_seconds(), read_timeout.to_seconds()
            if done < read:
                raise UnscopedValidationError(
                    f"responseCompletionTimeout must be equal to or greater than readTimeout ({read}s), "
                    f"got: {done}s."
                )


def _int_in_range(name: str, lo: int, hi: int, value: float | None, *, duration: bool = True) -> None:
    if value is None:
        return
    if value != int(value) or value < lo or value > hi:
        unit = " seconds" if duration else ""
        shown = int(value) if value == int(value) else value
        raise UnscopedValidationError(
            f"{name}: Must be an int between {lo} and {hi}{unit} (inclusive); received {shown}."
        )


def _validate_custom_headers(headers: Mapping[str, str] | None) -> None:
    if not headers:
        return
    lowered = {h.lower() for h in _PROHIBITED_HEADERS}
    bad = [k for k in headers if k.lower() in lowered]
    bad_prefix = [k for k in headers if any(k.lower().startswith(p.lower()) for p in _PROHIBITED_PREFIXES)]
    if bad:
        raise UnscopedValidationError(
            f"The following headers cannot be configured as custom origin headers: {', '.join(bad)}"
        )
    if bad_prefix:
        raise UnscopedValidationError(
            f"The following headers cannot be used as prefixes for custom origin headers: {', '.join(bad_prefix)}"
        )


def _origin_path(path: str | None) -> str | None:
    if path is None or Token.is_unresolved(path):
        return path
    if not path.startswith("/"):
        path = "/" + path
    if path.endswith("/"):
        path = path[:-1]
    return path
