"""Port of aws-cdk's integ.s3-origin: the legacy ``S3Origin`` with a generated origin access identity."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "cloudfront-s3-origin")

bucket = s3.Bucket(stack, "Bucket")
cloudfront.Distribution(stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=origins.S3Origin(bucket)))

app.synth()
