"""LambdaSubscription: invoke permission for SNS and the subscription under the function."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs

app = cdk.App()
stack = cdk.Stack(app, "LambdaSub")
topic = sns.Topic(stack, "Topic")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return e"),
)
topic.add_subscription(
    subs.LambdaSubscription(fn, filter_policy={"kind": sns.SubscriptionFilter.string_filter(allowlist=["a"])})
)
other = sns.Topic(stack, "Other")
other.add_subscription(subs.LambdaSubscription(fn))
app.synth()
