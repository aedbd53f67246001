"""Port of aws-cdk's integ.sns-sqs-restrict-descryption-shared-key.ts: topic and queue share one key."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption": True})
stack = cdk.Stack(app, "SnsSqsRestrictDescryptionSharedKeyStack")
key = kms.Key(stack, "SharedKey")
topic = sns.Topic(stack, "MyTopic", master_key=key)
queue = sqs.Queue(stack, "MyQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
topic.add_subscription(subs.SqsSubscription(queue))
app.synth()
