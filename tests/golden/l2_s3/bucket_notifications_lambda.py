"""Event notifications to a Lambda function (permission under the bucket, DependsOn the permission)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n

app = cdk.App()
stack = cdk.Stack(app, "BucketNotifyLambda")
bucket = s3.Bucket(stack, "Bucket")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return e"),
)
bucket.add_event_notification(s3.EventType.OBJECT_REMOVED, s3n.LambdaDestination(fn), s3.NotificationKeyFilter(prefix="a/"))
bucket.add_object_created_notification(s3n.LambdaDestination(fn))
app.synth()
