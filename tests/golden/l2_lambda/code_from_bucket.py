"""Code.from_bucket with and without an object version, from a bucket created in the stack."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "CodeFromBucket")
bucket = s3.Bucket(stack, "Artifacts")
lambda_.Function(stack, "Versioned", runtime=lambda_.Runtime.PYTHON_3_12, handler="app.main",
                 code=lambda_.Code.from_bucket(bucket, "builds/app.zip", "abc123"))
lambda_.Function(stack, "Latest", runtime=lambda_.Runtime.PYTHON_3_12, handler="app.main",
                 code=lambda_.Code.from_bucket(bucket, "builds/app.zip"))
app.synth()
