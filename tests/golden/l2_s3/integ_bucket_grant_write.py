"""Port of aws-s3 integ.bucket-grant-write: grant_write with allowed action patterns."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3")
bucket = s3.Bucket(stack, "MyBucket", encryption=s3.BucketEncryption.S3_MANAGED, removal_policy=cdk.RemovalPolicy.DESTROY)
user = iam.User(stack, "MyUser")
bucket.grant_write(user, "*", ["s3:PutObject", "s3:DeleteObject*"])
app.synth()
