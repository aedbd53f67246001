"""Port of aws-s3 integ.bucket-eventbridge-notification-via-property: an EventBridge-enabled bucket (the
original's ``eventBridgeNotificationViaCfnProperty`` flag is newer than 2.275, so the notifications custom
resource is used)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/aws-s3:eventBridgeNotificationViaCfnProperty": True})
stack = cdk.Stack(app, "S3EventBridgeNotificationViaPropertyTest")
s3.Bucket(stack, "Bucket", event_bridge_enabled=True, removal_policy=cdk.RemovalPolicy.DESTROY)
app.synth()
