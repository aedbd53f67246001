"""``Subscription``: an ``AWS::SNS::Subscription`` of an endpoint to a topic."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Resource, ValidationError
from constructs.internals import structs
from l1.sns import CfnSubscription
from l2.sns._delivery_policy import DeliveryPolicy
from l2.sns._subscription_filter import FilterOrPolicy, SubscriptionFilter

if TYPE_CHECKING:
    from constructs import IDependable
    from l2.sns._interfaces import ITopic
    from l2.sqs import IQueue


class SubscriptionProtocol(enum.Enum):
    """The protocols SNS delivers with."""

    HTTP = "http"
    HTTPS = "https"
    EMAIL = "email"
    EMAIL_JSON = "email-json"
    SMS = "sms"
    SQS = "sqs"
    APPLICATION = "application"
    LAMBDA = "lambda"
    FIREHOSE = "firehose"


_RAW_DELIVERY_PROTOCOLS = (
    SubscriptionProtocol.HTTP,
    SubscriptionProtocol.HTTPS,
    SubscriptionProtocol.SQS,
    SubscriptionProtocol.FIREHOSE,
)
_MAX_COMBINATIONS = 150


@structs.frozen(kw_only=True)
class TopicSubscriptionConfig:
    """What ``ITopicSubscription.bind`` returns: the subscription's props plus where to create it.

    Args:
        endpoint / protocol: where and how messages are delivered (an ARN, URL, address or number).
        subscriber_id / subscriber_scope: the id and the scope of the ``Subscription`` construct (default
            scope: the topic).
        subscription_dependency: what the subscription must be created after (e.g. a queue policy).
        dead_letter_queue: where messages that cannot be delivered go.
        delivery_policy: retry, throttle and request settings (HTTP/S endpoints).
        filter_policy / filter_policy_with_message_body: deliver only messages whose attributes / body match.
        raw_message_delivery: deliver the message as published, without the SNS envelope.
        region: the endpoint's region, when it differs from the topic's.
        subscription_role_arn: the role SNS assumes to deliver (Firehose endpoints).
    """

    endpoint: str
    protocol: SubscriptionProtocol
    subscriber_id: str
    dead_letter_queue: IQueue | None = None
    delivery_policy: DeliveryPolicy | None = None
    filter_policy: Mapping[str, SubscriptionFilter] | None = None
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None
    raw_message_delivery: bool | None = None
    region: str | None = None
    subscriber_scope: Construct | None = None
    subscription_dependency: IDependable | None = None
    subscription_role_arn: str | None = None


@structs.frozen(kw_only=True)
class SubscriptionOptions:
    """A subscription's options without its topic (see ``Subscription`` for each keyword)."""

    endpoint: str
    protocol: SubscriptionProtocol
    dead_letter_queue: IQueue | None = None
    delivery_policy: DeliveryPolicy | None = None
    filter_policy: Mapping[str, SubscriptionFilter] | None = None
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None
    raw_message_delivery: bool | None = None
    region: str | None = None
    subscription_role_arn: str | None = None


@structs.frozen(kw_only=True)
class SubscriptionProps(SubscriptionOptions):
    """The properties of a ``Subscription``: its options and the topic."""

    topic: ITopic


