"""Port of aws-cdk's aws-scheduler-targets integ.firehose-put-record.ts: put a record into a delivery stream."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_scheduler_targets import FirehosePutRecord

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-firehose-put-record")
destination_bucket = Bucket(
    stack, "DestinationBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True
)
delivery_stream_role = iam.Role(
    stack, "deliveryStreamRole", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com")
)
destination_bucket.grant_read_write(delivery_stream_role)
firehose_stream = firehose.DeliveryStream(
    stack,
    "MyFirehoseStream",
    destination=firehose.S3Bucket(
        destination_bucket, role=delivery_stream_role, buffering_interval=cdk.Duration.minutes(1)
    ),
)
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=FirehosePutRecord(firehose_stream, input=scheduler.ScheduleTargetInput.from_object({"Data": "record"})),
)
app.synth()
