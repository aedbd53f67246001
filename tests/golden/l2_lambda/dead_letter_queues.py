"""Dead letter queues: created queue (14 days), given queue, SNS topic; each adds a role statement."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "DeadLetterQueues")
code = lambda_.Code.from_inline("x")
lambda_.Function(stack, "Enabled", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.h", code=code,
                 dead_letter_queue_enabled=True)
queue = sqs.Queue(stack, "Dlq")
lambda_.Function(stack, "GivenQueue", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.h", code=code,
                 dead_letter_queue=queue)
topic = sns.Topic(stack, "DlqTopic")
lambda_.Function(stack, "Topic", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.h", code=code,
                 dead_letter_topic=topic, tracing=lambda_.Tracing.ACTIVE)
app.synth()
