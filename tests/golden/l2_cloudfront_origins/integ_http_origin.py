"""Port of aws-cdk's integ.http-origin: an HTTP origin reached over dual-stack IP."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-http-origin")
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.HttpOrigin("www.example.com", ip_address_type=cloudfront.OriginIpAddressType.DUALSTACK)
    ),
)
app.synth()
