"""Event notifications to SQS and SNS destinations (BucketNotifications custom resource)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "BucketNotify")
bucket = s3.Bucket(stack, "Bucket")
queue = sqs.Queue(stack, "Queue")
topic = sns.Topic(stack, "Topic")
bucket.add_event_notification(s3.EventType.OBJECT_CREATED, s3n.SqsDestination(queue))
bucket.add_object_removed_notification(s3n.SnsDestination(topic), s3.NotificationKeyFilter(prefix="images/", suffix=".png"))
bucket.add_object_created_notification(s3n.SnsDestination(topic), s3.NotificationKeyFilter(suffix=".jpg"))
app.synth()
