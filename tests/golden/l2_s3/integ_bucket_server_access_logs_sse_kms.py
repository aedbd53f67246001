"""Port of aws-s3 integ.bucket-server-access-logs-sse-kms: access logs to a KMS-encrypted bucket."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-access-logs-sse-kms")
logs = s3.Bucket(
    stack, "AccessLogsBucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY,
    encryption=s3.BucketEncryption.KMS,
)
s3.Bucket(
    stack, "Bucket", server_access_logs_bucket=logs, server_access_logs_prefix="example",
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
