"""Port of aws-cdk's integ.s3-origin-oac-read-versioned: an origin access control with READ and READ_VERSIONED."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "cloudfront-s3-bucket-origin-oac-read-versioned-access")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
s3_origin = origins.S3BucketOrigin.with_origin_access_control(
    bucket, origin_access_levels=[cloudfront.AccessLevel.READ, cloudfront.AccessLevel.READ_VERSIONED]
)
cloudfront.Distribution(stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=s3_origin))
app.synth()
