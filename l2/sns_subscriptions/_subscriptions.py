"""Subscribers for ``Topic.add_subscription``: SQS queues, Lambda functions, e-mail, URLs and SMS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Names, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.sns import (
    DeliveryPolicy,
    FilterOrPolicy,
    SubscriptionFilter,
    SubscriptionProtocol,
    Topic,
    TopicSubscriptionConfig,
)
from l2.sns_subscriptions._private.regions import region_from_arn, sns_service_principal

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.lambda_ import IFunction
    from l2.sns import ITopic
    from l2.sqs import IQueue


@structs.frozen(kw_only=True)
class SubscriptionProps:
    """Options every subscriber takes.

    Args:
        dead_letter_queue: a queue for messages that could not be delivered (default: none).
        filter_policy: attribute filters (default: every message is delivered).
        filter_policy_with_message_body: message-body filters, instead of ``filter_policy``.
    """

    dead_letter_queue: IQueue | None = None
    filter_policy: Mapping[str, SubscriptionFilter] | None = None
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None


@structs.frozen(kw_only=True)
class SqsSubscriptionProps(SubscriptionProps):
    """The options of an ``SqsSubscription``.

    Args:
        raw_message_delivery: deliver the raw message instead of the SNS JSON envelope (default ``False``).
    """

    raw_message_delivery: bool | None = None


@structs.frozen(kw_only=True)
class LambdaSubscriptionProps(SubscriptionProps):
    """The options of a ``LambdaSubscription``."""


@structs.frozen(kw_only=True)
class EmailSubscriptionProps(SubscriptionProps):
    """The options of an ``EmailSubscription``.

    Args:
        json: deliver the ``email-json`` form (default ``False``: the message text).
    """

    json: bool | None = None


@structs.frozen(kw_only=True)
class SmsSubscriptionProps(SubscriptionProps):
    """The options of an ``SmsSubscription``."""


@structs.frozen(kw_only=True)
class UrlSubscriptionProps(SubscriptionProps):
    """The options of a ``UrlSubscription``.

    Args:
        delivery_policy: HTTP/S retry, throttle and request settings.
        protocol: required when the URL is a token (default: from the URL's scheme).
        raw_message_delivery: deliver the raw message (default ``False``).
    """

    delivery_policy: DeliveryPolicy | None = None
    protocol: SubscriptionProtocol | None = None
    raw_message_delivery: bool | None = None


@structs.frozen(kw_only=True)
class FirehoseSubscriptionProps(SubscriptionProps):
    """The options of a ``FirehoseSubscription``.

    Args:
        raw_message_delivery: remove SNS metadata from published messages (default ``False``).
        role: the role SNS assumes to write to the delivery stream (default: one is created).
    """

    raw_message_delivery: bool | None = None
    role: IRole | None = None

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

    _JS_CONFIG_KEYS = (  # the keys of aws-cdk-lib's bind() result, in order (analytics metadata)
        "endpoint", "protocol", "raw_message_delivery", "filter_policy", "filter_policy_with_message_body", "region", "dead_letter_queue",
    )

    def __init__(
        self,
        queue: IQueue,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        raw_message_delivery: bool | None = None,
    ) -> None:
        self.queue = queue
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body
        self._raw_message_delivery = raw_message_delivery

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
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

    _JS_CONFIG_KEYS = (  # the keys of aws-cdk-lib's bind() result, in order (analytics metadata)
        "endpoint", "protocol", "filter_policy", "filter_policy_with_message_body", "region", "dead_letter_queue",
    )

    def __init__(
        self,
        fn: IFunction,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.fn = fn
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
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
    """Send a topic's messages to an e-mail address (``json=True`` for ``email-json``).

    Takes the ``EmailSubscriptionProps`` keyword arguments (see that class for each).

    Args:
        email_address: the address the messages are sent to.
    """

    _JS_CONFIG_KEYS = (  # the keys of aws-cdk-lib's bind() result, in order (analytics metadata)
        "endpoint", "protocol", "filter_policy", "filter_policy_with_message_body", "dead_letter_queue",
    )

    def __init__(
        self,
        email_address: str,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        json: bool | None = None,
    ) -> None:
        self.email_address = email_address
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body
        self._json = json

    def bind(self, _topic: ITopic) -> TopicSubscriptionConfig:
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

    Takes the ``UrlSubscriptionProps`` keyword arguments (see that class for each).

    Args:
        url: must start with ``http://`` or ``https://``; a token URL needs ``protocol``.
        protocol: required when ``url`` is a token.
        raw_message_delivery / filter_policy / filter_policy_with_message_body / dead_letter_queue /
        delivery_policy: subscription options.

    Raises:
        UnscopedValidationError: a literal URL without an http(s) scheme, or a token URL without ``protocol``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sns-subscriptions.UrlSubscription"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    _JS_CONFIG_KEYS = (  # the keys of aws-cdk-lib's bind() result, in order (analytics metadata)
        "endpoint", "protocol", "raw_message_delivery", "filter_policy", "filter_policy_with_message_body", "dead_letter_queue", "delivery_policy",
    )

    def __init__(
        self,
        url: str,
        *,
        dead_letter_queue: IQueue | None = None,
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

    def bind(self, _topic: ITopic) -> TopicSubscriptionConfig:
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
    """Send a topic's messages as SMS to a phone number.

    Takes the ``SmsSubscriptionProps`` keyword arguments (see that class for each).

    ``dead_letter_queue`` is accepted and, as in aws-cdk-lib 2.275, not applied to the subscription.

    Args:
        phone_number: the number the messages are sent to (E.164 format).
    """

    _JS_CONFIG_KEYS = (  # the keys of aws-cdk-lib's bind() result, in order (analytics metadata)
        "endpoint", "protocol", "filter_policy", "filter_policy_with_message_body",
    )

    def __init__(
        self,
        phone_number: str,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.phone_number = phone_number
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body

    def bind(self, _topic: ITopic) -> TopicSubscriptionConfig:
        """Describe the subscription (under the topic, id = the phone number)."""
        return TopicSubscriptionConfig(
            subscriber_id=self.phone_number,
            endpoint=self.phone_number,
            protocol=SubscriptionProtocol.SMS,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
        )


_FIREHOSE_ACTIONS = (
    "firehose:DescribeDeliveryStream",
    "firehose:ListDeliveryStreams",
    "firehose:ListTagsForDeliveryStream",
    "firehose:PutRecord",
    "firehose:PutRecordBatch",
)


class FirehoseSubscription:
    """Deliver a topic's messages to an Amazon Data Firehose delivery stream.

    The stream must be a construct with ``delivery_stream_arn`` and ``grant(grantee, *actions)`` (aws-cdk-lib's
    ``IDeliveryStream``). SNS writes with ``role``, or a role ``TopicSubscriptionRole`` created under the stream
    (shared by the stream's subscriptions); the subscription is created under the stream.

    Args:
        delivery_stream: the delivery stream.
        raw_message_delivery: remove SNS metadata from published messages.
        role: the role SNS assumes to write to the stream (default: created).
        dead_letter_queue / filter_policy / filter_policy_with_message_body: subscription options.
    """

    _JS_CONFIG_KEYS = (  # the keys of aws-cdk-lib's bind() result, in order (analytics metadata)
        "endpoint", "protocol", "filter_policy", "filter_policy_with_message_body", "raw_message_delivery", "region", "dead_letter_queue",
    )

    def __init__(
        self,
        delivery_stream: Any,  # an IDeliveryStream (l2.kinesisfirehose) or anything with its members
        *,
        raw_message_delivery: bool | None = None,
        role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.delivery_stream = delivery_stream
        self._raw_message_delivery = raw_message_delivery
        self._role = role
        self._dead_letter_queue = dead_letter_queue
        self._filter_policy = filter_policy
        self._filter_policy_with_message_body = filter_policy_with_message_body

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
        """Let SNS write to the stream with the role and describe the subscription (under the stream)."""
        from l2 import iam

        stream = self.delivery_stream
        _require_construct(stream, "The supplied delivery stream object must be an instance of Construct", topic)
        role = self._role or stream.node.try_find_child("TopicSubscriptionRole")
        if role is None:
            role = iam.Role(stream, "TopicSubscriptionRole", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
        stream.grant(role, *_FIREHOSE_ACTIONS)
        if isinstance(topic, Topic) and topic.stack is not stream.stack:
            stream.stack.add_stack_dependency(topic.stack)
        return TopicSubscriptionConfig(
            subscriber_scope=stream,
            subscriber_id=Names.node_unique_id(topic.node),
            endpoint=stream.delivery_stream_arn,
            protocol=SubscriptionProtocol.FIREHOSE,
            filter_policy=self._filter_policy,
            filter_policy_with_message_body=self._filter_policy_with_message_body,
            raw_message_delivery=self._raw_message_delivery,
            region=region_from_arn(topic, stream),
            dead_letter_queue=self._dead_letter_queue,
            subscription_role_arn=role.role_arn,
        )
