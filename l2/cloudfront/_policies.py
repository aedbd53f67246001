"""The managed cache, origin-request and response-headers policies, and importing policies by id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from constructs import (
    Construct,
    Duration,
    Names,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from l1.cloudfront import CfnCachePolicy, CfnOriginRequestPolicy
from l2.cloudfront._references import (
    CachePolicyReference,
    OriginRequestPolicyReference,
    ResponseHeadersPolicyReference,
)


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


class _CachePolicyRefMixin:
    cache_policy_id: str

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to this cache policy."""
        return CachePolicyReference(cache_policy_id=self.cache_policy_id)


class _OriginRequestPolicyRefMixin:
    origin_request_policy_id: str

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to this origin request policy."""
        return OriginRequestPolicyReference(origin_request_policy_id=self.origin_request_policy_id)


class _ResponseHeadersPolicyRefMixin:
    response_headers_policy_id: str

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to this response headers policy."""
        return ResponseHeadersPolicyReference(response_headers_policy_id=self.response_headers_policy_id)


class _PolicyRef(_CachePolicyRefMixin, _OriginRequestPolicyRefMixin, _ResponseHeadersPolicyRefMixin):
    """A policy known only by id (managed or imported)."""

    def __init__(self, policy_id: str) -> None:
        self.cache_policy_id = policy_id
        self.origin_request_policy_id = policy_id
        self.response_headers_policy_id = policy_id


