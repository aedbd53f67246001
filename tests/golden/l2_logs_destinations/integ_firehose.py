"""Port of aws-cdk's aws-logs-destinations integ.firehose.ts: a subscription filter delivering to a Firehose
delivery stream (without error logging) through ``FirehoseDestination``."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as dests
from aws_cdk import aws_s3 as s3

app = App()
stack = Stack(app, "firehose-logsubscription-integ")

bucket = s3.Bucket(stack, "MyBucket", removal_policy=RemovalPolicy.DESTROY)
stream = firehose.DeliveryStream(
    stack, "MyStream", destination=firehose.S3Bucket(bucket, logging_config=firehose.DisableLogging())
)
log_group = logs.LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
logs.SubscriptionFilter(
    stack,
    "Subscription",
    log_group=log_group,
    destination=dests.FirehoseDestination(stream),
    filter_pattern=logs.FilterPattern.all_events(),
)
app.synth()