class Subscription(Resource):
    """A subscription of an endpoint to an SNS topic.

    Args:
        topic: the topic.
        endpoint: where messages go (an ARN, URL, e-mail address or phone number).
        protocol: how they are delivered.
        raw_message_delivery: deliver the raw message (HTTP/S, SQS and Firehose only).
        filter_policy: attribute filters (at most 5 attributes, 150 value combinations).
        filter_policy_with_message_body: message-body filters (instead of ``filter_policy``).
        dead_letter_queue: a queue for messages that could not be delivered.
        delivery_policy: HTTP/S retry, throttle and request settings.
        region: the topic's region, for cross-region subscriptions.
        subscription_role_arn: required for Firehose.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sns.Subscription"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topic: ITopic,
        endpoint: str,
        protocol: SubscriptionProtocol,
        dead_letter_queue: IQueue | None = None,
        delivery_policy: DeliveryPolicy | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        raw_message_delivery: bool | None = None,
        region: str | None = None,
        subscription_role_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if raw_message_delivery and protocol not in _RAW_DELIVERY_PROTOCOLS:
            raise ValidationError(
                "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.", self
            )
        self.filter_policy: dict[str, Any] | None = None
        self.filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None
        if filter_policy:
            if len(filter_policy) > 5:
                raise ValidationError("A filter policy can have a maximum of 5 attribute names.", self)
            self.filter_policy = {k: v.conditions for k, v in filter_policy.items()}
            total = 1
            for conditions in self.filter_policy.values():
                total *= len(conditions)
            if total > _MAX_COMBINATIONS:
                raise ValidationError(f"The total combination of values ({total}) must not exceed 150.", self)
        elif filter_policy_with_message_body:
            if len(filter_policy_with_message_body) > 5:
                raise ValidationError("A filter policy can have a maximum of 5 attribute names.", self)
            self.filter_policy_with_message_body = filter_policy_with_message_body
        if protocol is SubscriptionProtocol.FIREHOSE and not subscription_role_arn:
            raise ValidationError(
                "Subscription role arn is required field for subscriptions with a firehose protocol.", self
            )
        rendered_filter = (
            _message_body_policy(self, self.filter_policy_with_message_body, 1, [1])
            if self.filter_policy_with_message_body
            else self.filter_policy
        )
        self.dead_letter_queue: Any = self._build_dead_letter_queue(dead_letter_queue, topic)
        self._resource = CfnSubscription(
            self,
            "Resource",
            endpoint=endpoint,
            protocol=protocol.value,
            topic_arn=topic.topic_arn,
            raw_message_delivery=raw_message_delivery,
            filter_policy=rendered_filter,
            filter_policy_scope="MessageBody" if self.filter_policy_with_message_body else None,
            region=region,
            redrive_policy=(
                {"deadLetterTargetArn": self.dead_letter_queue.queue_arn} if self.dead_letter_queue else None
            ),
            subscription_role_arn=subscription_role_arn,
            delivery_policy=self._render_delivery_policy(delivery_policy, protocol) if delivery_policy else None,
        )

    def _build_dead_letter_queue(self, queue: Any, topic: Any) -> Any:
        if queue is None:
            return None
        from l2 import iam

        queue.add_to_resource_policy(
            iam.PolicyStatement(
                resources=[queue.queue_arn],
                actions=["sqs:SendMessage"],
                principals=[iam.ServicePrincipal("sns.amazonaws.com")],
                conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}},
            )
        )
        return queue

    def _render_delivery_policy(self, policy: DeliveryPolicy, protocol: SubscriptionProtocol) -> dict[str, Any]:
        if protocol not in (SubscriptionProtocol.HTTP, SubscriptionProtocol.HTTPS):
            raise ValidationError(
                f"Delivery policy is only supported for HTTP and HTTPS subscriptions, got: {protocol.value}", self
            )
        retry = policy.healthy_retry_policy
        if retry is not None:
            self._check_delay("minDelayTarget", retry.min_delay_target)
            self._check_delay("maxDelayTarget", retry.max_delay_target)
            if (
                retry.min_delay_target is not None
                and retry.max_delay_target is not None
                and retry.min_delay_target.to_seconds() > retry.max_delay_target.to_seconds()
            ):
                raise ValidationError("minDelayTarget must not exceed maxDelayTarget", self)
            if retry.num_retries and not 0 <= retry.num_retries <= 100:
                raise ValidationError(f"numRetries must be between 0 and 100 inclusive, got: {retry.num_retries}", self)
            for name, value in (
                ("numNoDelayRetries", retry.num_no_delay_retries),
                ("numMinDelayRetries", retry.num_min_delay_retries),
                ("numMaxDelayRetries", retry.num_max_delay_retries),
            ):
                if value and (value < 0 or int(value) != value):
                    raise ValidationError(f"{name} must be an integer zero or greater, got: {value}", self)
        throttle = policy.throttle_policy
        if throttle is not None and throttle.max_receives_per_second is not None:
            rate = throttle.max_receives_per_second
            if rate < 1 or int(rate) != rate:
                raise ValidationError(f"maxReceivesPerSecond must be an integer greater than zero, got: {rate}", self)
        return {
            "healthyRetryPolicy": (
                {
                    "minDelayTarget": 20 if retry.min_delay_target is None else retry.min_delay_target.to_seconds(),
                    "maxDelayTarget": 20 if retry.max_delay_target is None else retry.max_delay_target.to_seconds(),
                    "numRetries": 3 if retry.num_retries is None else retry.num_retries,
                    "numNoDelayRetries": retry.num_no_delay_retries,
                    "numMinDelayRetries": retry.num_min_delay_retries,
                    "numMaxDelayRetries": retry.num_max_delay_retries,
                    "backoffFunction": retry.backoff_function.value if retry.backoff_function else None,
                }
                if retry is not None
                else None
            ),
            "throttlePolicy": (
                {"maxReceivesPerSecond": throttle.max_receives_per_second} if throttle is not None else None
            ),
            "requestPolicy": (
                {"headerContentType": policy.request_policy.header_content_type} if policy.request_policy else None
            ),
        }

    def _check_delay(self, name: str, delay: Any) -> None:
        if delay is None:
            return
        if delay.to_milliseconds() % 1000 != 0:
            raise ValidationError(f"{name} must be a whole number of seconds, got: {delay}", self)
        seconds = delay.to_seconds()
        if seconds < 1 or seconds > 3600:
            raise ValidationError(f"{name} must be between 1 and 3600 seconds inclusive, got: {seconds:g}s", self)


def _message_body_policy(
    scope: Construct, policy: Mapping[str, FilterOrPolicy], depth: int, total: list[int]
) -> dict[str, Any]:
    """Render a message-body filter policy, counting value combinations as aws-cdk-lib does."""
    result: dict[str, Any] = {}
    for key, node in policy.items():
        if node.is_policy():
            result[key] = _message_body_policy(scope, node.policy_doc, depth + 1, total)  # type: ignore[attr-defined]
        elif node.is_filter():
            conditions = node.filter_doc.conditions  # type: ignore[attr-defined]
            result[key] = conditions
            total[0] *= len(conditions) * depth
    if total[0] > _MAX_COMBINATIONS:
        raise ValidationError(f"The total combination of values ({total[0]}) must not exceed 150.", scope)
    return result
