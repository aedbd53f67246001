"""Push event sources: ``SnsEventSource`` (a subscription) and ``S3EventSource`` (bucket notifications)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l2.lambda_ import IFunction
    from l2.s3 import EventType, IBucket, NotificationKeyFilter
    from l2.sns import FilterOrPolicy, ITopic, SubscriptionFilter
    from l2.sqs import IQueue


class SnsEventSource:
    """Subscribe a function to an SNS topic (``sns_subscriptions.LambdaSubscription``).

    Args:
        topic: the topic to subscribe to.
        dead_letter_queue: the queue that receives messages that could not be delivered (default none).
        filter_policy: which messages reach the function, by their attributes (default all).
        filter_policy_with_message_body: which messages reach the function, by their body (default all).
    """

    def __init__(self, topic: ITopic, *, dead_letter_queue: IQueue | None = None, filter_policy: Mapping[str, SubscriptionFilter] | None = None,
                 filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None) -> None:
        self.topic = topic
        self._props = {"dead_letter_queue": dead_letter_queue, "filter_policy": filter_policy,
                       "filter_policy_with_message_body": filter_policy_with_message_body}

    def bind(self, target: IFunction) -> None:
        """Add the subscription."""
        from l2.sns_subscriptions import LambdaSubscription

        self.topic.add_subscription(LambdaSubscription(target, **self._props))  # type: ignore[arg-type]


class S3EventSource:
    """Invoke a function on bucket events (``s3_notifications.LambdaDestination`` per event).

    Args:
        bucket: the bucket whose events invoke the function.
        events: the S3 events that invoke it.
        filters: only objects whose keys match these prefix/suffix filters (default every object).
    """

    def __init__(self, bucket: IBucket, *, events: Sequence[EventType], filters: Sequence[NotificationKeyFilter] | None = None) -> None:
        self.bucket = bucket
        self._events = list(events)
        self._filters = list(filters or [])

    def bind(self, target: IFunction) -> None:
        """Add a notification per event."""
        from l2.s3_notifications import LambdaDestination

        for event in self._events:
            self.bucket.add_event_notification(event, LambdaDestination(target), *self._filters)


class S3EventSourceV2(S3EventSource):
    """``S3EventSource`` for an ``IBucket`` (imported buckets included).

    Args:
        bucket: the bucket whose events invoke the function.
        events: the S3 events that invoke it.
        filters: only objects whose keys match these prefix/suffix filters (default every object).
    """
