"""``IQueue``: the interface of new and imported queues (for type hints, as in aws-cdk-lib)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.sqs import IQueueRef

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import MathExpression, Metric, Unit
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
    from l2.sqs._queue_base import QueueEncryption


@runtime_checkable
class IQueue(IQueueRef, Protocol):
    """An SQS queue: ``Queue`` or one returned by ``Queue.from_queue_arn`` / ``from_queue_attributes``."""

    @property
    def queue_arn(self) -> str:
        """The ARN of this queue."""
        ...

    @property
    def queue_url(self) -> str:
        """The URL of this queue."""
        ...

    @property
    def queue_name(self) -> str:
        """The name of this queue."""
        ...

    @property
    def fifo(self) -> bool:
        """Whether this is a FIFO queue."""
        ...

    @property
    def encryption_master_key(self) -> IKey | None:
        """The KMS key that encrypts this queue's messages, if any."""
        ...

    @property
    def encryption_type(self) -> QueueEncryption | None:
        """How this queue's messages are encrypted, when known."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to this queue's resource policy."""
        ...

    def grant(self, grantee: IGrantable, *queue_actions: str) -> Grant:
        """Grant ``queue_actions`` on this queue to ``grantee``."""
        ...

    def grant_consume_messages(self, grantee: IGrantable) -> Grant:
        """Grant the permissions to receive and delete messages."""
        ...

    def grant_send_messages(self, grantee: IGrantable) -> Grant:
        """Grant the permissions to send messages."""
        ...

    def grant_purge(self, grantee: IGrantable) -> Grant:
        """Grant the permission to purge the queue."""
        ...

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
        """A metric of this queue."""
        ...

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
        """See ``QueueBase.metric_approximate_age_of_oldest_message``."""
        ...

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
        """See ``QueueBase.metric_approximate_number_of_messages_delayed``."""
        ...

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
        """See ``QueueBase.metric_approximate_number_of_messages_not_visible``."""
        ...

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
        """See ``QueueBase.metric_approximate_number_of_messages_outstanding``."""
        ...

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
        """See ``QueueBase.metric_approximate_number_of_messages_visible``."""
        ...

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
        """See ``QueueBase.metric_number_of_empty_receives``."""
        ...

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
        """See ``QueueBase.metric_number_of_messages_deleted``."""
        ...

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
        """See ``QueueBase.metric_number_of_messages_received``."""
        ...

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
        """See ``QueueBase.metric_number_of_messages_sent``."""
        ...

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
        """See ``QueueBase.metric_sent_message_size``."""
        ...
