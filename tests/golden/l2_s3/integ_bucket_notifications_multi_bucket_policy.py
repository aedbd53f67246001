"""Port of aws-s3 integ.bucket-notifications-multi-bucket-policy: three buckets notifying one topic, and the
handler role exported."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "S3NotificationMultiBucketPolicyTest")
bucket1 = s3.Bucket(stack, "Bucket1", removal_policy=cdk.RemovalPolicy.DESTROY)
bucket2 = s3.Bucket(stack, "Bucket2", removal_policy=cdk.RemovalPolicy.DESTROY)
bucket3 = s3.Bucket(stack, "Bucket3", removal_policy=cdk.RemovalPolicy.DESTROY)
topic = sns.Topic(stack, "Topic")
bucket1.add_event_notification(s3.EventType.OBJECT_CREATED, s3n.SnsDestination(topic))
bucket2.add_event_notification(s3.EventType.OBJECT_REMOVED, s3n.SnsDestination(topic))
bucket3.add_event_notification(s3.EventType.OBJECT_CREATED_PUT, s3n.SnsDestination(topic))
cdk.CfnOutput(
    stack, "HandlerRoleName",
    value=cdk.Fn.ref("BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"),
    export_name="HandlerRoleName",
)
app.synth()
