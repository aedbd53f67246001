"""The enums and method sets of CloudFront distributions and their behaviors."""

from __future__ import annotations

import enum
from collections.abc import Sequence


class HttpVersion(enum.Enum):
    """The highest HTTP version viewers may use."""

    HTTP1_1 = "http1.1"
    HTTP2 = "http2"
    HTTP2_AND_3 = "http2and3"
    HTTP3 = "http3"


class PriceClass(enum.Enum):
    """Which edge locations serve the distribution."""

    PRICE_CLASS_100 = "PriceClass_100"
    PRICE_CLASS_200 = "PriceClass_200"
    PRICE_CLASS_ALL = "PriceClass_All"


class ViewerProtocolPolicy(enum.Enum):
    """The protocols viewers may use."""

    HTTPS_ONLY = "https-only"
    REDIRECT_TO_HTTPS = "redirect-to-https"
    ALLOW_ALL = "allow-all"


class OriginProtocolPolicy(enum.Enum):
    """The protocol CloudFront uses to reach an origin."""

    HTTP_ONLY = "http-only"
    MATCH_VIEWER = "match-viewer"
    HTTPS_ONLY = "https-only"


class OriginSslPolicy(enum.Enum):
    """The SSL/TLS protocols CloudFront may use with an HTTPS origin."""

    SSL_V3 = "SSLv3"
    TLS_V1 = "TLSv1"
    TLS_V1_1 = "TLSv1.1"
    TLS_V1_2 = "TLSv1.2"


class OriginIpAddressType(enum.Enum):
    """The IP address family CloudFront uses to reach an origin."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    DUALSTACK = "dualstack"


class CloudFrontAllowedMethods(enum.Enum):
    """The methods a ``CloudFrontWebDistribution`` behavior allows (legacy)."""

    GET_HEAD = "GH"
    GET_HEAD_OPTIONS = "GHO"
    ALL = "ALL"


class CloudFrontAllowedCachedMethods(enum.Enum):
    """The methods a ``CloudFrontWebDistribution`` behavior caches (legacy)."""

    GET_HEAD = "GH"
    GET_HEAD_OPTIONS = "GHO"


class SSLMethod(enum.Enum):
    """How CloudFront serves HTTPS for a custom certificate."""

    SNI = "sni-only"
    VIP = "vip"
    STATIC_IP = "static-ip"


class SecurityPolicyProtocol(enum.Enum):
    """The minimum TLS security policy for viewer connections."""

    SSL_V3 = "SSLv3"
    TLS_V1 = "TLSv1"
    TLS_V1_2016 = "TLSv1_2016"
    TLS_V1_1_2016 = "TLSv1.1_2016"
    TLS_V1_2_2018 = "TLSv1.2_2018"
    TLS_V1_2_2019 = "TLSv1.2_2019"
    TLS_V1_2_2021 = "TLSv1.2_2021"
    TLS_V1_2_2025 = "TLSv1.2_2025"
    TLS_V1_3_2025 = "TLSv1.3_2025"


class LambdaEdgeEventType(enum.Enum):
    """The events a Lambda@Edge function can run on."""

    ORIGIN_REQUEST = "origin-request"
    ORIGIN_RESPONSE = "origin-response"
    VIEWER_REQUEST = "viewer-request"
    VIEWER_RESPONSE = "viewer-response"


class AllowedMethods:
    """The HTTP methods a behavior accepts (use the class constants).

    Args:
        methods: the methods.
    """

    ALLOW_GET_HEAD: AllowedMethods
    """``GET`` and ``HEAD``."""
    ALLOW_GET_HEAD_OPTIONS: AllowedMethods
    """``GET``, ``HEAD`` and ``OPTIONS``."""
    ALLOW_ALL: AllowedMethods
    """Every method CloudFront supports."""

    def __init__(self, methods: Sequence[str]) -> None:
        self._methods = list(methods)

    @property
    def methods(self) -> list[str]:
        """The HTTP methods."""
        return list(self._methods)


AllowedMethods.ALLOW_GET_HEAD = AllowedMethods(["GET", "HEAD"])
AllowedMethods.ALLOW_GET_HEAD_OPTIONS = AllowedMethods(["GET", "HEAD", "OPTIONS"])
AllowedMethods.ALLOW_ALL = AllowedMethods(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"])


class CachedMethods:
    """The HTTP methods whose responses a behavior caches (use the class constants).

    Args:
        methods: the methods.
    """

    CACHE_GET_HEAD: CachedMethods
    """``GET`` and ``HEAD``."""
    CACHE_GET_HEAD_OPTIONS: CachedMethods
    """``GET``, ``HEAD`` and ``OPTIONS``."""

    def __init__(self, methods: Sequence[str]) -> None:
        self._methods = list(methods)

    @property
    def methods(self) -> list[str]:
        """The HTTP methods."""
        return list(self._methods)


CachedMethods.CACHE_GET_HEAD = CachedMethods(["GET", "HEAD"])
CachedMethods.CACHE_GET_HEAD_OPTIONS = CachedMethods(["GET", "HEAD", "OPTIONS"])


class OriginSelectionCriteria(enum.Enum):
    """How an origin group picks its origin."""

    DEFAULT = "default"
    MEDIA_QUALITY_BASED = "media-quality-based"


class FailoverStatusCode(enum.Enum):
    """Origin status codes that can trigger failover."""

    FORBIDDEN = 403
    NOT_FOUND = 404
    INTERNAL_SERVER_ERROR = 500
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    GATEWAY_TIMEOUT = 504
