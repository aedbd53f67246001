"""Port of aws-s3 integ.bucket-import-server-access-logs: access logs to a bucket of another stack, allowed by
its bucket policy (``serverAccessLogsUseBucketPolicy``, on in the integ tests' cdk.json; without it 2.275 refuses
the target's ACL)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy": True})
target_stack = cdk.Stack(app, "aws-cdk-s3-access-logs-target")
source_stack = cdk.Stack(app, "aws-cdk-s3-access-logs-delivery")
common = dict(
    auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY,
    block_public_access=s3.BlockPublicAccess.BLOCK_ALL, enforce_ssl=True,
    object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED, encryption=s3.BucketEncryption.S3_MANAGED,
    access_control=s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL,
)
target = s3.Bucket(target_stack, "TargetBucket", **common)
s3.Bucket(source_stack, "SourceBucket", server_access_logs_bucket=target, server_access_logs_prefix="test/", **common)
app.synth()
