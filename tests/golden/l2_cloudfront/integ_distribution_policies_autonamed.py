"""Port of aws-cdk's integ.distribution-policies-autonamed (generated policy names, TTLs from parameters)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-policies")
cache_policy = cloudfront.CachePolicy(stack, "CachePolicy", cache_policy_name="ACustomCachePolicy")
param_min_ttl = cdk.CfnParameter(stack, "MinTtlParam", type="Number", default="1000")
param_default_ttl = cdk.CfnParameter(stack, "DefaultTtlParam", type="Number", default="2000")
param_max_ttl = cdk.CfnParameter(stack, "MaxTtlParam", type="Number", default="3000")
cache_policy_with_ref = cloudfront.CachePolicy(
    stack, "CachePolicyWithRef",
    min_ttl=cdk.Duration.seconds(param_min_ttl.value_as_number),
    default_ttl=cdk.Duration.seconds(param_default_ttl.value_as_number),
    max_ttl=cdk.Duration.seconds(param_max_ttl.value_as_number),
)
origin_request_policy = cloudfront.OriginRequestPolicy(
    stack, "OriginRequestPolicy",
    cookie_behavior=cloudfront.OriginRequestCookieBehavior.allow_list("cookie1"),
    header_behavior=cloudfront.OriginRequestHeaderBehavior.all("CloudFront-Forwarded-Proto"),
    query_string_behavior=cloudfront.OriginRequestQueryStringBehavior.deny_list("querystringparam"),
)
response_headers_policy = cloudfront.ResponseHeadersPolicy(
    stack, "ResponseHeadersPolicy",
    cors_behavior=cloudfront.ResponseHeadersCorsBehavior(
        access_control_allow_credentials=False,
        access_control_allow_headers=["X-Custom-Header-1", "X-Custom-Header-2"],
        access_control_allow_methods=["GET", "POST"],
        access_control_allow_origins=["*"],
        access_control_expose_headers=["X-Custom-Header-1", "X-Custom-Header-2"],
        access_control_max_age=cdk.Duration.seconds(600),
        origin_override=True,
    ),
    remove_headers=["Server"],
    server_timing_sampling_rate=50,
)
cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com"), cache_policy=cache_policy,
        origin_request_policy=origin_request_policy, response_headers_policy=response_headers_policy,
    ),
)
cloudfront.Distribution(
    stack, "Dist-2",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example-2.com"), cache_policy=cache_policy_with_ref,
        origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        response_headers_policy=response_headers_policy,
    ),
)
app.synth()