class _ImportedPolicy(_CachePolicyRefMixin, _OriginRequestPolicyRefMixin, _ResponseHeadersPolicyRefMixin, Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.cache_policy_id = policy_id
        self.origin_request_policy_id = policy_id
        self.response_headers_policy_id = policy_id


class _Behavior:
    _kind = "value"

    def __init__(self, behavior: str, values: Sequence[str] | None = None) -> None:
        """A behavior (use the class's static methods).

        Args:
            behavior: CloudFormation's behavior value (``none``, ``all``, ``whitelist``, ...).
            values: the names the behavior lists, if any.
        """
        self.behavior = behavior
        self._values = list(values) if values is not None else None

    @staticmethod
    def _need(values: Sequence[str], what: str) -> list[str]:
        if not values:
            raise UnscopedValidationError(f"At least one {what} must be provided")
        return list(values)


class CacheCookieBehavior(_Behavior):
    """Which cookies a cache policy puts in the cache key."""

    @property
    def cookies(self) -> list[str] | None:
        """The cookies."""
        return self._values

    @staticmethod
    def none() -> CacheCookieBehavior:
        """No cookies."""
        return CacheCookieBehavior("none")

    @staticmethod
    def all() -> CacheCookieBehavior:
        """Every cookie."""
        return CacheCookieBehavior("all")

    @staticmethod
    def allow_list(*cookies: str) -> CacheCookieBehavior:
        """Only these cookies."""
        return CacheCookieBehavior("whitelist", _Behavior._need(cookies, "cookie to allow"))

    @staticmethod
    def deny_list(*cookies: str) -> CacheCookieBehavior:
        """Every cookie but these."""
        return CacheCookieBehavior("allExcept", _Behavior._need(cookies, "cookie to deny"))


class CacheHeaderBehavior(_Behavior):
    """Which headers a cache policy puts in the cache key."""

    @property
    def headers(self) -> list[str] | None:
        """The headers."""
        return self._values

    @staticmethod
    def none() -> CacheHeaderBehavior:
        """No headers."""
        return CacheHeaderBehavior("none")

    @staticmethod
    def allow_list(*headers: str) -> CacheHeaderBehavior:
        """Only these headers."""
        return CacheHeaderBehavior("whitelist", _Behavior._need(headers, "header to allow"))


class CacheQueryStringBehavior(_Behavior):
    """Which query strings a cache policy puts in the cache key."""

    @property
    def query_strings(self) -> list[str] | None:
        """The query strings."""
        return self._values

    @staticmethod
    def none() -> CacheQueryStringBehavior:
        """No query strings."""
        return CacheQueryStringBehavior("none")

    @staticmethod
    def all() -> CacheQueryStringBehavior:
        """Every query string."""
        return CacheQueryStringBehavior("all")

    @staticmethod
    def allow_list(*query_strings: str) -> CacheQueryStringBehavior:
        """Only these query strings."""
        return CacheQueryStringBehavior("whitelist", _Behavior._need(query_strings, "query string to allow"))

    @staticmethod
    def deny_list(*query_strings: str) -> CacheQueryStringBehavior:
        """Every query string but these."""
        return CacheQueryStringBehavior("allExcept", _Behavior._need(query_strings, "query string to deny"))


class OriginRequestCookieBehavior(_Behavior):
    """Which cookies an origin request policy forwards."""

    @property
    def cookies(self) -> list[str] | None:
        """The cookies."""
        return self._values

    @staticmethod
    def none() -> OriginRequestCookieBehavior:
        """No cookies."""
        return OriginRequestCookieBehavior("none")

    @staticmethod
    def all() -> OriginRequestCookieBehavior:
        """Every cookie."""
        return OriginRequestCookieBehavior("all")

    @staticmethod
    def allow_list(*cookies: str) -> OriginRequestCookieBehavior:
        """Only these cookies."""
        return OriginRequestCookieBehavior("whitelist", _Behavior._need(cookies, "cookie to allow"))

    @staticmethod
    def deny_list(*cookies: str) -> OriginRequestCookieBehavior:
        """Every cookie but these."""
        return OriginRequestCookieBehavior("allExcept", _Behavior._need(cookies, "cookie to deny"))


class OriginRequestHeaderBehavior(_Behavior):
    """Which headers an origin request policy forwards."""

    @property
    def headers(self) -> list[str] | None:
        """The headers."""
        return self._values

    @staticmethod
    def none() -> OriginRequestHeaderBehavior:
        """No headers."""
        return OriginRequestHeaderBehavior("none")

    @staticmethod
    def all(*cloudfront_headers: str) -> OriginRequestHeaderBehavior:
        """Every viewer header, plus these ``CloudFront-`` headers."""
        if cloudfront_headers:
            if not all(h.startswith("CloudFront-") for h in cloudfront_headers):
                raise UnscopedValidationError(
                    "additional CloudFront headers passed to `OriginRequestHeaderBehavior.all()` must begin with "
                    "'CloudFront-'"
                )
            return OriginRequestHeaderBehavior("allViewerAndWhitelistCloudFront", cloudfront_headers)
        return OriginRequestHeaderBehavior("allViewer")

    @staticmethod
    def allow_list(*headers: str) -> OriginRequestHeaderBehavior:
        """Only these headers (not Authorization or Accept-Encoding)."""
        values = _Behavior._need(headers, "header to allow")
        if any(h.lower() in ("authorization", "accept-encoding") for h in values):
            raise UnscopedValidationError(
                "you cannot pass `Authorization` or `Accept-Encoding` as header values; use a CachePolicy to forward "
                "these headers instead"
            )
        return OriginRequestHeaderBehavior("whitelist", values)

    @staticmethod
    def deny_list(*headers: str) -> OriginRequestHeaderBehavior:
        """Every header but these."""
        return OriginRequestHeaderBehavior("allExcept", _Behavior._need(headers, "header to deny"))


class OriginRequestQueryStringBehavior(_Behavior):
    """Which query strings an origin request policy forwards."""

    @property
    def query_strings(self) -> list[str] | None:
        """The query strings."""
        return self._values

    @staticmethod
    def none() -> OriginRequestQueryStringBehavior:
        """No query strings."""
        return OriginRequestQueryStringBehavior("none")

    @staticmethod
    def all() -> OriginRequestQueryStringBehavior:
        """Every query string."""
        return OriginRequestQueryStringBehavior("all")

    @staticmethod
    def allow_list(*query_strings: str) -> OriginRequestQueryStringBehavior:
        """Only these query strings."""
        return OriginRequestQueryStringBehavior("whitelist", _Behavior._need(query_strings, "query string to allow"))

    @staticmethod
    def deny_list(*query_strings: str) -> OriginRequestQueryStringBehavior:
        """Every query string but these."""
        return OriginRequestQueryStringBehavior("allExcept", _Behavior._need(query_strings, "query string to deny"))


def _drop_none(d: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in d.items() if v is not None}


class CachePolicy(_CachePolicyRefMixin, Resource):
    """A cache policy (``AWS::CloudFront::CachePolicy``); the managed ones are class constants.

    Args:
        cache_policy_name: default the construct's unique id (110 characters at most) plus ``-<region>``.
        comment: at most 128 characters.
        default_ttl: default 1 day (at least ``min_ttl``).
        min_ttl: default 0.
        max_ttl: default 365 days (at least ``default_ttl``).
        cookie_behavior / header_behavior / query_string_behavior: what goes in the cache key (default none).
        enable_accept_encoding_gzip / enable_accept_encoding_brotli: default ``False``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.CachePolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

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

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cache_policy_name: str | None = None,
        comment: str | None = None,
        cookie_behavior: CacheCookieBehavior | None = None,
        default_ttl: Duration | None = None,
        enable_accept_encoding_brotli: bool | None = None,
        enable_accept_encoding_gzip: bool | None = None,
        header_behavior: CacheHeaderBehavior | None = None,
        max_ttl: Duration | None = None,
        min_ttl: Duration | None = None,
        query_string_behavior: CacheQueryStringBehavior | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=cache_policy_name)
        name = cache_policy_name if cache_policy_name is not None else (
            f"{Names.unique_id(self)[:110]}-{Stack.of(self).region}"
        )
        if not Token.is_unresolved(name):
            if not name or not all(c.isalnum() and c.isascii() or c in "-_" for c in name):
                raise ValidationError(
                    f"'cachePolicyName' can only include '-', '_', and alphanumeric characters, got: '{name}'", self
                )
            if len(name) > 128:
                raise ValidationError(f"'cachePolicyName' cannot be longer than 128 characters, got: '{len(name)}'", self)
        if comment and not Token.is_unresolved(comment) and len(comment) > 128:
            raise ValidationError(f"'comment' cannot be longer than 128 characters, got: {len(comment)}", self)
        min_s = (min_ttl or Duration.seconds(0)).to_seconds()
        default_s = (default_ttl or Duration.days(1)).to_seconds()
        max_s = (max_ttl or Duration.days(365)).to_seconds()
        if not Token.is_unresolved(default_s) and not Token.is_unresolved(min_s):
            default_s = max(default_s, min_s)
        if not Token.is_unresolved(max_s) and not Token.is_unresolved(default_s):
            max_s = max(max_s, default_s)
        cookies = cookie_behavior or CacheCookieBehavior.none()
        headers = header_behavior or CacheHeaderBehavior.none()
        queries = query_string_behavior or CacheQueryStringBehavior.none()
        resource = CfnCachePolicy(self, "Resource", cache_policy_config=_drop_none({
            "name": name,
            "comment": comment,
            "min_ttl": min_s,
            "max_ttl": max_s,
            "default_ttl": default_s,
            "parameters_in_cache_key_and_forwarded_to_origin": {
                "cookies_config": _drop_none({"cookie_behavior": cookies.behavior, "cookies": cookies.cookies}),
                "headers_config": _drop_none({"header_behavior": headers.behavior, "headers": headers.headers}),
                "enable_accept_encoding_gzip": bool(enable_accept_encoding_gzip),
                "enable_accept_encoding_brotli": bool(enable_accept_encoding_brotli),
                "query_strings_config": _drop_none({
                    "query_string_behavior": queries.behavior, "query_strings": queries.query_strings,
                }),
            },
        }))
        self.cache_policy_id: str = resource.ref

    @staticmethod
    def from_cache_policy_id(scope: Construct, id: str, cache_policy_id: str) -> ICachePolicy:
        """Import a cache policy by id."""
        return _ImportedPolicy(scope, id, cache_policy_id)


class OriginRequestPolicy(_OriginRequestPolicyRefMixin, Resource):
    """An origin request policy (``AWS::CloudFront::OriginRequestPolicy``); the managed ones are class constants.

    Args:
        origin_request_policy_name: default the construct's unique id.
        comment: a comment.
        cookie_behavior / header_behavior / query_string_behavior: what is forwarded (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.OriginRequestPolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

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

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        cookie_behavior: OriginRequestCookieBehavior | None = None,
        header_behavior: OriginRequestHeaderBehavior | None = None,
        origin_request_policy_name: str | None = None,
        query_string_behavior: OriginRequestQueryStringBehavior | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=origin_request_policy_name)
        name = origin_request_policy_name if origin_request_policy_name is not None else Names.unique_id(self)
        if not Token.is_unresolved(name) and (
            not name or not all(c.isalnum() and c.isascii() or c in "-_" for c in name)
        ):
            raise ValidationError(
                "'originRequestPolicyName' can only include '-', '_', and alphanumeric characters, got: "
                f"'{origin_request_policy_name}'",
                self,
            )
        cookies = cookie_behavior or OriginRequestCookieBehavior.none()
        headers = header_behavior or OriginRequestHeaderBehavior.none()
        queries = query_string_behavior or OriginRequestQueryStringBehavior.none()
        resource = CfnOriginRequestPolicy(self, "Resource", origin_request_policy_config=_drop_none({
            "name": name,
            "comment": comment,
            "cookies_config": _drop_none({"cookie_behavior": cookies.behavior, "cookies": cookies.cookies}),
            "headers_config": _drop_none({"header_behavior": headers.behavior, "headers": headers.headers}),
            "query_strings_config": _drop_none({
                "query_string_behavior": queries.behavior, "query_strings": queries.query_strings,
            }),
        }))
        self.origin_request_policy_id: str = resource.ref

    @staticmethod
    def from_origin_request_policy_id(scope: Construct, id: str, origin_request_policy_id: str) -> IOriginRequestPolicy:
        """Import an origin request policy by id."""
        return _ImportedPolicy(scope, id, origin_request_policy_id)
