"""Port of aws-cdk's aws-sns-subscriptions integ.firehose-cross-region.ts: a topic in us-east-1 subscribed by a
Firehose delivery stream in us-east-2."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
topic_stack = cdk.Stack(app, "aws-cdk-sns-firehose-topicstack", env=cdk.Environment(region="us-east-1"))
firehose_stack = cdk.Stack(app, "aws-cdk-sns-firehose-firehosestack", env=cdk.Environment(region="us-east-2"))

topic = sns.Topic(topic_stack, "MyTopic", topic_name="sns-firehose-integ-topic")
bucket = s3.Bucket(firehose_stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
delivery_stream = firehose.DeliveryStream(
    firehose_stack,
    "DeliveryStream",
    destination=firehose.S3Bucket(
        bucket, buffering_interval=cdk.Duration.seconds(30), logging_config=firehose.DisableLogging()
    ),
)
topic.add_subscription(subs.FirehoseSubscription(delivery_stream))
app.synth()
