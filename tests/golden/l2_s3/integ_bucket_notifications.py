"""Port of aws-s3 integ.bucket.notifications: EventBridge notifications on a bucket that also has a policy."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-s3:keepNotificationInImportedBucket": False})
stack = cdk.Stack(app, "aws-cdk-s3-notifications")
s3.Bucket(
    stack, "MyEventBridgeBucket", event_bridge_enabled=True, enforce_ssl=True,
    removal_policy=cdk.RemovalPolicy.DESTROY, encryption=s3.BucketEncryption.S3_MANAGED,
)
app.synth()
