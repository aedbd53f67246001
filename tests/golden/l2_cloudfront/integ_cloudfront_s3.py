"""Port of aws-cdk's integ.cloudfront-s3 (an S3 bucket origin with an origin access control)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-s3")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
dist = cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_control(bucket)),
)
cdk.CfnOutput(stack, "DistributionDomainName", value=dist.domain_name)
app.synth()
