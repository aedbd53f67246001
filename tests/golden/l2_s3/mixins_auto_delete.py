"""``BucketAutoDeleteObjects`` on a bare ``CfnBucket`` (policy, custom resource and tag under the L1) and on the
default child of an ``s3.Bucket`` (as ``auto_delete_objects=True``); other constructs are left alone."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_s3 import mixins

app = cdk.App()
stack = cdk.Stack(app, "S3AutoDeleteMixin")

raw = s3.CfnBucket(stack, "Raw", bucket_name="pycdk-auto-delete-mixin")
raw.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
raw.with_(mixins.BucketAutoDeleteObjects(), mixins.BucketVersioning())

l2_bucket = s3.Bucket(stack, "L2", removal_policy=cdk.RemovalPolicy.DESTROY)
cdk.Mixins.of(l2_bucket.node.default_child).apply(mixins.BucketAutoDeleteObjects())

topic_like = s3.CfnAccessPoint(stack, "AccessPoint", bucket=raw.ref)
cdk.Mixins.of(topic_like).apply(mixins.BucketAutoDeleteObjects())  # not a bucket: left alone

app.synth()
