"""Port of aws-s3 integ.bucket-block-public-access: default, explicit and partial ``BlockPublicAccess``."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3")

s3.Bucket(stack, "BucketWithDefaultAccess")
s3.Bucket(stack, "BucketWithExplicitBlockAccess", block_public_access=s3.BlockPublicAccess(
    block_public_acls=True, ignore_public_acls=True, block_public_policy=True, restrict_public_buckets=True,
))
s3.Bucket(stack, "BucketWithPartialBlockAccess", block_public_access=s3.BlockPublicAccess(
    block_public_policy=False, restrict_public_buckets=False,
))
app.synth()
