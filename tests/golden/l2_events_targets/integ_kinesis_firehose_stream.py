"""Port of aws-events-targets integ.kinesis-firehose-stream: an L1 delivery stream as a target."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-firehose-event-target")
bucket = s3.Bucket(stack, "firehose-bucket")
firehose_role = iam.Role(stack, "firehose-role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))
stream = firehose.CfnDeliveryStream(
    stack,
    "MyStream",
    extended_s3_destination_configuration=firehose.CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty(
        bucket_arn=bucket.bucket_arn, role_arn=firehose_role.role_arn
    ),
)
bucket.grant_read_write(firehose_role)
event = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
event.add_target(targets.KinesisFirehoseStream(stream))
app.synth()
