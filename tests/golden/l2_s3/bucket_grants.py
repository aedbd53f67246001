"""Bucket grants to a role with CDK's action lists, object key patterns, and grant_public_access."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketGrants")
bucket = s3.Bucket(stack, "Bucket")
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
bucket.grant_read(reader)
bucket.grant_read(reader, "prefix/*")
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
bucket.grant_write(writer)
bucket.grant_put(writer, "uploads/*")
bucket.grant_put_acl(writer)
bucket.grant_delete(writer)
both = iam.Role(stack, "Both", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
bucket.grant_read_write(both)
public = s3.Bucket(
    stack,
    "Public",
    block_public_access=s3.BlockPublicAccess(
        block_public_acls=False, block_public_policy=False, ignore_public_acls=False, restrict_public_buckets=False
    ),
)
public.grant_public_access("public/*", "s3:GetObject", "s3:GetObjectVersion")
app.synth()
