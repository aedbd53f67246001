"""The destination classes: an event bus, a function, a bucket, a topic or a queue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Construct, Stack, ValidationError
from constructs.internals import structs
from l2.lambda_ import DestinationConfig, DestinationType, IFunction

if TYPE_CHECKING:
    from l2.events import IEventBus
    from l2.s3 import IBucket
    from l2.sns import ITopic
    from l2.sqs import IQueue

_DEFAULT_EVENT_BUS_ID = "DefaultEventBus"


class EventBridgeDestination:
    """An EventBridge event bus as a destination.

    Args:
        event_bus: the bus (default: the account's default event bus, imported once per scope as
            ``DefaultEventBus``).
    """

    def __init__(self, event_bus: IEventBus | None = None) -> None:
        self._event_bus = event_bus

    def bind(self, _scope: Construct, fn: IFunction, *, type: DestinationType) -> DestinationConfig:
        """Grant ``fn`` ``events:PutEvents`` on the bus and return its ARN as the destination."""
        bus: Any = self._event_bus
        if bus is None:
            from l2 import events

            bus = _scope.node.try_find_child(_DEFAULT_EVENT_BUS_ID) or events.EventBus.from_event_bus_arn(
                _scope, _DEFAULT_EVENT_BUS_ID,
                Stack.of(fn).format_arn(service="events", resource="event-bus", resource_name="default"))
        bus.grant_put_events_to(fn)
        return DestinationConfig(destination=bus.event_bus_arn)


@structs.frozen(kw_only=True)
class LambdaDestinationOptions:
    """The options of a ``LambdaDestination``.

    Args:
        response_only: the destination function receives only the source function's response payload (on
            success) or error object (on failure), through an EventBridge rule on the default bus (default:
            False, the whole invocation record).
    """

    response_only: bool | None = None


class LambdaDestination:
    """Another Lambda function as a destination.

    Args:
        fn: the destination function.
        response_only: deliver only the response payload or error (through an EventBridge rule matching the
            source function's invocation results); default False, the full invocation record.
    """

    def __init__(self, fn: IFunction, *, response_only: bool | None = None) -> None:
        self._fn = fn
        self._response_only = response_only

    def bind(self, scope: Construct, fn: IFunction, *, type: DestinationType) -> DestinationConfig:
        """Grant ``fn`` invoke on the destination function, or (``response_only``) add a rule that forwards the
        response payload to it and return the default event bus as the destination."""
        if not self._response_only:
            self._fn.grant_invoke(fn)
            return DestinationConfig(destination=self._fn.function_arn)
        if not isinstance(type, DestinationType):
            raise ValidationError("Options must be defined when using `responseOnly`.", scope)
        from l2 import events, events_targets

        events.Rule(
            scope, type.value,
            event_pattern=events.EventPattern(
                detail_type=[f"Lambda Function Invocation Result - {type.value}"],
                resources=[f"{fn.function_arn}:$LATEST"],
                source=["lambda"],
            ),
            targets=[events_targets.LambdaFunction(
                self._fn, event=events.RuleTargetInput.from_event_path("$.detail.responsePayload"))],
        )
        return EventBridgeDestination().bind(scope, fn, type=type)


class S3Destination:
    """An S3 bucket as a destination.

    Args:
        bucket: the bucket; binding grants the function read and put on it.
    """

    def __init__(self, bucket: IBucket) -> None:
        self._bucket = bucket

    def bind(self, _scope: Construct, fn: IFunction, *, type: DestinationType) -> DestinationConfig:
        """Grant ``fn`` read and put on the bucket and return the bucket's ARN as the destination."""
        bucket: Any = self._bucket  # l2.s3's IBucket protocol does not declare grant_put (every bucket has it)
        bucket.grant_read(fn)
        bucket.grant_put(fn)
        return DestinationConfig(destination=self._bucket.bucket_arn)


class SnsDestination:
    """An SNS topic as a destination.

    Args:
        topic: the topic; binding grants the function publish on it.
    """

    def __init__(self, topic: ITopic) -> None:
        self._topic = topic

    def bind(self, _scope: Construct, fn: IFunction, *, type: DestinationType) -> DestinationConfig:
        """Grant ``fn`` publish on the topic and return the topic's ARN as the destination."""
        self._topic.grant_publish(fn)
        return DestinationConfig(destination=self._topic.topic_arn)


class SqsDestination:
    """An SQS queue as a destination.

    Args:
        queue: the queue; binding grants the function send-messages on it.
    """

    def __init__(self, queue: IQueue) -> None:
        self._queue = queue

    def bind(self, _scope: Construct, fn: IFunction, *, type: DestinationType) -> DestinationConfig:
        """Grant ``fn`` send-messages on the queue and return the queue's ARN as the destination."""
        self._queue.grant_send_messages(fn)
        return DestinationConfig(destination=self._queue.queue_arn)
