"""Port of aws-s3 integ.bucket-grantdelete-kms: grant_delete on a KMS-encrypted bucket."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3")
key = kms.Key(stack, "MyKey")
deleter = iam.User(stack, "Deleter")
bucket = s3.Bucket(stack, "MyBucket", encryption_key=key, encryption=s3.BucketEncryption.KMS)
bucket.grant_delete(deleter)
app.synth()
