"""Cache and origin request policies: defaults (generated names), every behavior kind, TTL clamping, imports."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "Policies")
default_cache = cloudfront.CachePolicy(stack, "DefaultCache")
cache = cloudfront.CachePolicy(
    stack,
    "Cache",
    cache_policy_name="my-cache_policy",
    comment="custom",
    default_ttl=cdk.Duration.seconds(5),
    min_ttl=cdk.Duration.seconds(10),
    max_ttl=cdk.Duration.seconds(7),
    cookie_behavior=cloudfront.CacheCookieBehavior.allow_list("session", "lang"),
    header_behavior=cloudfront.CacheHeaderBehavior.allow_list("Authorization"),
    query_string_behavior=cloudfront.CacheQueryStringBehavior.deny_list("utm"),
    enable_accept_encoding_gzip=True,
    enable_accept_encoding_brotli=True,
)
cache2 = cloudfront.CachePolicy(
    stack,
    "Cache2",
    cookie_behavior=cloudfront.CacheCookieBehavior.deny_list("tracking"),
    query_string_behavior=cloudfront.CacheQueryStringBehavior.all(),
)
cache3 = cloudfront.CachePolicy(
    stack, "Cache3", cookie_behavior=cloudfront.CacheCookieBehavior.all(),
    query_string_behavior=cloudfront.CacheQueryStringBehavior.allow_list("page"),
)
orp_default = cloudfront.OriginRequestPolicy(stack, "DefaultOrp")
orp = cloudfront.OriginRequestPolicy(
    stack,
    "Orp",
    origin_request_policy_name="my-orp",
    comment="forward",
    cookie_behavior=cloudfront.OriginRequestCookieBehavior.deny_list("a"),
    header_behavior=cloudfront.OriginRequestHeaderBehavior.deny_list("X-Secret"),
    query_string_behavior=cloudfront.OriginRequestQueryStringBehavior.allow_list("q"),
)
orp2 = cloudfront.OriginRequestPolicy(
    stack,
    "Orp2",
    cookie_behavior=cloudfront.OriginRequestCookieBehavior.all(),
    header_behavior=cloudfront.OriginRequestHeaderBehavior.all(),
    query_string_behavior=cloudfront.OriginRequestQueryStringBehavior.deny_list("x"),
)
orp3 = cloudfront.OriginRequestPolicy(
    stack,
    "Orp3",
    cookie_behavior=cloudfront.OriginRequestCookieBehavior.allow_list("c"),
    header_behavior=cloudfront.OriginRequestHeaderBehavior.allow_list("X-Forwarded-Host"),
    query_string_behavior=cloudfront.OriginRequestQueryStringBehavior.all(),
)
imported_cache = cloudfront.CachePolicy.from_cache_policy_id(stack, "ImportedCache", "11111111-2222")
imported_orp = cloudfront.OriginRequestPolicy.from_origin_request_policy_id(stack, "ImportedOrp", "33333333-4444")
imported_rhp = cloudfront.ResponseHeadersPolicy.from_response_headers_policy_id(stack, "ImportedRhp", "55555555")

origin = origins.HttpOrigin("www.example.com")
dist = cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(origin=origin, cache_policy=cache, origin_request_policy=orp),
)
dist.add_behavior("/a/*", origin, cache_policy=default_cache, origin_request_policy=orp_default)
dist.add_behavior("/b/*", origin, cache_policy=cache2, origin_request_policy=orp2)
dist.add_behavior("/c/*", origin, cache_policy=cache3, origin_request_policy=orp3)
dist.add_behavior(
    "/d/*", origin, cache_policy=imported_cache, origin_request_policy=imported_orp,
    response_headers_policy=imported_rhp,
)
app.synth()
