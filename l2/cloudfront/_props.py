"""The props structs of the cloudfront constructs (aws-cdk-lib's ``*Props`` interfaces)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs
from l2.cloudfront._access import Signing
from l2.cloudfront._distribution import BehaviorOptions, ErrorResponse, GeoRestriction
from l2.cloudfront._enums import HttpVersion, PriceClass, SecurityPolicyProtocol, SSLMethod
from l2.cloudfront._function import FunctionCode, FunctionRuntime, IKeyValueStore
from l2.cloudfront._keys import IPublicKey
from l2.cloudfront._policies import (
    CacheCookieBehavior,
    CacheHeaderBehavior,
    CacheQueryStringBehavior,
    OriginRequestCookieBehavior,
    OriginRequestHeaderBehavior,
    OriginRequestQueryStringBehavior,
)
from l2.cloudfront._realtime_log import Endpoint
from l2.cloudfront._response_headers import (
    ResponseCustomHeadersBehavior,
    ResponseHeadersCorsBehavior,
    ResponseSecurityHeadersBehavior,
)

if TYPE_CHECKING:
    from l2.certificatemanager import ICertificate
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class DistributionProps:
    """The properties of a ``Distribution`` (see ``Distribution`` for each keyword)."""

    default_behavior: BehaviorOptions
    additional_behaviors: Mapping[str, BehaviorOptions] | None = None
    certificate: ICertificate | None = None
    comment: str | None = None
    default_root_object: str | None = None
    domain_names: Sequence[str] | None = None
    enabled: bool | None = None
    enable_ipv6: bool | None = None
    enable_logging: bool | None = None
    error_responses: Sequence[ErrorResponse] | None = None
    geo_restriction: GeoRestriction | None = None
    http_version: HttpVersion | None = None
    log_bucket: IBucket | None = None
    log_file_prefix: str | None = None
    log_includes_cookies: bool | None = None
    minimum_protocol_version: SecurityPolicyProtocol | None = None
    price_class: PriceClass | None = None
    publish_additional_metrics: bool | None = None
    ssl_support_method: SSLMethod | None = None
    web_acl_id: str | None = None


@structs.frozen(kw_only=True)
class OriginOptions:
    """The options every origin takes (see ``OriginBase``)."""

    connection_attempts: int | float | None = None
    connection_timeout: Duration | None = None
    custom_headers: Mapping[str, str] | None = None
    origin_access_control_id: str | None = None
    origin_id: str | None = None
    origin_shield_enabled: bool | None = None
    origin_shield_region: str | None = None
    response_completion_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class OriginProps(OriginOptions):
    """``OriginOptions`` plus ``origin_path``."""

    origin_path: str | None = None


@structs.frozen(kw_only=True)
class FunctionProps:
    """The properties of a ``Function`` (see ``Function``)."""

    code: FunctionCode
    auto_publish: bool | None = None
    comment: str | None = None
    function_name: str | None = None
    key_value_store: IKeyValueStore | None = None
    runtime: FunctionRuntime | None = None


@structs.frozen(kw_only=True)
class KeyGroupProps:
    """The properties of a ``KeyGroup`` (see ``KeyGroup``)."""

    items: Sequence[IPublicKey]
    comment: str | None = None
    key_group_name: str | None = None


@structs.frozen(kw_only=True)
class PublicKeyProps:
    """The properties of a ``PublicKey`` (see ``PublicKey``)."""

    encoded_key: str
    comment: str | None = None
    public_key_name: str | None = None


@structs.frozen(kw_only=True)
class CachePolicyProps:
    """The properties of a ``CachePolicy`` (see ``CachePolicy``)."""

    cache_policy_name: str | None = None
    comment: str | None = None
    cookie_behavior: CacheCookieBehavior | None = None
    default_ttl: Duration | None = None
    enable_accept_encoding_brotli: bool | None = None
    enable_accept_encoding_gzip: bool | None = None
    header_behavior: CacheHeaderBehavior | None = None
    max_ttl: Duration | None = None
    min_ttl: Duration | None = None
    query_string_behavior: CacheQueryStringBehavior | None = None


@structs.frozen(kw_only=True)
class OriginRequestPolicyProps:
    """The properties of an ``OriginRequestPolicy`` (see ``OriginRequestPolicy``)."""

    comment: str | None = None
    cookie_behavior: OriginRequestCookieBehavior | None = None
    header_behavior: OriginRequestHeaderBehavior | None = None
    origin_request_policy_name: str | None = None
    query_string_behavior: OriginRequestQueryStringBehavior | None = None


@structs.frozen(kw_only=True)
class ResponseHeadersPolicyProps:
    """The properties of a ``ResponseHeadersPolicy`` (see ``ResponseHeadersPolicy``)."""

    comment: str | None = None
    cors_behavior: ResponseHeadersCorsBehavior | None = None
    custom_headers_behavior: ResponseCustomHeadersBehavior | None = None
    remove_headers: Sequence[str] | None = None
    response_headers_policy_name: str | None = None
    security_headers_behavior: ResponseSecurityHeadersBehavior | None = None
    server_timing_sampling_rate: int | float | None = None


@structs.frozen(kw_only=True)
class OriginAccessIdentityProps:
    """The properties of an ``OriginAccessIdentity`` (see ``OriginAccessIdentity``)."""

    comment: str | None = None


@structs.frozen(kw_only=True)
class OriginAccessControlBaseProps:
    """The properties every origin access control takes (see ``S3OriginAccessControl`` for each keyword)."""

    description: str | None = None
    origin_access_control_name: str | None = None
    signing: Signing | None = None


@structs.frozen(kw_only=True)
class S3OriginAccessControlProps(OriginAccessControlBaseProps):
    """The properties of an ``S3OriginAccessControl`` (see ``S3OriginAccessControl``)."""


@structs.frozen(kw_only=True)
class FunctionUrlOriginAccessControlProps(OriginAccessControlBaseProps):
    """The properties of a ``FunctionUrlOriginAccessControl`` (see ``FunctionUrlOriginAccessControl``)."""


@structs.frozen(kw_only=True)
class MediaPackageV2OriginAccessControlProps(OriginAccessControlBaseProps):
    """The properties of a ``MediaPackageV2OriginAccessControl`` (see ``MediaPackageV2OriginAccessControl``)."""


@structs.frozen(kw_only=True)
class RealtimeLogConfigProps:
    """The properties of a ``RealtimeLogConfig`` (see ``RealtimeLogConfig``)."""

    end_points: Sequence[Endpoint]
    fields: Sequence[str]
    sampling_rate: int | float
    realtime_log_config_name: str | None = None
