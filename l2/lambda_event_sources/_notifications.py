"""Push event sources: ``SnsEventSource`` (a subscription) and ``S3EventSource`` (bucket notifications)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class SnsEventSource:
    """Subscribe a function to an SNS topic (``sns_subscriptions.LambdaSubscription``)."""

    def __init__(self, topic: Any, *, dead_letter_queue: Any = None, filter_policy: Mapping[str, Any] | None = None,
                 filter_policy_with_message_body: Mapping[str, Any] | None = None) -> None:
        self.topic = topic
        self._props = {"dead_letter_queue": dead_letter_queue, "filter_policy": filter_policy,
                       "filter_policy_with_message_body": filter_policy_with_message_body}

    def bind(self, target: Any) -> None:
        """Add the subscription."""
        from l2.sns_subscriptions import LambdaSubscription

        self.topic.add_subscription(LambdaSubscription(target, **self._props))


class S3EventSource:
    """Invoke a function on bucket events (``s3_notifications.LambdaDestination`` per event)."""

    def __init__(self, bucket: Any, *, events: Sequence[Any], filters: Sequence[Any] | None = None) -> None:
        self.bucket = bucket
        self._events = list(events)
        self._filters = list(filters or [])

    def bind(self, target: Any) -> None:
        """Add a notification per event."""
        from l2.s3_notifications import LambdaDestination

        for event in self._events:
            self.bucket.add_event_notification(event, LambdaDestination(target), *self._filters)


class S3EventSourceV2(S3EventSource):
    """``S3EventSource`` for an ``IBucket`` (imported buckets included)."""
