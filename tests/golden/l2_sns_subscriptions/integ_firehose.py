"""Port of aws-cdk's aws-sns-subscriptions integ.firehose.ts: a topic subscribed by a Firehose delivery stream
with a dead-letter queue (the integ assertions are left out)."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-sns-firehose")

topic = sns.Topic(stack, "MyTopic")
dead_letter_queue = sqs.Queue(stack, "DeadLetterQueue")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
delivery_stream = firehose.DeliveryStream(
    stack,
    "DeliveryStream",
    destination=firehose.S3Bucket(
        bucket, buffering_interval=cdk.Duration.seconds(30), logging_config=firehose.DisableLogging()
    ),
)
topic.add_subscription(subs.FirehoseSubscription(delivery_stream, dead_letter_queue=dead_letter_queue))
app.synth()
