"""The managed cache, origin-request and response-headers policies, and importing policies by id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Construct


@runtime_checkable
class ICachePolicy(Protocol):
    """A cache policy: a managed one (``CachePolicy.CACHING_OPTIMIZED``, ...) or one imported by id."""

    @property
    def cache_policy_id(self) -> str:
        """The id of the cache policy."""
        ...


@runtime_checkable
class IOriginRequestPolicy(Protocol):
    """An origin request policy: a managed one or one imported by id."""

    @property
    def origin_request_policy_id(self) -> str:
        """The id of the origin request policy."""
        ...


@runtime_checkable
class IResponseHeadersPolicy(Protocol):
    """A response headers policy: a managed one or one imported by id."""

    @property
    def response_headers_policy_id(self) -> str:
        """The id of the response headers policy."""
        ...


class _PolicyRef:
    """A policy known only by id (managed or imported)."""

    def __init__(self, policy_id: str) -> None:
        self.cache_policy_id = policy_id
        self.origin_request_policy_id = policy_id
        self.response_headers_policy_id = policy_id


class CachePolicy:
    """Cache policies: the managed ones as class constants, others imported by id."""

    AMPLIFY: ICachePolicy = _PolicyRef("2e54312d-136d-493c-8eb9-b001f22f67d2")
    """The managed policy for Amplify origins."""
    CACHING_OPTIMIZED: ICachePolicy = _PolicyRef("658327ea-f89d-4fab-a63d-7e88639e58f6")
    """The managed default: long TTLs, no headers, cookies or query strings in the key, gzip and brotli."""
    CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS: ICachePolicy = _PolicyRef("b2884449-e4de-46a7-ac36-70bc7f1ddd6d")
    """As ``CACHING_OPTIMIZED`` without compression."""
    CACHING_DISABLED: ICachePolicy = _PolicyRef("4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
    """The managed policy that disables caching."""
    ELEMENTAL_MEDIA_PACKAGE: ICachePolicy = _PolicyRef("08627262-05a9-4f76-9ded-b50ca2e3a84f")
    """The managed policy for MediaPackage origins."""
    USE_ORIGIN_CACHE_CONTROL_HEADERS: ICachePolicy = _PolicyRef("83da9c7e-98b4-4e11-a168-04f0df8e2c65")
    """The managed policy honouring the origin's Cache-Control headers."""
    USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS: ICachePolicy = _PolicyRef("4cc15a8a-d715-48a4-82b8-cc0b614638fe")
    """As ``USE_ORIGIN_CACHE_CONTROL_HEADERS``, with query strings in the key."""

    @staticmethod
    def from_cache_policy_id(scope: Construct, id: str, cache_policy_id: str) -> ICachePolicy:
        """Import a cache policy by id."""
        return _PolicyRef(cache_policy_id)


class OriginRequestPolicy:
    """Origin request policies: the managed ones as class constants, others imported by id."""

    USER_AGENT_REFERER_HEADERS: IOriginRequestPolicy = _PolicyRef("acba4595-bd28-49b8-b9fe-13317c0390fa")
    """Forwards the User-Agent and Referer headers."""
    CORS_CUSTOM_ORIGIN: IOriginRequestPolicy = _PolicyRef("59781a5b-3903-41f3-afcb-af62929ccde1")
    """The CORS headers for a custom origin."""
    CORS_S3_ORIGIN: IOriginRequestPolicy = _PolicyRef("88a5eaf4-2fd4-4709-b370-b4c650ea3fcf")
    """The CORS headers for an S3 origin."""
    ALL_VIEWER: IOriginRequestPolicy = _PolicyRef("216adef6-5c7f-47e4-b989-5492eafa07d3")
    """Every viewer header, cookie and query string."""
    ELEMENTAL_MEDIA_TAILOR: IOriginRequestPolicy = _PolicyRef("775133bc-15f2-49f9-abea-afb2e0bf67d2")
    """For MediaTailor origins."""
    ALL_VIEWER_AND_CLOUDFRONT_2022: IOriginRequestPolicy = _PolicyRef("33f36d7e-f396-46d9-90e0-52428a34d9dc")
    """Every viewer value plus the CloudFront headers."""
    ALL_VIEWER_EXCEPT_HOST_HEADER: IOriginRequestPolicy = _PolicyRef("b689b0a8-53d0-40ab-baf2-68738e2966ac")
    """Every viewer value except the Host header."""
    HOST_HEADER_ONLY: IOriginRequestPolicy = _PolicyRef("bf0718e1-ba1e-49d1-88b1-f726733018ae")
    """Only the Host header."""

    @staticmethod
    def from_origin_request_policy_id(scope: Construct, id: str, origin_request_policy_id: str) -> IOriginRequestPolicy:
        """Import an origin request policy by id."""
        return _PolicyRef(origin_request_policy_id)


class ResponseHeadersPolicy:
    """Response headers policies: the managed ones as class constants, others imported by id."""

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

    @staticmethod
    def from_response_headers_policy_id(
        scope: Construct, id: str, response_headers_policy_id: str
    ) -> IResponseHeadersPolicy:
        """Import a response headers policy by id."""
        return _PolicyRef(response_headers_policy_id)
