"""``IQueue``: the interface of new and imported queues (for type hints, as in aws-cdk-lib)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import MathExpression, Metric, Unit
    from l2.sqs._queue_base import QueueEncryption


@runtime_checkable
class IQueue(Protocol):
    """An SQS queue: ``Queue`` or one returned by ``Queue.from_queue_arn`` / ``from_queue_attributes``."""

    queue_arn: str
    queue_url: str
    queue_name: str
    fifo: bool
    encryption_master_key: Any
    encryption_type: QueueEncryption | None

    def add_to_resource_policy(self, statement: Any) -> Any: ...

    def grant(self, grantee: Any, *queue_actions: str) -> Any: ...

    def grant_consume_messages(self, grantee: Any) -> Any: ...

    def grant_send_messages(self, grantee: Any) -> Any: ...

    def grant_purge(self, grantee: Any) -> Any: ...

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
