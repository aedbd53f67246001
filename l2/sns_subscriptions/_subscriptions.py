"""Subscribers for ``Topic.add_subscription``: SQS queues, Lambda functions, e-mail, URLs and SMS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, Names, Token, UnscopedValidationError, ValidationError
from l2.sns import (
    DeliveryPolicy,
    FilterOrPolicy,
    SubscriptionFilter,
    SubscriptionProtocol,
    Topic,
    TopicSubscriptionConfig,
)
from l2.sns_subscriptions._private.regions import region_from_arn, sns_service_principal

_RESTRICT_SQS_DECRYPTION = "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption"


def _flag(scope: Construct, name: str) -> bool:
    value = scope.node.try_get_context(name)
    return value is True or value == "true"


def _require_construct(value: Any, message: str, topic: Any) -> None:
    if not isinstance(value, Construct):
        raise ValidationError(message, topic)


class SqsSubscription:
    """Deliver a topic's messages to an SQS queue.

    Adds a statement to the queue policy allowing the topic to send messages, and creates the subscription
    under the queue with id ``Names.node_unique_id(topic.node)``.

    Args:
        queue: the queue.
        raw_message_delivery: deliver the raw message instead of the SNS JSON envelope.
        filter_policy / filter_policy_with_message_body: filters.
        dead_letter_queue: a queue for undeliverable messages.
    """

    def __init__(
        self,
        queue: Any,
        *,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        raw_message_delivery: bool | None = None,
    ) -> None:
        self.queue = queue
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body
        self._raw_message_delivery = raw_message_delivery

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """Grant the topic access to the queue and describe the subscription."""
        from l2 import iam
        from l2.sqs import QueueEncryption

        _require_construct(self.queue, "The supplied Queue object must be an instance of Construct", topic)
        principal = sns_service_principal(topic, self.queue)
        if self.queue.encryption_type is QueueEncryption.KMS_MANAGED:
            raise ValidationError("SQS queue encrypted by AWS managed KMS key cannot be used as SNS subscription", topic)
        dlq = self._dead_letter_queue
        if dlq is not None and dlq.encryption_type is QueueEncryption.KMS_MANAGED:
            raise ValidationError("SQS queue encrypted by AWS managed KMS key cannot be used as dead-letter queue", topic)
        result = self.queue.add_to_resource_policy(
            iam.PolicyStatement(
                resources=[self.queue.queue_arn],
                actions=["sqs:SendMessage"],
                principals=[principal],
                conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}},
            )
        )
        if self.queue.encryption_master_key is not None:
            self.queue.encryption_master_key.add_to_resource_policy(
                iam.PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey"],
                    principals=[principal],
                    conditions=(
                        {"ArnEquals": {"aws:SourceArn": topic.topic_arn}}
                        if _flag(topic, _RESTRICT_SQS_DECRYPTION)
                        else None
                    ),
                )
            )
        if isinstance(topic, Topic) and topic.stack is not self.queue.stack:
            self.queue.stack.add_stack_dependency(topic.stack)
        return TopicSubscriptionConfig(
            subscriber_scope=self.queue,
            subscriber_id=Names.node_unique_id(topic.node),
            endpoint=self.queue.queue_arn,
            protocol=SubscriptionProtocol.SQS,
            raw_message_delivery=self._raw_message_delivery,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
            region=region_from_arn(topic, self.queue),
            dead_letter_queue=dlq,
            subscription_dependency=result.policy_dependable,
        )


class LambdaSubscription:
    """Invoke a Lambda function with a topic's messages (adds an invoke permission for SNS).

    Args:
        fn: the function (an ``IFunction``).
        filter_policy / filter_policy_with_message_body: filters.
        dead_letter_queue: a queue for undeliverable messages.
    """

    def __init__(
        self,
        fn: Any,
        *,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.fn = fn
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """Allow SNS to invoke the function and describe the subscription (under the function, id = topic id)."""
        from l2 import iam

        _require_construct(self.fn, "The supplied lambda Function object must be an instance of Construct", topic)
        self.fn.add_permission(
            f"AllowInvoke:{Names.node_unique_id(topic.node)}",
            source_arn=topic.topic_arn,
            principal=iam.ServicePrincipal("sns.amazonaws.com"),
        )
        if isinstance(topic, Topic) and topic.stack is not self.fn.stack:
            self.fn.stack.add_stack_dependency(topic.stack)
        return TopicSubscriptionConfig(
            subscriber_scope=self.fn,
            subscriber_id=topic.node.id,
            endpoint=self.fn.function_arn,
            protocol=SubscriptionProtocol.LAMBDA,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
            region=region_from_arn(topic, self.fn),
            dead_letter_queue=self._dead_letter_queue,
        )


class EmailSubscription:
    """Send a topic's messages to an e-mail address (``json=True`` for ``email-json``)."""

    def __init__(
        self,
        email_address: str,
        *,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        json: bool | None = None,
    ) -> None:
        self.email_address = email_address
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body
        self._json = json

    def bind(self, _topic: Any) -> TopicSubscriptionConfig:
        """Describe the subscription (under the topic, id = the address)."""
        return TopicSubscriptionConfig(
            subscriber_id=self.email_address,
            endpoint=self.email_address,
            protocol=SubscriptionProtocol.EMAIL_JSON if self._json else SubscriptionProtocol.EMAIL,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
            dead_letter_queue=self._dead_letter_queue,
        )


