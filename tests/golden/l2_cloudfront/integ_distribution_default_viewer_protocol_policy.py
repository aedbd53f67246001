"""Port of aws-cdk's integ.distribution-default-viewer-protocol-policy (the redirect-to-HTTPS default flag; the API
call assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App(post_cli_context={"@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps": True})
stack = cdk.Stack(app, "integ-distribution-default-viewer-protocol-policy")
origin = TestOrigin("www.example.com")
distribution = cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origin, cache_policy=cloudfront.CachePolicy.CACHING_DISABLED),
    additional_behaviors={"/images/*": cloudfront.BehaviorOptions(origin=origin)},
)
distribution.add_behavior("/api", origin)
app.synth()
