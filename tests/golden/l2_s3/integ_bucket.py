"""Port of aws-s3 integ.bucket: a KMS bucket with enforce_ssl, an S3-managed one, and a user granted on both."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3")
bucket = s3.Bucket(stack, "MyBucket", encryption=s3.BucketEncryption.KMS, removal_policy=cdk.RemovalPolicy.RETAIN,
                   enforce_ssl=True)
other = s3.Bucket(stack, "MyOtherBucket", encryption=s3.BucketEncryption.S3_MANAGED,
                  removal_policy=cdk.RemovalPolicy.DESTROY)
user = iam.User(stack, "MyUser")
bucket.grant_read_write(user)
other.grant_read(user)
app.synth()
