"""Distribution validation (messages as aws-cdk-lib 2.275's) and the origin-id rules."""

from __future__ import annotations

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import certificatemanager as acm
from l2 import cloudfront
from l2 import cloudfront_origins as origins


def _dist(stack: Stack, **kwargs: object) -> cloudfront.Distribution:
    return cloudfront.Distribution(
        stack, "Dist", default_behavior=cloudfront.BehaviorOptions(origin=origins.HttpOrigin("www.example.com")),
        **kwargs,  # type: ignore[arg-type]
    )


def test_certificate_outside_us_east_1_names_the_path(stack: Stack) -> None:
    cert = acm.Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
    )
    with pytest.raises(ValidationError, match="must be in the us-east-1 region .* is in eu-west-1") as e:
        _dist(stack, certificate=cert, domain_names=["a.example.com"])
    assert "S/Dist" in str(e.value)


def test_star_path_pattern_is_only_for_the_default_behavior(stack: Stack) -> None:
    dist = _dist(stack)
    with pytest.raises(ValidationError, match=r"Only the default behavior can have a path pattern of '\*'"):
        dist.add_behavior("*", origins.HttpOrigin("b.example.com"))


def test_web_acl_outside_us_east_1(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="us-east-1 region; received eu-west-1"):
        _dist(stack, web_acl_id="arn:aws:wafv2:eu-west-1:123456789012:global/webacl/a/b")


def test_second_web_acl(stack: Stack) -> None:
    dist = _dist(stack, web_acl_id="arn:aws:wafv2:us-east-1:123456789012:global/webacl/a/b")
    with pytest.raises(ValidationError, match="A WebACL has already been attached to this distribution"):
        dist.attach_web_acl_id("arn:aws:wafv2:us-east-1:123456789012:global/webacl/a/c")


def test_error_response_needs_something(stack: Stack, synth) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="A custom error response without either"):
        _dist(stack, error_responses=[cloudfront.ErrorResponse(http_status=404)])


def test_logging_disabled_with_a_bucket(stack: Stack) -> None:
    from l2 import s3

    with pytest.raises(ValidationError, match="Explicitly disabled logging but provided a logging bucket."):
        _dist(stack, enable_logging=False, log_bucket=s3.Bucket(stack, "B"))


def test_additional_metrics_need_the_flag(stack: Stack) -> None:
    dist = _dist(stack)
    with pytest.raises(ValidationError, match="Cache hit rate metric is only available if 'publishAdditionalMetrics'"):
        dist.metric_cache_hit_rate()


def test_grpc_needs_http2(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="'httpVersion' must be http2 or http2and3 if 'enableGrpc'"):
        cloudfront.Distribution(
            stack, "Dist", http_version=cloudfront.HttpVersion.HTTP1_1,
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.HttpOrigin("a.example.com"), enable_grpc=True,
                allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
            ),
        )


def test_duplicate_origin_ids(stack: Stack) -> None:
    dist = _dist(stack)
    dist.add_behavior("/a", origins.HttpOrigin("a.example.com", origin_id="same"))
    with pytest.raises(ValidationError, match="Origin with id same already exists"):
        dist.add_behavior("/b", origins.HttpOrigin("b.example.com", origin_id="same"))


def test_geo_restriction_locations() -> None:
    with pytest.raises(UnscopedValidationError, match="Should provide at least 1 location"):
        cloudfront.GeoRestriction.allowlist()
    with pytest.raises(UnscopedValidationError, match="Invalid location format for location: us"):
        cloudfront.GeoRestriction.denylist("us")


def test_origin_ranges_and_headers() -> None:
    with pytest.raises(UnscopedValidationError, match=r"connection_?[tT]imeout: Must be an int between 1 and 10 seconds \(inclusive\); received 11"):
        origins.HttpOrigin("a.example.com", connection_timeout=Duration.seconds(11))
    with pytest.raises(UnscopedValidationError, match=r"connection_?[aA]ttempts: Must be an int between 1 and 3 \(incl"):
        origins.HttpOrigin("a.example.com", connection_attempts=4)
    with pytest.raises(UnscopedValidationError, match="cannot be configured as custom origin headers: Host"):
        origins.HttpOrigin("a.example.com", custom_headers={"Host": "x"})
    with pytest.raises(UnscopedValidationError, match="cannot be used as prefixes for custom origin headers: X-Amz-A"):
        origins.HttpOrigin("a.example.com", custom_headers={"X-Amz-A": "x"})
    with pytest.raises(UnscopedValidationError, match="'httpPort' must be 80, 443, or an integer between 1024"):
        origins.HttpOrigin("a.example.com", http_port=81)


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        cloudfront.Distribution(stack, "Dist", default_behavior="nope")  # type: ignore[arg-type]


def test_policy_validation(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="'cachePolicyName' can only include '-', '_', and alphanumeric"):
        cloudfront.CachePolicy(stack, "C", cache_policy_name="bad name")
    with pytest.raises(ValidationError, match="'comment' cannot be longer than 128 characters, got: 129"):
        cloudfront.CachePolicy(stack, "C2", comment="x" * 129)
    with pytest.raises(UnscopedValidationError, match="At least one cookie to allow must be provided"):
        cloudfront.CacheCookieBehavior.allow_list()
    with pytest.raises(UnscopedValidationError, match="must begin with 'CloudFront-'"):
        cloudfront.OriginRequestHeaderBehavior.all("X-Foo")
    with pytest.raises(UnscopedValidationError, match="you cannot pass `Authorization` or `Accept-Encoding`"):
        cloudfront.OriginRequestHeaderBehavior.allow_list("authorization")


def test_response_headers_policy_validation(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Cannot remove read-only header Via"):
        cloudfront.ResponseHeadersPolicy(stack, "R1", remove_headers=["Via"])
    with pytest.raises(ValidationError, match=r"Sampling rate must be between 0 and 100 \(inclusive\), received 101"):
        cloudfront.ResponseHeadersPolicy(stack, "R2", server_timing_sampling_rate=101)
    with pytest.raises(ValidationError, match="'ALL' cannot be combined with specific HTTP methods"):
        cloudfront.ResponseHeadersPolicy(stack, "R3", cors_behavior=cloudfront.ResponseHeadersCorsBehavior(
            access_control_allow_credentials=False, access_control_allow_headers=["*"],
            access_control_allow_methods=["ALL", "GET"], access_control_allow_origins=["*"], origin_override=True,
        ))


def test_public_key_must_be_pem(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Public key must be in PEM format"):
        cloudfront.PublicKey(stack, "K", encoded_key="nope")


def test_origin_group_of_origin_group(stack: Stack) -> None:
    inner = origins.OriginGroup(
        primary_origin=origins.HttpOrigin("a.example.com"), fallback_origin=origins.HttpOrigin("b.example.com")
    )
    outer = origins.OriginGroup(primary_origin=inner, fallback_origin=origins.HttpOrigin("c.example.com"))
    with pytest.raises(ValidationError, match="An OriginGroup cannot use an Origin with its own failover"):
        cloudfront.Distribution(stack, "D", default_behavior=cloudfront.BehaviorOptions(origin=outer))
