"""Port of aws-cdk's integ.s3-origin-oac-list-access: an origin access control with READ and LIST access."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-s3-bucket-origin-oac-list-access")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
s3_origin = origins.S3BucketOrigin.with_origin_access_control(
    bucket, origin_access_levels=[cloudfront.AccessLevel.READ, cloudfront.AccessLevel.LIST]
)
cloudfront.Distribution(
    stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=s3_origin), default_root_object="index.html"
)
app.synth()
