"""Port of aws-cdk's integ.distribution-policies (custom cache, origin request and response headers policies)."""

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
origin_request_policy = cloudfront.OriginRequestPolicy(
    stack, "OriginRequestPolicy",
    origin_request_policy_name="ACustomOriginRequestPolicy",
    header_behavior=cloudfront.OriginRequestHeaderBehavior.all("CloudFront-Forwarded-Proto"),
)
response_headers_policy = cloudfront.ResponseHeadersPolicy(
    stack, "ResponseHeadersPolicy",
    response_headers_policy_name="ACustomResponseHeadersPolicy",
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
        origin=TestOrigin("www.example-2.com"), cache_policy=cache_policy,
        origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        response_headers_policy=response_headers_policy,
    ),
)
app.synth()
