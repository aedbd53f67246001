"""Port of aws-cdk's integ.s3-static-website-origin: a bucket's website endpoint over HTTP."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-s3-static-website-origin")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
s3_origin = origins.S3StaticWebsiteOrigin(bucket)
cloudfront.Distribution(stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=s3_origin))
app.synth()
