"""Port of aws-s3 integ.bucket-minimum-tls-version: enforce_ssl with a minimum TLS version."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-minimum-tls-version")
s3.Bucket(stack, "Bucket", enforce_ssl=True, minimum_tls_version=1.2)
app.synth()
