"""Port of aws-cdk's integ.sns-sqs.lit.ts: a KMS-encrypted queue subscribed with a DLQ, decryption restricted."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption": True})
stack = cdk.Stack(app, "aws-cdk-sns-sqs")
topic = sns.Topic(stack, "MyTopic")
queue = sqs.Queue(stack, "MyQueue", encryption_master_key=kms.Key(stack, "EncryptionMasterKey"))
topic.add_subscription(subs.SqsSubscription(queue, dead_letter_queue=sqs.Queue(stack, "DeadLetterQueue")))
app.synth()
