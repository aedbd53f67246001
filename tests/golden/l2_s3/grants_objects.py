"""The ``grants`` helper objects of buckets, queues and topics (aws-cdk-lib 2.275 API)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "GrantsObjects")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = kms.Key(stack, "Key")
bucket = s3.Bucket(stack, "Bucket", encryption_key=key)
bucket.grants.read(role, "in/*")
bucket.grants.actions_on_object_keys(role, "tmp/*", "s3:GetObjectTagging", "kms:Decrypt")
bucket.grants.actions_on_bucket_and_object_keys(role, "*", "s3:ListBucketVersions")
queue = sqs.Queue(stack, "Queue", encryption_master_key=key)
queue.grants.consume_messages(role)
queue.grants.actions(role, ["sqs:ChangeMessageVisibility"])
topic = sns.Topic(stack, "Topic", master_key=key)
topic.grants.publish(role)
topic.grants.subscribe(iam.AccountPrincipal("111122223333"))
app.synth()
