"""Block public access presets and custom settings, and public read access."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketBpa")
s3.Bucket(stack, "All", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
s3.Bucket(stack, "Acls", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS)
s3.Bucket(stack, "AclsOnly", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY)
s3.Bucket(
    stack, "Custom", block_public_access=s3.BlockPublicAccess(block_public_policy=True, restrict_public_buckets=False)
)
s3.Bucket(
    stack,
    "Public",
    public_read_access=True,
    block_public_access=s3.BlockPublicAccess(
        block_public_acls=False, block_public_policy=False, ignore_public_acls=False, restrict_public_buckets=False
    ),
)
app.synth()
