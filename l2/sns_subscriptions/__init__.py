"""Subscribers for SNS topics (aws-cdk-lib: ``aws_cdk.aws_sns_subscriptions``)."""

from l2.sns_subscriptions._subscriptions import (
    EmailSubscription,
    LambdaSubscription,
    SmsSubscription,
    SqsSubscription,
    UrlSubscription,
)

__all__ = [
    "EmailSubscription",
    "LambdaSubscription",
    "SmsSubscription",
    "SqsSubscription",
    "UrlSubscription",
]
