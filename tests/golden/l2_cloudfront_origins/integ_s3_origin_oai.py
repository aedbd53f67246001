"""Port of aws-cdk's integ.s3-origin-oai: the legacy ``S3Origin`` with a given origin access identity."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "cloudfront-s3-origin-oai")

bucket = s3.Bucket(stack, "Bucket")
origin_access_identity = cloudfront.OriginAccessIdentity(
    stack, "OriginAccessIdentity", comment="Identity for bucket provided by test"
)
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.S3Origin(bucket, origin_access_identity=origin_access_identity)
    ),
)

app.synth()
