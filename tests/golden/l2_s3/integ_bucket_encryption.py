"""Port of aws-s3 integ.bucket-encryption: DSSE-managed encryption, and S3-managed with a bucket key."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-bucket-encryption")
s3.Bucket(stack, "MyDSSEBucket", encryption=s3.BucketEncryption.DSSE_MANAGED)
s3.Bucket(stack, "MySSES3Bucket", encryption=s3.BucketEncryption.S3_MANAGED, bucket_key_enabled=True)
app.synth()
