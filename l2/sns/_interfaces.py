"""``ITopic`` and ``ITopicSubscription``: the interfaces of topics and subscribers (for type hints)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class ITopic(Protocol):
    """An SNS topic: ``Topic`` or one returned by ``Topic.from_topic_arn`` / ``from_topic_attributes``."""

    topic_arn: str
    topic_name: str
    fifo: bool
    content_based_deduplication: bool

    def add_subscription(self, topic_subscription: Any) -> Any: ...

    def add_to_resource_policy(self, statement: Any) -> Any: ...

    def grant_publish(self, grantee: Any) -> Any: ...


@runtime_checkable
class ITopicSubscription(Protocol):
    """A subscriber (``l2.sns_subscriptions``): ``bind(topic)`` returns a ``TopicSubscriptionConfig``."""

    def bind(self, topic: Any) -> Any: ...
