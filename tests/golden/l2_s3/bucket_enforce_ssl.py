"""enforce_ssl and minimum_tls_version add Deny statements to an auto-created bucket policy."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketSsl")
s3.Bucket(stack, "Ssl", enforce_ssl=True)
s3.Bucket(stack, "Tls", enforce_ssl=True, minimum_tls_version=1.2)
app.synth()
