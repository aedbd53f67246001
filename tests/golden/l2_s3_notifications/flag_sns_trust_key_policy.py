"""@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions on: a bucket notifying an encrypted topic
lets S3 use the topic's key (GenerateDataKey, Decrypt in the key policy); off (flag_sns_trust_key_policy_off) the
key policy is left alone."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns

app = cdk.App(context={"@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions": True})
stack = cdk.Stack(app, "SnsTrustKeyPolicy")
topic = sns.Topic(stack, "Topic", master_key=kms.Key(stack, "Key"))
bucket = s3.Bucket(stack, "Bucket")
bucket.add_event_notification(s3.EventType.OBJECT_CREATED, s3n.SnsDestination(topic))
app.synth()
