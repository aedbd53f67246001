"""S3EventSource: bucket notifications (custom resource) invoking the function, with a prefix filter."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "EventSourcesS3")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
bucket = s3.Bucket(stack, "Bucket")
fn.add_event_source(sources.S3EventSource(bucket, events=[s3.EventType.OBJECT_CREATED],
                                          filters=[s3.NotificationKeyFilter(prefix="uploads/")]))
app.synth()
