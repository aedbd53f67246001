"""Amazon SNS constructs (aws-cdk-lib: ``aws_cdk.aws_sns``): ``Topic``, ``Subscription``, ``TopicPolicy``, L1s."""

from constructs.internals import check_public_classes
from l1.sns import *  # noqa: F403
from l1.sns import (
    CfnSubscription,
    CfnTopic,
    CfnTopicInlinePolicy,
    CfnTopicPolicy,
)
from l2.sns._delivery_policy import (
    BackoffFunction,
    DeliveryPolicy,
    HealthyRetryPolicy,
    RequestPolicy,
    ThrottlePolicy,
)
from l2.sns._grants import TopicGrants
from l2.sns._interfaces import ITopic, ITopicSubscription
from l2.sns._policy import TopicPolicy, TopicPolicyProps
from l2.sns._subscription import (
    Subscription,
    SubscriptionOptions,
    SubscriptionProps,
    SubscriptionProtocol,
    TopicSubscriptionConfig,
)
from l2.sns._subscription_filter import (
    BetweenCondition,
    Filter,
    FilterOrPolicy,
    FilterOrPolicyType,
    NumericConditions,
    Policy,
    StringConditions,
    SubscriptionFilter,
)
from l2.sns._topic import (
    FifoThroughputScope,
    LoggingConfig,
    LoggingProtocol,
    Topic,
    TopicAttributes,
    TopicProps,
    TracingConfig,
)
from l2.sns._topic_base import TopicBase

__all__ = [
    "BackoffFunction",
    "BetweenCondition",
    "CfnSubscription",
    "CfnTopic",
    "CfnTopicInlinePolicy",
    "CfnTopicPolicy",
    "DeliveryPolicy",
    "FifoThroughputScope",
    "Filter",
    "FilterOrPolicy",
    "FilterOrPolicyType",
    "HealthyRetryPolicy",
    "ITopic",
    "ITopicSubscription",
    "LoggingConfig",
    "LoggingProtocol",
    "NumericConditions",
    "Policy",
    "RequestPolicy",
    "StringConditions",
    "Subscription",
    "SubscriptionFilter",
    "SubscriptionOptions",
    "SubscriptionProps",
    "SubscriptionProtocol",
    "ThrottlePolicy",
    "Topic",
    "TopicAttributes",
    "TopicBase",
    "TopicGrants",
    "TopicPolicy",
    "TopicPolicyProps",
    "TopicProps",
    "TopicSubscriptionConfig",
    "TracingConfig",
]

check_public_classes(globals())
