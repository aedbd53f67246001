"""Port of aws-cdk's integ.sns-sqs.ts: an SQS subscription with a message-body filter policy and raw delivery."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "SnsToSqsStack")
topic = sns.Topic(stack, "MyTopic")
queue = sqs.Queue(stack, "MyQueue")
topic.add_subscription(
    subs.SqsSubscription(
        queue,
        filter_policy_with_message_body={
            "background": sns.Policy.policy(
                {
                    "color": sns.Filter.filter(
                        sns.SubscriptionFilter.string_filter(allowlist=["red", "green"], denylist=["white", "orange"])
                    )
                }
            ),
            "price": sns.Filter.filter(
                sns.SubscriptionFilter.numeric_filter(
                    allowlist=[100, 200],
                    between=sns.BetweenCondition(start=300, stop=350),
                    greater_than=500,
                    less_than=1000,
                    between_strict=sns.BetweenCondition(start=2000, stop=3000),
                )
            ),
            "store": sns.Filter.filter(sns.SubscriptionFilter.exists_filter()),
            "event": sns.Filter.filter(sns.SubscriptionFilter.not_exists_filter()),
        },
        raw_message_delivery=True,
    )
)
app.synth()
