"""Port of aws-cdk's integ.distribution-http-version (each ``HttpVersion``)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-http-version")
for name, version in (
    ("Http11", cloudfront.HttpVersion.HTTP1_1),
    ("Http2", cloudfront.HttpVersion.HTTP2),
    ("Http2and3", cloudfront.HttpVersion.HTTP2_AND_3),
    ("Http3", cloudfront.HttpVersion.HTTP3),
):
    cloudfront.Distribution(
        stack, name, default_behavior=cloudfront.BehaviorOptions(origin=TestOrigin("www.example.com")),
        http_version=version,
    )
app.synth()
