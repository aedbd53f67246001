"""Port of aws-s3 integ.bucket-object-lock: object lock, and a default governance retention."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-bucket-object-lock")
s3.Bucket(stack, "ObjectLockBucket", object_lock_enabled=True)
s3.Bucket(
    stack, "ObjectLockWithRetentionBucket",
    object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(2)),
)
app.synth()
