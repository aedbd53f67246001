"""Subscriptions to an imported topic (region taken from the ARN) and url delivery policy."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "ImportedTopic")
topic = sns.Topic.from_topic_arn(stack, "Topic", "arn:aws:sns:eu-west-1:123456789012:shared")
queue = sqs.Queue(stack, "Queue")
topic.add_subscription(subs.SqsSubscription(queue))
own = sns.Topic(stack, "Own")
own.add_subscription(
    subs.UrlSubscription(
        "https://example.com/hook",
        delivery_policy=sns.DeliveryPolicy(
            healthy_retry_policy=sns.HealthyRetryPolicy(
                min_delay_target=cdk.Duration.seconds(5), backoff_function=sns.BackoffFunction.LINEAR
            ),
            throttle_policy=sns.ThrottlePolicy(max_receives_per_second=10),
            request_policy=sns.RequestPolicy(header_content_type="application/json"),
        ),
    )
)
app.synth()
