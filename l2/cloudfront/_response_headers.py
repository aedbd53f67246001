"""``ResponseHeadersPolicy``: CORS, custom, security, removed and Server-Timing response headers."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from constructs import Construct, Duration, Names, Resource, Token, ValidationError
from constructs.internals import structs
from l1.cloudfront import CfnResponseHeadersPolicy
from l2.cloudfront._policies import (
    IResponseHeadersPolicy,
    _ImportedPolicy,
    _PolicyRef,
    _ResponseHeadersPolicyRefMixin,
)


class HeadersFrameOption(enum.Enum):
    """The X-Frame-Options value."""

    DENY = "DENY"
    SAMEORIGIN = "SAMEORIGIN"


class HeadersReferrerPolicy(enum.Enum):
    """The Referrer-Policy value."""

    NO_REFERRER = "no-referrer"
    NO_REFERRER_WHEN_DOWNGRADE = "no-referrer-when-downgrade"
    ORIGIN = "origin"
    ORIGIN_WHEN_CROSS_ORIGIN = "origin-when-cross-origin"
    SAME_ORIGIN = "same-origin"
    STRICT_ORIGIN = "strict-origin"
    STRICT_ORIGIN_WHEN_CROSS_ORIGIN = "strict-origin-when-cross-origin"
    UNSAFE_URL = "unsafe-url"


@structs.frozen(kw_only=True)
class ResponseHeadersCorsBehavior:
    """The CORS headers of responses.

    Args:
        access_control_allow_credentials: the Access-Control-Allow-Credentials value.
        access_control_allow_headers: allowed headers.
        access_control_allow_methods: allowed methods (``GET`` ... ``PUT``, or ``ALL`` alone).
        access_control_allow_origins: allowed origins.
        origin_override: override the origin's CORS headers.
        access_control_expose_headers: exposed headers.
        access_control_max_age: the Access-Control-Max-Age value.
    """

    access_control_allow_credentials: bool
    access_control_allow_headers: Sequence[str]
    access_control_allow_methods: Sequence[str]
    access_control_allow_origins: Sequence[str]
    origin_override: bool
    access_control_expose_headers: Sequence[str] | None = None
    access_control_max_age: Duration | None = None


@structs.frozen(kw_only=True)
class ResponseCustomHeader:
    """A custom response header.

    Args:
        header: its name.
        override: override the origin's header.
        value: its value.
    """

    header: str
    override: bool
    value: str


@structs.frozen(kw_only=True)
class ResponseCustomHeadersBehavior:
    """Custom response headers.

    Args:
        custom_headers: the headers.
    """

    custom_headers: Sequence[ResponseCustomHeader]


@structs.frozen(kw_only=True)
class ResponseHeadersContentSecurityPolicy:
    """The Content-Security-Policy header.

    Args:
        content_security_policy: its value.
        override: override the origin's header.
    """

    content_security_policy: str
    override: bool


@structs.frozen(kw_only=True)
class ResponseHeadersContentTypeOptions:
    """The X-Content-Type-Options header (``nosniff``).

    Args:
        override: override the origin's header.
    """

    override: bool


@structs.frozen(kw_only=True)
class ResponseHeadersFrameOptions:
    """The X-Frame-Options header.

    Args:
        frame_option: its value.
        override: override the origin's header.
    """

    frame_option: HeadersFrameOption
    override: bool


@structs.frozen(kw_only=True)
class ResponseHeadersReferrerPolicy:
    """The Referrer-Policy header.

    Args:
        override: override the origin's header.
        referrer_policy: its value.
    """

    override: bool
    referrer_policy: HeadersReferrerPolicy


@structs.frozen(kw_only=True)
class ResponseHeadersStrictTransportSecurity:
    """The Strict-Transport-Security header.

    Args:
        access_control_max_age: its max-age.
        override: override the origin's header.
        include_subdomains: add includeSubDomains.
        preload: add preload.
    """

    access_control_max_age: Duration
    override: bool
    include_subdomains: bool | None = None
    preload: bool | None = None


@structs.frozen(kw_only=True)
class ResponseHeadersXSSProtection:
    """The X-XSS-Protection header.

    Args:
        override: override the origin's header.
        protection: enable XSS filtering.
        mode_block: add mode=block.
        report_uri: a report URI.
    """

    override: bool
    protection: bool
    mode_block: bool | None = None
    report_uri: str | None = None


@structs.frozen(kw_only=True)
class ResponseSecurityHeadersBehavior:
    """The security headers of responses (each optional).

    Args:
        content_security_policy: ``Content-Security-Policy``.
        content_type_options: ``X-Content-Type-Options``.
        frame_options: ``X-Frame-Options``.
        referrer_policy: ``Referrer-Policy``.
        strict_transport_security: ``Strict-Transport-Security``.
        xss_protection: ``X-XSS-Protection``.
    """

    content_security_policy: ResponseHeadersContentSecurityPolicy | None = None
    content_type_options: ResponseHeadersContentTypeOptions | None = None
    frame_options: ResponseHeadersFrameOptions | None = None
    referrer_policy: ResponseHeadersReferrerPolicy | None = None
    strict_transport_security: ResponseHeadersStrictTransportSecurity | None = None
    xss_protection: ResponseHeadersXSSProtection | None = None


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


_ALLOWED_METHODS = ("GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "ALL")
_READONLY_HEADERS = ("content-encoding", "content-length", "transfer-encoding", "warning", "via")


class ResponseHeadersPolicy(_ResponseHeadersPolicyRefMixin, Resource):
    """A response headers policy (``AWS::CloudFront::ResponseHeadersPolicy``); the managed ones are class constants.

    Args:
        response_headers_policy_name: default a unique name from the construct path (128 characters at most).
        comment: a comment.
        cors_behavior / custom_headers_behavior / security_headers_behavior: the headers to add.
        remove_headers: headers to remove (not the read-only ones).
        server_timing_sampling_rate: 0 to 100, at most four decimals (enables Server-Timing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.ResponseHeadersPolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    CORS_ALLOW_ALL_ORIGINS: IResponseHeadersPolicy = _PolicyRef("60669652-455b-4ae9-85a4-c4c02393f86c")
    """CORS allowing every origin."""
    CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT: IResponseHeadersPolicy = _PolicyRef("5cc3b908-e619-4b99-88e5-2cf7f45965bd")
    """CORS allowing every origin, with preflight."""
    SECURITY_HEADERS: IResponseHeadersPolicy = _PolicyRef("67f7725c-6f97-4210-82d7-5512b31e9d03")
    """The security headers."""
    CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS: IResponseHeadersPolicy = _PolicyRef(
        "e61eb60c-9c35-4d20-a928-2b84e02af89c"
    )
    """CORS allowing every origin, plus the security headers."""
    CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS: IResponseHeadersPolicy = _PolicyRef(
        "eaab4381-ed33-4a86-88ca-d9558dc6cd63"
    )
    """CORS with preflight, plus the security headers."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        cors_behavior: ResponseHeadersCorsBehavior | None = None,
        custom_headers_behavior: ResponseCustomHeadersBehavior | None = None,
        remove_headers: Sequence[str] | None = None,
        response_headers_policy_name: str | None = None,
        security_headers_behavior: ResponseSecurityHeadersBehavior | None = None,
        server_timing_sampling_rate: int | float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=response_headers_policy_name)
        name = response_headers_policy_name or Names.unique_resource_name(self, max_length=128)
        resource = CfnResponseHeadersPolicy(self, "Resource", response_headers_policy_config=_drop_none({
            "name": name,
            "comment": comment,
            "cors_config": self._cors(cors_behavior) if cors_behavior else None,
            "custom_headers_config": {"items": [
                {"header": h.header, "override": h.override, "value": h.value}
                for h in custom_headers_behavior.custom_headers
            ]} if custom_headers_behavior else None,
            "security_headers_config": self._security(security_headers_behavior) if security_headers_behavior else None,
            "remove_headers_config": self._remove(remove_headers) if remove_headers else None,
            "server_timing_headers_config": (
                self._server_timing(server_timing_sampling_rate) if server_timing_sampling_rate else None
            ),
        }))
        self.response_headers_policy_id: str = resource.ref

    @staticmethod
    def from_response_headers_policy_id(
        scope: Construct, id: str, response_headers_policy_id: str
    ) -> IResponseHeadersPolicy:
        """Import a response headers policy by id."""
        return _ImportedPolicy(scope, id, response_headers_policy_id)

    def _cors(self, b: ResponseHeadersCorsBehavior) -> dict[str, Any]:
        methods = list(b.access_control_allow_methods)
        if not Token.is_unresolved(methods):
            if "ALL" in methods and len(methods) != 1:
                raise ValidationError(
                    "accessControlAllowMethods - 'ALL' cannot be combined with specific HTTP methods.", self
                )
            if not all(Token.is_unresolved(m) or m in _ALLOWED_METHODS for m in methods):
                raise ValidationError(
                    "accessControlAllowMethods contains unexpected method name; allowed values: "
                    + ", ".join(_ALLOWED_METHODS),
                    self,
                )
        headers = list(b.access_control_allow_headers)
        if b.access_control_allow_credentials and any(
            not Token.is_unresolved(h) and "*" in h for h in headers
        ):
            raise ValidationError(
                'accessControlAllowHeaders cannot contain "*" or headers with "*" when accessControlAllowCredentials '
                "is true",
                self,
            )
        return _drop_none({
            "access_control_allow_credentials": b.access_control_allow_credentials,
            "access_control_allow_headers": {"items": headers},
            "access_control_allow_methods": {"items": methods},
            "access_control_allow_origins": {"items": list(b.access_control_allow_origins)},
            "access_control_expose_headers": (
                {"items": list(b.access_control_expose_headers)} if b.access_control_expose_headers else None
            ),
            "access_control_max_age_sec": b.access_control_max_age.to_seconds() if b.access_control_max_age else None,
            "origin_override": b.origin_override,
        })

    @staticmethod
    def _security(b: ResponseSecurityHeadersBehavior) -> dict[str, Any]:
        csp, cto, fo, rp, sts, xss = (
            b.content_security_policy, b.content_type_options, b.frame_options, b.referrer_policy,
            b.strict_transport_security, b.xss_protection,
        )
        return _drop_none({
            "content_security_policy": {
                "content_security_policy": csp.content_security_policy, "override": csp.override,
            } if csp else None,
            "content_type_options": {"override": cto.override} if cto else None,
            "frame_options": {"frame_option": fo.frame_option.value, "override": fo.override} if fo else None,
            "referrer_policy": {"referrer_policy": rp.referrer_policy.value, "override": rp.override} if rp else None,
            "strict_transport_security": _drop_none({
                "access_control_max_age_sec": sts.access_control_max_age.to_seconds(),
                "override": sts.override,
                "include_subdomains": sts.include_subdomains,
                "preload": sts.preload,
            }) if sts else None,
            "xss_protection": _drop_none({
                "override": xss.override, "protection": xss.protection, "mode_block": xss.mode_block,
                "report_uri": xss.report_uri,
            }) if xss else None,
        })

    def _remove(self, headers: Sequence[str]) -> dict[str, Any]:
        items = []
        for header in headers:
            if not Token.is_unresolved(header) and header.lower() in _READONLY_HEADERS:
                raise ValidationError(f"Cannot remove read-only header {header}", self)
            items.append({"header": header})
        return {"items": items}

    def _server_timing(self, rate: float) -> dict[str, Any]:
        if not Token.is_unresolved(rate):
            if rate < 0 or rate > 100:
                raise ValidationError(f"Sampling rate must be between 0 and 100 (inclusive), received {rate}", self)
            parts = repr(rate).split(".")
            if len(parts) == 2 and len(parts[1]) > 4:
                raise ValidationError(f"Sampling rate can have up to four decimal places, received {rate}", self)
        return {"enabled": True, "sampling_rate": rate}
