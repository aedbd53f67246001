"""Port of aws-cdk's integ.s3-origin-oac: ``S3BucketOrigin.with_origin_access_control`` with a new control."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-s3-origin-oac")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
s3_origin = origins.S3BucketOrigin.with_origin_access_control(bucket)
cloudfront.Distribution(stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=s3_origin))
app.synth()
