"""``Queue``: an SQS queue, and importing existing ones."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Duration,
    RemovalPolicy,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import cached_property, structs
from l1.sqs import CfnQueue
from l2.sqs._private.validation import QUEUE_RULES, REDRIVE_ALLOW_RULES, validate_all
from l2.sqs._queue_base import QueueBase, QueueEncryption

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.sqs._interfaces import IQueue


class DeduplicationScope(enum.Enum):
    """Whether FIFO deduplication happens per message group or per queue."""

    MESSAGE_GROUP = "messageGroup"
    QUEUE = "queue"


class FifoThroughputLimit(enum.Enum):
    """Whether the FIFO throughput quota applies per queue or per message group."""

    PER_QUEUE = "perQueue"
    PER_MESSAGE_GROUP_ID = "perMessageGroupId"


class RedrivePermission(enum.Enum):
    """Which source queues may use a queue as their dead-letter queue."""

    ALLOW_ALL = "allowAll"
    DENY_ALL = "denyAll"
    BY_QUEUE = "byQueue"


@structs.frozen(kw_only=True)
class DeadLetterQueue:
    """Where messages go after ``max_receive_count`` failed receives.

    Args:
        queue: the dead-letter queue.
        max_receive_count: receives before a message moves to the dead-letter queue (at least 1).
    """

    queue: IQueue
    max_receive_count: int | float


@structs.frozen(kw_only=True)
class RedriveAllowPolicy:
    """Which queues may use this queue as their dead-letter queue.

    Args:
        redrive_permission: default ``BY_QUEUE`` when ``source_queues`` is given, else ``ALLOW_ALL``.
        source_queues: the queues allowed (``BY_QUEUE`` only, at most 10).
    """

    redrive_permission: RedrivePermission | None = None
    source_queues: Sequence[IQueue] | None = None


@structs.frozen(kw_only=True)
class QueueAttributes:
    """The attributes of an existing queue (``Queue.from_queue_attributes``).

    Args:
        queue_arn: the queue's ARN.
        queue_url: default ``https://sqs.<region>.<url suffix>/<account>/<name>``.
        queue_name: default the last ARN component.
        key_arn: the KMS key encrypting the queue, if any.
        fifo: default derived from the name (``.fifo`` suffix).
    """

    queue_arn: str
    queue_url: str | None = None
    queue_name: str | None = None
    key_arn: str | None = None
    fifo: bool | None = None


@structs.frozen(kw_only=True)
class QueueProps:
    """The properties of a ``Queue`` (see ``Queue`` for each keyword)."""

    content_based_deduplication: bool | None = None
    data_key_reuse: Duration | None = None
    dead_letter_queue: DeadLetterQueue | None = None
    deduplication_scope: DeduplicationScope | None = None
    delivery_delay: Duration | None = None
    encryption: QueueEncryption | None = None
    encryption_master_key: IKey | None = None
    enforce_ssl: bool | None = None
    fifo: bool | None = None
    fifo_throughput_limit: FifoThroughputLimit | None = None
    max_message_size_bytes: int | float | None = None
    queue_name: str | None = None
    receive_message_wait_time: Duration | None = None
    redrive_allow_policy: RedriveAllowPolicy | None = None
    removal_policy: RemovalPolicy | None = None
    retention_period: Duration | None = None
    visibility_timeout: Duration | None = None


class _ImportedQueue(QueueBase):
    """A queue defined outside the app; its resource policy cannot be changed."""

    _auto_create_policy = False

    def __init__(self, scope: Construct, id: str, attributes: QueueAttributes) -> None:
        super().__init__(scope, id, environment_from_arn=attributes.queue_arn)
        stack = Stack.of(scope)
        parsed = stack.split_arn(attributes.queue_arn, ArnFormat.NO_RESOURCE_NAME)
        self.queue_arn = attributes.queue_arn
        self.queue_name = attributes.queue_name or parsed.resource
        self.queue_url = (
            attributes.queue_url
            or f"https://sqs.{parsed.region}.{stack.url_suffix}/{parsed.account}/{self.queue_name}"
        )
        self.encryption_master_key = None
        if attributes.key_arn:
            from l2 import kms

            self.encryption_master_key = kms.Key.from_key_arn(self, "Key", attributes.key_arn)
        self.encryption_type = QueueEncryption.KMS if attributes.key_arn else None
        self.fifo = self._determine_fifo(attributes.fifo)

    def _determine_fifo(self, fifo: bool | None) -> bool:
        if Token.is_unresolved(self.queue_arn):
            return bool(fifo)
        suffixed = self.queue_name.endswith(".fifo")
        if fifo is not None:
            if fifo and not suffixed:
                raise ValidationError("FIFO queue names must end in '.fifo'", self)
            if not fifo and suffixed:
                raise ValidationError("Non-FIFO queue name may not end in '.fifo'", self)
        return suffixed


class Queue(QueueBase):
    """An SQS queue (``AWS::SQS::Queue``), removed with the stack by default.

    Args:
        queue_name: a physical name (default generated by CloudFormation); FIFO names must end in ``.fifo``.
        fifo: a FIFO queue (default: implied by a ``.fifo`` name or by FIFO-only options).
        content_based_deduplication / deduplication_scope / fifo_throughput_limit: FIFO options.
        dead_letter_queue: where messages go after repeated failed receives.
        redrive_allow_policy: which queues may use this one as a dead-letter queue.
        encryption: ``QueueEncryption`` (default none set: SQS applies SSE-SQS).
        encryption_master_key: a KMS key (implies ``QueueEncryption.KMS``).
        data_key_reuse: how long SQS reuses a data key (1 minute to 24 hours).
        delivery_delay / retention_period / receive_message_wait_time / visibility_timeout: ``Duration``s.
        max_message_size_bytes: 1,024 to 1,048,576 bytes.
        enforce_ssl: deny requests that do not use TLS.
        removal_policy: default ``RemovalPolicy.DESTROY``.
    """

    _auto_create_policy = True
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sqs.Queue"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        content_based_deduplication: bool | None = None,
        data_key_reuse: Duration | None = None,
        dead_letter_queue: DeadLetterQueue | None = None,
        deduplication_scope: DeduplicationScope | None = None,
        delivery_delay: Duration | None = None,
        encryption: QueueEncryption | None = None,
        encryption_master_key: IKey | None = None,
        enforce_ssl: bool | None = None,
        fifo: bool | None = None,
        fifo_throughput_limit: FifoThroughputLimit | None = None,
        max_message_size_bytes: int | float | None = None,
        queue_name: str | None = None,
        receive_message_wait_time: Duration | None = None,
        redrive_allow_policy: RedriveAllowPolicy | None = None,
        removal_policy: RemovalPolicy | None = None,
        retention_period: Duration | None = None,
        visibility_timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=queue_name)
        if (delivery_delay is not None or max_message_size_bytes is not None or retention_period is not None
                or receive_message_wait_time is not None or visibility_timeout is not None
                or dead_letter_queue is not None):  # every rule passes when none of them is given
            validate_all(
                self,
                "Queue",
                {
                    "delivery_delay": delivery_delay,
                    "max_message_size_bytes": max_message_size_bytes,
                    "retention_period": retention_period,
                    "receive_message_wait_time": receive_message_wait_time,
                    "visibility_timeout": visibility_timeout,
                    "dead_letter_queue": dead_letter_queue,
                },
                QUEUE_RULES,
            )
        if redrive_allow_policy is not None:
            validate_all(self, "Queue", redrive_allow_policy, REDRIVE_ALLOW_RULES)

        redrive_policy = (
            {
                "deadLetterTargetArn": dead_letter_queue.queue.queue_arn,
                "maxReceiveCount": dead_letter_queue.max_receive_count,
            }
            if dead_letter_queue is not None
            else None
        )
        redrive_allow = None
        if redrive_allow_policy is not None:
            permission = redrive_allow_policy.redrive_permission or (
                RedrivePermission.BY_QUEUE if redrive_allow_policy.source_queues else RedrivePermission.ALLOW_ALL
            )
            redrive_allow = {"redrivePermission": permission.value}
            if redrive_allow_policy.source_queues is not None:
                redrive_allow["sourceQueueArns"] = [q.queue_arn for q in redrive_allow_policy.source_queues]

        encryption_type, master_key, encryption_props = self._encryption(encryption, encryption_master_key, data_key_reuse)
        fifo_queue = self._determine_fifo(
            fifo, queue_name, content_based_deduplication, deduplication_scope, fifo_throughput_limit
        )
        self.fifo: bool = bool(fifo_queue)

        self._resource = CfnQueue(
            self,
            "Resource",
            queue_name=self.physical_name if queue_name is not None else None,
            content_based_deduplication=content_based_deduplication,
            deduplication_scope=deduplication_scope.value if deduplication_scope else None,
            fifo_throughput_limit=fifo_throughput_limit.value if fifo_throughput_limit else None,
            fifo_queue=True if fifo_queue else None,
            redrive_policy=redrive_policy,
            redrive_allow_policy=redrive_allow,
            delay_seconds=delivery_delay.to_seconds() if delivery_delay else None,
            maximum_message_size=max_message_size_bytes,
            message_retention_period=retention_period.to_seconds() if retention_period else None,
            receive_message_wait_time_seconds=(
                receive_message_wait_time.to_seconds() if receive_message_wait_time else None
            ),
            visibility_timeout=visibility_timeout.to_seconds() if visibility_timeout else None,
            **encryption_props,
        )
        self._resource.apply_removal_policy(removal_policy or RemovalPolicy.DESTROY)
        self.encryption_master_key = master_key
        self.encryption_type: QueueEncryption | None = encryption_type
        self.dead_letter_queue: DeadLetterQueue | None = dead_letter_queue
        if enforce_ssl:
            self._enforce_ssl_statement()

    @cached_property
    def queue_url(self) -> str:  # type: ignore[override]
        """The URL of the queue (its ``Ref``; built on first use)."""
        return self._resource.ref

    @cached_property
    def queue_arn(self) -> str:  # type: ignore[override]
        """The ARN of the queue (one token for every use, built on first use)."""
        # the GetAtt reference itself: no string token for the L1 attribute unless someone reads it
        # the ARN components only when another environment uses the ARN (no physical-name token otherwise)
        return self._lazy_arn_attribute(self._resource.get_att("Arn"), self._arn_components)

    def _arn_components(self) -> dict[str, str]:
        # a bound method, not a closure: one object kept per queue instead of a function, its cells and their tuple
        return {"service": "sqs", "resource": self.physical_name}

    @cached_property
    def queue_name(self) -> str:  # type: ignore[override]
        """The name of the queue."""
        return self.get_resource_name_attribute(self._resource.attr_queue_name)

    # -- factories -------------------------------------------------------------------------------------------
    @staticmethod
    def from_queue_arn(scope: Construct, id: str, queue_arn: str) -> QueueBase:
        """Import a queue by ARN."""
        return _ImportedQueue(scope, id, QueueAttributes(queue_arn=queue_arn))

    @staticmethod
    def from_queue_attributes(
        scope: Construct,
        id: str,
        *,
        queue_arn: str,
        fifo: bool | None = None,
        key_arn: str | None = None,
        queue_name: str | None = None,
        queue_url: str | None = None,
    ) -> QueueBase:
        """Import a queue from its attributes."""
        return _ImportedQueue(
            scope,
            id,
            QueueAttributes(queue_arn=queue_arn, fifo=fifo, key_arn=key_arn, queue_name=queue_name, queue_url=queue_url),
        )

    # -- helpers ---------------------------------------------------------------------------------------------
    def _encryption(
        self, encryption: QueueEncryption | None, master_key: Any, data_key_reuse: Duration | None
    ) -> tuple[QueueEncryption | None, Any, dict[str, Any]]:
        if encryption is QueueEncryption.SQS_MANAGED and master_key is not None:
            raise ValidationError(
                "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used", self
            )
        if encryption is not QueueEncryption.KMS and master_key is not None:
            if encryption is not None:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-sqs:queueEncryptionChangedToKMS",
                    f"encryption: Automatically changed to QueueEncryption.KMS, was: QueueEncryption.{encryption.name}\n"
                    "When encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS`",
                )
            encryption = QueueEncryption.KMS
        reuse = data_key_reuse.to_seconds() if data_key_reuse else None
        if encryption is None:
            return None, None, {}
        if encryption is QueueEncryption.UNENCRYPTED:
            return encryption, None, {"sqs_managed_sse_enabled": False}
        if encryption is QueueEncryption.KMS_MANAGED:
            return encryption, None, {"kms_master_key_id": "alias/aws/sqs", "kms_data_key_reuse_period_seconds": reuse}
        if encryption is QueueEncryption.KMS:
            if master_key is None:
                from l2 import kms

                master_key = kms.Key(self, "Key", description=f"Created by {self.node.path}")
            return encryption, master_key, {"kms_master_key_id": master_key.key_arn, "kms_data_key_reuse_period_seconds": reuse}
        return encryption, None, {"sqs_managed_sse_enabled": True}

    def _determine_fifo(
        self,
        fifo: bool | None,
        queue_name: str | None,
        content_based_deduplication: bool | None,
        deduplication_scope: DeduplicationScope | None,
        fifo_throughput_limit: FifoThroughputLimit | None,
    ) -> bool | None:
        if fifo is None and queue_name and not Token.is_unresolved(queue_name) and queue_name.endswith(".fifo"):
            fifo = True
        if fifo is None and (content_based_deduplication or deduplication_scope or fifo_throughput_limit):
            fifo = True
        if isinstance(queue_name, str):
            if fifo and not queue_name.endswith(".fifo"):
                raise ValidationError(
                    f"FIFO queue names must end in '.fifo' (got queue_name={queue_name!r}): add the suffix or set fifo=False",
                    self,
                )
            if not fifo and queue_name.endswith(".fifo"):
                raise ValidationError(
                    f"Non-FIFO queue name may not end in '.fifo' (got queue_name={queue_name!r}): set fifo=True",
                    self,
                )
        if content_based_deduplication and not fifo:
            raise ValidationError("Content-based deduplication can only be defined for FIFO queues", self)
        if deduplication_scope and not fifo:
            raise ValidationError("Deduplication scope can only be defined for FIFO queues", self)
        if fifo_throughput_limit and not fifo:
            raise ValidationError("FIFO throughput limit can only be defined for FIFO queues", self)
        return fifo

    def _enforce_ssl_statement(self) -> None:
        from l2 import iam

        self.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["sqs:*"],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
                effect=iam.Effect.DENY,
                resources=[self.queue_arn],
                principals=[iam.AnyPrincipal()],
            )
        )
