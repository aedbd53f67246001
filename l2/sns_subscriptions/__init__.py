"""Subscribers for SNS topics (aws-cdk-lib: ``aws_cdk.aws_sns_subscriptions``)."""

from constructs.internals import check_public_classes
from l2.sns_subscriptions._subscriptions import (
    EmailSubscription,
    EmailSubscriptionProps,
    FirehoseSubscription,
    FirehoseSubscriptionProps,
    LambdaSubscription,
    LambdaSubscriptionProps,
    SmsSubscription,
    SmsSubscriptionProps,
    SqsSubscription,
    SqsSubscriptionProps,
    SubscriptionProps,
    UrlSubscription,
    UrlSubscriptionProps,
)

__all__ = [
    "EmailSubscription",
    "EmailSubscriptionProps",
    "FirehoseSubscription",
    "FirehoseSubscriptionProps",
    "LambdaSubscription",
    "LambdaSubscriptionProps",
    "SmsSubscription",
    "SmsSubscriptionProps",
    "SqsSubscription",
    "SqsSubscriptionProps",
    "SubscriptionProps",
    "UrlSubscription",
    "UrlSubscriptionProps",
]

check_public_classes(globals())
