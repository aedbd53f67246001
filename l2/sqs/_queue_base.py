"""``QueueBase``: what new and imported queues share (resource policy, grants, metrics)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from constructs import Construct, Resource
from l2.sqs._grants import QueueGrants

if TYPE_CHECKING:
    from l2.iam import IGrantable
    from l2.sqs._policy import QueuePolicy


class QueueEncryption(enum.Enum):
    """How the messages of a queue are encrypted at rest."""

    UNENCRYPTED = "NONE"
    """Messages are not encrypted."""
    KMS_MANAGED = "KMS_MANAGED"
    """Server-side encryption with the AWS managed key ``alias/aws/sqs``."""
    KMS = "KMS"
    """Server-side encryption with a customer managed key (created unless ``encryption_master_key`` is given)."""
    SQS_MANAGED = "SQS_MANAGED"
    """Server-side encryption with keys owned by SQS (SSE-SQS)."""


_METRIC_STATISTICS: dict[str, str] = {
    "ApproximateAgeOfOldestMessage": "Maximum",
    "ApproximateNumberOfMessagesDelayed": "Maximum",
    "ApproximateNumberOfMessagesNotVisible": "Maximum",
    "ApproximateNumberOfMessagesVisible": "Maximum",
    "NumberOfEmptyReceives": "Sum",
    "NumberOfMessagesDeleted": "Sum",
    "NumberOfMessagesReceived": "Sum",
    "NumberOfMessagesSent": "Sum",
    "SentMessageSize": "Average",
}

class QueueBase(Resource):
    """A new or imported SQS queue.

    Subclasses set ``queue_arn``, ``queue_url``, ``queue_name``, ``fifo``, ``encryption_master_key``,
    ``encryption_type`` and ``_auto_create_policy``.
    """

    queue_arn: str
    queue_url: str
    queue_name: str
    fifo: bool
    encryption_master_key: Any
    encryption_type: QueueEncryption | None
    _auto_create_policy: bool = False

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self._policy: QueuePolicy | None = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def policy(self) -> QueuePolicy | None:
        """The queue policy, once a statement has been added (``None`` for imported queues)."""
        return self._policy

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the queue's resource policy, creating ``Policy`` on first use.

        Imported queues cannot be changed: the statement is dropped and ``statement_added`` is false.
        """
        from l2 import iam

        if self._policy is None and self._auto_create_policy:
            from l2.sqs._policy import QueuePolicy

            self._policy = QueuePolicy(self, "Policy", queues=[self])
        if self._policy is not None:
            self._policy.document.add_statements(statement)
            return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self._policy)
        return iam.AddToResourcePolicyResult(statement_added=False)

    # -- grants --------------------------------------------------------------------------------------------
    @property
    def grants(self) -> QueueGrants:
        """Permission helpers for this queue."""
        return QueueGrants(self)

    def grant(self, grantee: IGrantable, *actions: str) -> Any:
        """Grant ``actions`` on this queue to ``grantee`` (identity policy, or the queue policy across accounts)."""
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.queue_arn], resource=self
        )

    def grant_consume_messages(self, grantee: IGrantable) -> Any:
        """Grant receiving, deleting and changing visibility of messages (and ``kms:Decrypt`` on the key)."""
        return self.grants.consume_messages(grantee)

    def grant_send_messages(self, grantee: IGrantable) -> Any:
        """Grant sending messages (and encrypt/decrypt on the key)."""
        return self.grants.send_messages(grantee)

    def grant_purge(self, grantee: IGrantable) -> Any:
        """Grant purging the queue."""
        return self.grants.purge(grantee)

    # -- metrics -------------------------------------------------------------------------------------------
    def metric(self, metric_name: str, **props: Any) -> Any:
        """A CloudWatch metric of this queue (namespace ``AWS/SQS``, dimension ``QueueName``)."""
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/SQS",
            "metric_name": metric_name,
            "dimensions_map": {"QueueName": self.queue_name},
        }
        options.update({k: v for k, v in props.items() if v is not None})
        return cloudwatch.Metric(**options).attach_to(self)

    def _canned(self, metric_name: str, props: dict[str, Any]) -> Any:
        return self.metric(metric_name, **{"statistic": _METRIC_STATISTICS[metric_name], **props})

    def metric_approximate_age_of_oldest_message(self, **props: Any) -> Any:
        """The age of the oldest message (Maximum over 5 minutes)."""
        return self._canned("ApproximateAgeOfOldestMessage", props)

    def metric_approximate_number_of_messages_delayed(self, **props: Any) -> Any:
        """Messages delayed and not yet available (Maximum)."""
        return self._canned("ApproximateNumberOfMessagesDelayed", props)

    def metric_approximate_number_of_messages_not_visible(self, **props: Any) -> Any:
        """Messages in flight (Maximum)."""
        return self._canned("ApproximateNumberOfMessagesNotVisible", props)

    def metric_approximate_number_of_messages_visible(self, **props: Any) -> Any:
        """Messages available for retrieval (Maximum)."""
        return self._canned("ApproximateNumberOfMessagesVisible", props)

    def metric_number_of_empty_receives(self, **props: Any) -> Any:
        """ReceiveMessage calls that returned no message (Sum)."""
        return self._canned("NumberOfEmptyReceives", props)

    def metric_number_of_messages_deleted(self, **props: Any) -> Any:
        """Messages deleted (Sum)."""
        return self._canned("NumberOfMessagesDeleted", props)

    def metric_number_of_messages_received(self, **props: Any) -> Any:
        """Messages returned by ReceiveMessage (Sum)."""
        return self._canned("NumberOfMessagesReceived", props)

    def metric_number_of_messages_sent(self, **props: Any) -> Any:
        """Messages added to the queue (Sum)."""
        return self._canned("NumberOfMessagesSent", props)

    def metric_sent_message_size(self, **props: Any) -> Any:
        """The size of messages added to the queue (Average)."""
        return self._canned("SentMessageSize", props)

    def metric_approximate_number_of_messages_outstanding(self, **props: Any) -> Any:
        """Visible plus in-flight messages, as a math expression."""
        from l2 import cloudwatch

        return cloudwatch.MathExpression(
            expression="visible + notVisible",
            using_metrics={
                "visible": self.metric_approximate_number_of_messages_visible(**props),
                "notVisible": self.metric_approximate_number_of_messages_not_visible(**props),
            },
            label=props.get("label") or "Approximate number of messages outstanding",
            color=props.get("color"),
            period=props.get("period"),
        )


class _PolicyValidation:
    """Checks the queue policy's statements when the app is synthesized."""

    __slots__ = ("_queue",)

    def __init__(self, queue: QueueBase) -> None:
        self._queue = queue

    def validate(self) -> list[str]:
        policy = self._queue._policy
        return list(policy.document.validate_for_resource_policy()) if policy is not None else []
