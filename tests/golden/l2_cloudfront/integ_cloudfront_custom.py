"""Port of aws-cdk's integ.cloudfront-custom (an HTTP origin with a custom header)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront-custom")
cloudfront.Distribution(
    stack, "AnAmazingWebsiteProbably",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.HttpOrigin("brelandm.a2z.com", custom_headers={"X-Custom-Header": "somevalue"})
    ),
)
app.synth()
