"""Server access logs to another bucket (adds a logging bucket policy) and to itself."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketLogs")
logs = s3.Bucket(stack, "Logs")
s3.Bucket(stack, "Source", server_access_logs_bucket=logs, server_access_logs_prefix="source/")
s3.Bucket(stack, "SelfLogging", server_access_logs_prefix="self/")
app.synth()
