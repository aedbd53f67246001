"""Notifications to a KMS-encrypted queue (key policy statement) and an imported topic; the notifications
resource also waits for the bucket policy created by enforce_ssl."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "BucketNotifyEncrypted")
bucket = s3.Bucket(stack, "Bucket", enforce_ssl=True)
queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS)
bucket.add_event_notification(s3.EventType.OBJECT_CREATED_PUT, s3n.SqsDestination(queue))
topic = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:ext")
bucket.add_event_notification(s3.EventType.OBJECT_REMOVED_DELETE, s3n.SnsDestination(topic))
imported = s3.Bucket.from_bucket_name(stack, "Existing", "existing-bucket")
imported.add_object_created_notification(s3n.SqsDestination(queue), s3.NotificationKeyFilter(prefix="in/"))
app.synth()
