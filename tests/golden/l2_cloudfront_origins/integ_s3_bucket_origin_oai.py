"""Port of aws-cdk's integ.s3-bucket-origin-oai: ``S3BucketOrigin.with_origin_access_identity`` with a given
identity."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "cloudfront-s3-bucket-origin-oai")
bucket = s3.Bucket(stack, "Bucket")
origin_access_identity = cloudfront.OriginAccessIdentity(
    stack, "OriginAccessIdentity", comment="OAI for my awesome test s3 origin"
)
s3_origin = origins.S3BucketOrigin.with_origin_access_identity(bucket, origin_access_identity=origin_access_identity)
cloudfront.Distribution(stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=s3_origin))
app.synth()
