"""Port of aws-cdk's integ.distribution-extensive (comment, root object, logging bucket, geo restriction, price class,
Origin Shield)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "integ-distribution-extensive")

cloudfront.Distribution(
    stack,
    "MyDist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com", origin_shield_region="us-west-2")
    ),
    comment="a test",
    default_root_object="index.html",
    enabled=True,
    enable_ipv6=True,
    enable_logging=True,
    geo_restriction=cloudfront.GeoRestriction.allowlist("US", "GB"),  # the test says whitelist: gone from the 2.275 Python API
    http_version=cloudfront.HttpVersion.HTTP2,
    log_file_prefix="logs/",
    log_includes_cookies=True,
    price_class=cloudfront.PriceClass.PRICE_CLASS_100,
)
app.synth()
