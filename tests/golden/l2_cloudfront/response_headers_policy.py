"""Response headers policies: every security header, custom headers, CORS with ALL methods, a generated name,
a fractional Server-Timing sampling rate (12.5: cfn-lint wrongly flags 4-decimal floats as not multiples of 0.0001)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "ResponseHeaders")
cloudfront.ResponseHeadersPolicy(
    stack,
    "Full",
    comment="all of it",
    custom_headers_behavior=cloudfront.ResponseCustomHeadersBehavior(custom_headers=[
        cloudfront.ResponseCustomHeader(header="X-Team", value="web", override=True),
        cloudfront.ResponseCustomHeader(header="X-Build", value="42", override=False),
    ]),
    security_headers_behavior=cloudfront.ResponseSecurityHeadersBehavior(
        content_security_policy=cloudfront.ResponseHeadersContentSecurityPolicy(
            content_security_policy="default-src https:;", override=True
        ),
        content_type_options=cloudfront.ResponseHeadersContentTypeOptions(override=True),
        frame_options=cloudfront.ResponseHeadersFrameOptions(
            frame_option=cloudfront.HeadersFrameOption.DENY, override=True
        ),
        referrer_policy=cloudfront.ResponseHeadersReferrerPolicy(
            referrer_policy=cloudfront.HeadersReferrerPolicy.NO_REFERRER, override=True
        ),
        strict_transport_security=cloudfront.ResponseHeadersStrictTransportSecurity(
            access_control_max_age=cdk.Duration.days(365), include_subdomains=True, preload=True, override=True
        ),
        xss_protection=cloudfront.ResponseHeadersXSSProtection(
            protection=True, mode_block=False, report_uri="https://example.com/csp-report", override=True
        ),
    ),
    server_timing_sampling_rate=12.5,
)
cloudfront.ResponseHeadersPolicy(
    stack,
    "Cors",
    cors_behavior=cloudfront.ResponseHeadersCorsBehavior(
        access_control_allow_credentials=True,
        access_control_allow_headers=["X-Custom"],
        access_control_allow_methods=["ALL"],
        access_control_allow_origins=["https://example.com"],
        origin_override=False,
    ),
    security_headers_behavior=cloudfront.ResponseSecurityHeadersBehavior(
        strict_transport_security=cloudfront.ResponseHeadersStrictTransportSecurity(
            access_control_max_age=cdk.Duration.seconds(600), override=False
        ),
    ),
)
app.synth()
