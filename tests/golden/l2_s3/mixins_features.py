"""The S3 mixins beyond the core integ test: versioning suspended, a partial public access block (unset options
block), statements added to an L1 bucket policy given as JSON and to an L2 bucket's policy, and ``Mixins.of`` on a
single construct; constructs a mixin does not support are left alone."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_s3 import mixins

app = cdk.App()
stack = cdk.Stack(app, "S3Mixins")

raw = s3.CfnBucket(stack, "Raw")
policy = s3.CfnBucketPolicy(stack, "RawPolicy", bucket=raw.ref, policy_document={
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:DeleteBucket", "Resource": raw.attr_arn}],
})
cdk.Mixins.of(raw).apply(mixins.BucketVersioning(False))
cdk.Mixins.of(raw).apply(mixins.BucketBlockPublicAccess(
    s3.BlockPublicAccess(block_public_acls=False, restrict_public_buckets=False)))

l2_bucket = s3.Bucket(stack, "L2")
l2_bucket.add_to_resource_policy(iam.PolicyStatement(
    actions=["s3:GetObject"], resources=[l2_bucket.arn_for_objects("*")], principals=[iam.AccountRootPrincipal()]))

stack.with_(mixins.BucketPolicyStatements([
    iam.PolicyStatement(actions=["s3:ListBucket"], resources=[raw.attr_arn], principals=[iam.AnyPrincipal()],
                        conditions={"Bool": {"aws:SecureTransport": "true"}}),
]))
cdk.Mixins.of(policy).apply(mixins.BucketVersioning())  # not a bucket: left alone

app.synth()
