"""event_bridge_enabled alone (BucketNotifications custom resource with EventBridgeConfiguration)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketEvents")
s3.Bucket(stack, "Bucket", event_bridge_enabled=True)
app.synth()
