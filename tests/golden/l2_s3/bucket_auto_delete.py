"""auto_delete_objects with DESTROY: the custom resource, its provider and the bucket policy."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketAutoDelete")
s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
s3.Bucket(stack, "Second", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True, versioned=True)
app.synth()
