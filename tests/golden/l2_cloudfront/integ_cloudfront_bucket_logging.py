"""Port of aws-cdk's integ.cloudfront-bucket-logging (standard logging to given buckets, with cookies and a prefix,
and without)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront-custom")
logging_bucket = s3.Bucket(
    stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED
)
cloudfront.Distribution(
    stack, "AnAmazingWebsiteProbably",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.HttpOrigin("brelandm.a2z.com", custom_headers={"X-Custom-Header": "somevalue"})
    ),
    enable_logging=True,
    log_bucket=logging_bucket,
    log_includes_cookies=True,
    log_file_prefix="test-prefix",
)
logging_bucket2 = s3.Bucket(
    stack, "LoggingBucket2", removal_policy=cdk.RemovalPolicy.DESTROY,
    object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
)
cloudfront.Distribution(
    stack, "AnAmazingWebsiteProbably2",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.HttpOrigin("brelandm.a2z.com", custom_headers={"X-Custom-Header": "somevalue"})
    ),
    enable_logging=True,
    log_bucket=logging_bucket2,
)
app.synth()