class UrlSubscription:
    """Deliver a topic's messages to an HTTP or HTTPS URL.

    Args:
        url: must start with ``http://`` or ``https://``; a token URL needs ``protocol``.
        protocol: required when ``url`` is a token.
        raw_message_delivery / filter_policy / filter_policy_with_message_body / dead_letter_queue /
        delivery_policy: subscription options.

    Raises:
        UnscopedValidationError: a literal URL without an http(s) scheme, or a token URL without ``protocol``.
    """

    def __init__(
        self,
        url: str,
        *,
        dead_letter_queue: Any = None,
        delivery_policy: DeliveryPolicy | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        protocol: SubscriptionProtocol | None = None,
        raw_message_delivery: bool | None = None,
    ) -> None:
        self.url = url
        unresolved = Token.is_unresolved(url)
        if not unresolved and not url.startswith(("http://", "https://")):
            raise UnscopedValidationError(f"URL must start with either http:// or https:// (got {url!r})")
        if unresolved and protocol is None:
            raise UnscopedValidationError("Must provide protocol if url is unresolved")
        if unresolved:
            self.protocol = protocol
        else:
            self.protocol = SubscriptionProtocol.HTTPS if url.startswith("https:") else SubscriptionProtocol.HTTP
        self._dead_letter_queue = dead_letter_queue
        self._delivery_policy = delivery_policy
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body
        self._raw_message_delivery = raw_message_delivery

    def bind(self, _topic: Any) -> TopicSubscriptionConfig:
        """Describe the subscription (under the topic, id = the URL)."""
        return TopicSubscriptionConfig(
            subscriber_id=self.url,
            endpoint=self.url,
            protocol=self.protocol,  # type: ignore[arg-type]
            raw_message_delivery=self._raw_message_delivery,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
            dead_letter_queue=self._dead_letter_queue,
            delivery_policy=self._delivery_policy,
        )


class SmsSubscription:
    """Send a topic's messages as SMS to a phone number."""

    def __init__(
        self,
        phone_number: str,
        *,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.phone_number = phone_number
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body

    def bind(self, _topic: Any) -> TopicSubscriptionConfig:
        """Describe the subscription (under the topic, id = the phone number)."""
        return TopicSubscriptionConfig(
            subscriber_id=self.phone_number,
            endpoint=self.phone_number,
            protocol=SubscriptionProtocol.SMS,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
        )
