"""Port of aws-cdk integ.lambda-dlq-kms.ts: dead-letter queue and topic encrypted with customer managed keys."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-dlq-kms")
CODE = 'exports.handler = async () => { throw new Error("fail"); };'
queue_key = kms.Key(stack, "QueueKey", removal_policy=cdk.RemovalPolicy.DESTROY)
dead_letter_queue = sqs.Queue(stack, "DeadLetterQueue", encryption=sqs.QueueEncryption.KMS,
                              encryption_master_key=queue_key)
lambda_.Function(stack, "FunctionWithEncryptedQueue", code=lambda_.InlineCode(CODE), handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_20_X, dead_letter_queue=dead_letter_queue)
topic_key = kms.Key(stack, "TopicKey", removal_policy=cdk.RemovalPolicy.DESTROY)
dead_letter_topic = sns.Topic(stack, "DeadLetterTopic", master_key=topic_key)
lambda_.Function(stack, "FunctionWithEncryptedTopic", code=lambda_.InlineCode(CODE), handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_20_X, dead_letter_topic=dead_letter_topic)
app.synth()
