"""Port of aws-cdk's aws-events-targets firehose/integ.firehose-delivery-stream.ts: a scheduled rule putting
records to a Firehose delivery stream (the integ assertions are left out)."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-firehose-event-target")

bucket = s3.Bucket(stack, "firehose-bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
delivery_stream = firehose.DeliveryStream(
    stack,
    "MyDeliveryStream",
    destination=firehose.S3Bucket(bucket, buffering_interval=cdk.Duration.seconds(30)),
)
event = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
event.add_target(targets.FirehoseDeliveryStream(delivery_stream))
app.synth()
