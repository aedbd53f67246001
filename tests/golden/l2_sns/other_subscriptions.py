"""Email, email-json, URL and SMS subscriptions, and a Subscription built directly."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs

app = cdk.App()
stack = cdk.Stack(app, "OtherSubs")
topic = sns.Topic(stack, "Topic")
topic.add_subscription(subs.EmailSubscription("ops@example.com"))
topic.add_subscription(subs.EmailSubscription("json@example.com", json=True))
topic.add_subscription(subs.UrlSubscription("https://example.com/hook", raw_message_delivery=True))
topic.add_subscription(subs.UrlSubscription("http://example.com/plain"))
topic.add_subscription(
    subs.SmsSubscription(
        "+15555550100",
        filter_policy_with_message_body={
            "kind": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.string_filter(denylist=["spam"])),
            "nested": sns.FilterOrPolicy.policy(
                {"level": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numeric_filter(greater_than=3))}
            ),
        },
    )
)
param = cdk.CfnParameter(stack, "Endpoint")
topic.add_subscription(subs.UrlSubscription(param.value_as_string, protocol=sns.SubscriptionProtocol.HTTPS))
sns.Subscription(stack, "Direct", topic=topic, endpoint="arn:aws:sqs:us-east-1:123456789012:q", protocol=sns.SubscriptionProtocol.SQS)
app.synth()
