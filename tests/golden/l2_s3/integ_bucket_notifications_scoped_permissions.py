"""Port of aws-s3 integ.bucket.notifications-scoped-permissions: two buckets notifying a topic and a queue (the
original's ``Template`` assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-notifications-scoped-permissions")
bucket1 = s3.Bucket(stack, "Bucket1", removal_policy=cdk.RemovalPolicy.DESTROY)
bucket2 = s3.Bucket(stack, "Bucket2", removal_policy=cdk.RemovalPolicy.DESTROY)
topic = sns.Topic(stack, "Topic")
queue = sqs.Queue(stack, "Queue", removal_policy=cdk.RemovalPolicy.DESTROY)
bucket1.add_event_notification(s3.EventType.OBJECT_CREATED_PUT, s3n.SnsDestination(topic))
bucket1.add_event_notification(s3.EventType.OBJECT_CREATED_POST, s3n.SqsDestination(queue))
bucket2.add_event_notification(s3.EventType.OBJECT_REMOVED_DELETE, s3n.SnsDestination(topic))
bucket2.add_event_notification(s3.EventType.OBJECT_REMOVED_DELETE_MARKER_CREATED, s3n.SnsDestination(topic))
app.synth()
