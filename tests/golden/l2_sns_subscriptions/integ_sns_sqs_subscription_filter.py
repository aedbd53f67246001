"""Port of aws-cdk's integ.sns-sqs-subscription-filter.ts: two queues with complementary message-body filters."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "sns-sqs-subscription-filter")
topic = sns.Topic(stack, "MyTopic")
queue1 = sqs.Queue(stack, "MyQueue1")
queue2 = sqs.Queue(stack, "MyQueue2")
topic.add_subscription(
    subs.SqsSubscription(
        queue1,
        filter_policy_with_message_body={
            "background": sns.Policy.policy(
                {"color": sns.Filter.filter(sns.SubscriptionFilter.string_filter(allowlist=["red", "green"]))}
            ),
            "price": sns.Filter.filter(sns.SubscriptionFilter.numeric_filter(allowlist=[100, 200])),
            "store": sns.Filter.filter(sns.SubscriptionFilter.exists_filter()),
        },
        raw_message_delivery=True,
    )
)
topic.add_subscription(
    subs.SqsSubscription(
        queue2,
        filter_policy_with_message_body={
            "background": sns.Policy.policy(
                {"color": sns.Filter.filter(sns.SubscriptionFilter.string_filter(denylist=["red", "green"]))}
            ),
            "price": sns.Filter.filter(
                sns.SubscriptionFilter.numeric_filter(between_strict=sns.BetweenCondition(start=100, stop=200))
            ),
            "store": sns.Filter.filter(sns.SubscriptionFilter.not_exists_filter()),
        },
        raw_message_delivery=True,
    )
)
app.synth()
