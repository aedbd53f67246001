"""Port of aws-cdk's integ.cloudfront-failover (an origin group of two OAC bucket origins)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-failover")
bucket1 = s3.Bucket(stack, "bucket1")
bucket2 = s3.Bucket(stack, "bucket2")
origin_group = origins.OriginGroup(
    primary_origin=origins.S3BucketOrigin.with_origin_access_control(bucket1),
    fallback_origin=origins.S3BucketOrigin.with_origin_access_control(bucket2),
    fallback_status_codes=[500],
)
dist = cloudfront.Distribution(stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=origin_group))
cdk.CfnOutput(stack, "DistributionDomainName", value=dist.domain_name)
app.synth()
