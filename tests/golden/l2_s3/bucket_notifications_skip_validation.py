"""Notifications with destination validation skipped, a given handler role, and on an imported bucket."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "BucketNotifySkip")
queue = sqs.Queue(stack, "Queue")
role = iam.Role(stack, "HandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
bucket = s3.Bucket(stack, "Bucket", notifications_skip_destination_validation=True, notifications_handler_role=role)
bucket.add_object_created_notification(s3n.SqsDestination(queue), s3.NotificationKeyFilter(prefix="in/"))
bucket.add_object_removed_notification(s3n.SqsDestination(queue))
imported = s3.Bucket.from_bucket_attributes(
    stack, "Imported", bucket_name="imported-bucket", notifications_handler_role=role,
)
imported.add_event_notification(s3.EventType.OBJECT_CREATED_PUT, s3n.SqsDestination(queue))
app.synth()
