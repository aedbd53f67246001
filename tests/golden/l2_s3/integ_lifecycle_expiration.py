"""Port of aws-s3 integ.lifecycle-expiration: noncurrent version expiration with versions to retain."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_s3 import Bucket, LifecycleRule

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "aws-cdk-s3")
Bucket(stack, "MyBucket", lifecycle_rules=[LifecycleRule(
    noncurrent_version_expiration=Duration.days(30), noncurrent_versions_to_retain=123,
)])
app.synth()
