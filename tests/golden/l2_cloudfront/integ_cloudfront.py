"""Port of aws-cdk's integ.cloudfront (a distribution on a bucket through an origin access control)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront")
source_bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
cloudfront.Distribution(
    stack, "MyDistribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_control(source_bucket)),
)
app.synth()
