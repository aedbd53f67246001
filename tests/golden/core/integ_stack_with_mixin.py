"""Port of aws-cdk's core integ test integ.stack-with-mixin.ts: ``Stack.with_`` applies the S3 mixins
``BucketVersioning`` and ``BucketBlockPublicAccess`` to an L1 bucket (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()

stack = cdk.Stack(app, "StackWithMixinTest")

s3.CfnBucket(stack, "Bucket", bucket_name="stack-with-mixin-test-bucket")

stack.with_(
    s3.mixins.BucketVersioning(),
    s3.mixins.BucketBlockPublicAccess(),
)

app.synth()
