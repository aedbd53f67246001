"""Port of aws-cdk's integ.origin-group: a legacy ``S3Origin`` failing over to an HTTP origin, used by two
behaviors."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-origin-group")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
origin_group = origins.OriginGroup(
    primary_origin=origins.S3Origin(bucket), fallback_origin=origins.HttpOrigin("www.example.com")
)
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origin_group),
    additional_behaviors={"/api": cloudfront.BehaviorOptions(origin=origin_group)},
)
app.synth()
