"""``QueueBase``: what new and imported queues share (resource policy, grants, metrics)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource
from constructs.internals import structs
from l1._private.interfaces.sqs import QueueReference as QueueReference
from l2._private.metric_options import given_options as _metric_options
from l2.sqs._grants import QueueGrants

if TYPE_CHECKING:
    from l2.cloudwatch import MathExpression, Metric, Unit
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
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



@structs.frozen(kw_only=True)
class GrantOnKeyResult:
    """What ``grant_on_key`` returns: the grant on the queue's key, or ``None`` when it has none."""

    grant: Grant | None = None




class QueueBase(Resource):
    """A new or imported SQS queue.

    Subclasses set ``queue_arn``, ``queue_url``, ``queue_name``, ``fifo``, ``encryption_master_key``,
    ``encryption_type`` and ``_auto_create_policy``.
    """

    queue_arn: str
    queue_url: str
    queue_name: str
    fifo: bool
    encryption_master_key: IKey | None
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

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
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

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this queue to ``grantee`` (identity policy, or the queue policy across accounts)."""
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.queue_arn], resource=self
        )

    def grant_consume_messages(self, grantee: IGrantable) -> Grant:
        """Grant receiving, deleting and changing visibility of messages (and ``kms:Decrypt`` on the key)."""
        return self.grants.consume_messages(grantee)

    def grant_send_messages(self, grantee: IGrantable) -> Grant:
        """Grant sending messages (and encrypt/decrypt on the key)."""
        return self.grants.send_messages(grantee)

    def grant_purge(self, grantee: IGrantable) -> Grant:
        """Grant purging the queue."""
        return self.grants.purge(grantee)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the queue's KMS key (no grant when the queue has no customer managed key)."""
        key = self.encryption_master_key
        return GrantOnKeyResult(grant=key.grant(grantee, *actions) if key is not None else None)

    @property
    def queue_ref(self) -> QueueReference:
        """The queue's URL and ARN."""
        return QueueReference(queue_arn=self.queue_arn, queue_url=self.queue_url)

    # -- metrics -------------------------------------------------------------------------------------------
    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A CloudWatch metric of this queue (namespace ``AWS/SQS``, dimension ``QueueName``).

        The keywords are aws-cdk-lib's ``MetricOptions`` (default: Average over 5 minutes).
        """
        props = _metric_options(locals())
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/SQS", "dimensions_map": {"QueueName": self.queue_name}}
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

    def _canned(self, metric_name: str, props: dict[str, Any]) -> Metric:
        return self.metric(metric_name, **{"statistic": _METRIC_STATISTICS[metric_name], **props})

    def metric_approximate_age_of_oldest_message(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The age of the oldest message (Maximum over 5 minutes)."""
        return self._canned("ApproximateAgeOfOldestMessage", _metric_options(locals()))

    def metric_approximate_number_of_messages_delayed(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Messages delayed and not yet available (Maximum)."""
        return self._canned("ApproximateNumberOfMessagesDelayed", _metric_options(locals()))

    def metric_approximate_number_of_messages_not_visible(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Messages in flight (Maximum)."""
        return self._canned("ApproximateNumberOfMessagesNotVisible", _metric_options(locals()))

    def metric_approximate_number_of_messages_visible(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Messages available for retrieval (Maximum)."""
        return self._canned("ApproximateNumberOfMessagesVisible", _metric_options(locals()))

    def metric_number_of_empty_receives(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """ReceiveMessage calls that returned no message (Sum)."""
        return self._canned("NumberOfEmptyReceives", _metric_options(locals()))

    def metric_number_of_messages_deleted(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Messages deleted (Sum)."""
        return self._canned("NumberOfMessagesDeleted", _metric_options(locals()))

    def metric_number_of_messages_received(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Messages returned by ReceiveMessage (Sum)."""
        return self._canned("NumberOfMessagesReceived", _metric_options(locals()))

    def metric_number_of_messages_sent(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Messages added to the queue (Sum)."""
        return self._canned("NumberOfMessagesSent", _metric_options(locals()))

    def metric_sent_message_size(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The size of messages added to the queue (Average)."""
        return self._canned("SentMessageSize", _metric_options(locals()))

    def metric_approximate_number_of_messages_outstanding(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> MathExpression:
        """Visible plus in-flight messages, as a math expression."""
        props = _metric_options(locals())
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
