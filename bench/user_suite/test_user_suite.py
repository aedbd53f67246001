"""A user's unit-test suite: 200 small tests, each building one stack and asserting its template.

The same file runs on pycdk and, with ``USER_SUITE_LIB=aws-cdk-lib``, on aws-cdk-lib (timed by
``bench/user_suite.py``). Four kinds of stack take turns: a versioned bucket, a queue with a dead-letter queue,
a function reading a bucket, a topic delivering to a queue.
"""

from __future__ import annotations

import os

import pytest

if os.environ.get("USER_SUITE_LIB") == "aws-cdk-lib":
    import aws_cdk as cdk
    from aws_cdk import aws_lambda as lambda_
    from aws_cdk import aws_s3 as s3
    from aws_cdk import aws_sns as sns
    from aws_cdk import aws_sns_subscriptions as subscriptions
    from aws_cdk import aws_sqs as sqs
    from aws_cdk.assertions import Match, Template
else:
    import constructs as cdk
    from assertions import Match, Template
    from l2 import lambda_, s3, sns, sqs
    from l2 import sns_subscriptions as subscriptions

TESTS = 200


def _bucket(stack: cdk.Stack, i: int) -> None:
    s3.Bucket(stack, "Bucket", versioned=True, bucket_name=f"user-suite-{i}")
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::S3::Bucket", 1)
    template.has_resource_properties(
        "AWS::S3::Bucket",
        {"BucketName": f"user-suite-{i}", "VersioningConfiguration": {"Status": "Enabled"}},
    )
    template.has_resource("AWS::S3::Bucket", {"DeletionPolicy": "Retain"})


def _queue(stack: cdk.Stack, i: int) -> None:
    dlq = sqs.Queue(stack, "Dead")
    sqs.Queue(
        stack,
        "Work",
        visibility_timeout=cdk.Duration.seconds(30 + i),
        dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=3),
    )
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::SQS::Queue", 2)
    template.has_resource_properties(
        "AWS::SQS::Queue",
        {"VisibilityTimeout": 30 + i, "RedrivePolicy": {"deadLetterTargetArn": Match.any_value(), "maxReceiveCount": 3}},
    )


def _function(stack: cdk.Stack, i: int) -> None:
    bucket = s3.Bucket(stack, "Data")
    fn = lambda_.Function(
        stack,
        "Handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(f"def handler(event, context):\n    return {i}\n"),
        environment={"BUCKET": bucket.bucket_name},
    )
    bucket.grant_read(fn)
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::Lambda::Function", 1)
    template.has_resource_properties(
        "AWS::Lambda::Function",
        {"Runtime": "python3.12", "Environment": {"Variables": {"BUCKET": {"Ref": Match.string_like_regexp("^Data")}}}},
    )
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {"PolicyDocument": {"Statement": Match.array_with([Match.object_like({"Action": Match.array_with(["s3:GetObject*"])})])}},
    )


def _topic(stack: cdk.Stack, i: int) -> None:
    topic = sns.Topic(stack, "Topic", display_name=f"topic {i}")
    queue = sqs.Queue(stack, "Inbox")
    topic.add_subscription(subscriptions.SqsSubscription(queue, raw_message_delivery=True))
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::SNS::Topic", {"DisplayName": f"topic {i}"})
    template.has_resource_properties("AWS::SNS::Subscription", {"Protocol": "sqs", "RawMessageDelivery": True})
    template.resource_count_is("AWS::SQS::QueuePolicy", 1)


KINDS = (_bucket, _queue, _function, _topic)


@pytest.mark.parametrize("i", range(TESTS))
def test_stack(i: int) -> None:
    app = cdk.App()
    stack = cdk.Stack(app, f"Stack{i}")
    KINDS[i % len(KINDS)](stack, i)
