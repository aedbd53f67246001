"""Deliberate mistakes: mypy --strict and pyright each report exactly the lines whose comment is ``E: <text>``,
with ``<text>`` in the message (``tests/typing/test_type_checkers.py``). pycdk's run-time argument checks refuse
most of them too, but only when the line runs; a type checker points at them before.
"""

from __future__ import annotations

from constructs import App, Duration, Stack
from l1.s3 import CfnBucketPolicy
from l2 import apigateway, dynamodb, iam, lambda_, s3, sns, sns_subscriptions, sqs
from l2.interfaces import lambda_ as lambda_refs
from l2.interfaces import s3 as s3_refs

app = App()
stack = Stack(app, "Typing")
bucket = s3.Bucket(stack, "Bucket")
queue = sqs.Queue(stack, "Queue")
topic = sns.Topic(stack, "Topic")
code = lambda_.Code.from_inline("def handler(event, context):\n    return event\n")
function = lambda_.Function(stack, "Function", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.h", code=code)

apigateway.LambdaRestApi(stack, "Api", handler=bucket)  # E: "handler"
bucket.grant_read("arn:aws:iam::123456789012:role/reader")  # E: "grant_read"
queue.grant_send_messages(bucket)  # E: "grant_send_messages"
queue.grant_consume_messages(topic)  # E: "grant_consume_messages"
sqs.Queue(stack, "Other", visibility_timout=Duration.seconds(30))  # E: "visibility_timout"
sqs.Queue(stack, "Third", visibility_timeout=30)  # E: "visibility_timeout"
lambda_.Function(stack, "Second", runtime="python3.12", handler="index.h", code=code)  # E: "runtime"
lambda_.Function(stack, "Third", runtime=lambda_.Runtime.PYTHON_3_12, handler=function, code=code)  # E: "handler"
function.add_environment("RETRIES", 3)  # E: "add_environment"
topic.add_subscription(queue)  # E: "add_subscription"
sns_subscriptions.SqsSubscription(topic)  # E: "IQueue"
dynamodb.Table(stack, "Table", partition_key="pk")  # E: "partition_key"
s3.Bucket(stack, "Encrypted", encryption="KMS")  # E: "encryption"
Duration.seconds("30")  # E: "seconds"
role_name: str = function.role  # E: "IRole | None"
iam.Role(stack, "Role", assumed_by="lambda.amazonaws.com")  # E: "assumed_by"
bucket.add_to_resource_policy("s3:GetObject")  # E: "add_to_resource_policy"
wrong_bucket_ref: s3_refs.IBucketRef = queue  # E: "IBucketRef"
wrong_function_ref: lambda_refs.IFunctionRef = bucket  # E: "IFunctionRef"
CfnBucketPolicy(stack, "Policy", bucket=topic, policy_document={})  # E: "bucket"
wrong_version_ref: lambda_refs.IVersionRef = function  # E: "IVersionRef"
