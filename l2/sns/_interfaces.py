"""``ITopic`` and ``ITopicSubscription``: the interfaces of topics and subscribers (for type hints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.sns import ITopicRef

if TYPE_CHECKING:
    from constructs import Construct, Duration
    from l2.cloudwatch import Metric, Unit
    from l2.codestarnotifications import NotificationRuleTargetConfig
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
    from l2.sns._subscription import Subscription, TopicSubscriptionConfig


@runtime_checkable
class ITopic(ITopicRef, Protocol):
    """An SNS topic: ``Topic`` or one returned by ``Topic.from_topic_arn`` / ``from_topic_attributes``."""

    @property
    def topic_arn(self) -> str: ...

    @property
    def topic_name(self) -> str: ...

    @property
    def fifo(self) -> bool: ...

    @property
    def content_based_deduplication(self) -> bool: ...

    @property
    def master_key(self) -> IKey | None: ...


    def add_subscription(self, subscription: ITopicSubscription, /) -> Subscription: ...

    def bind_as_notification_rule_target(self, scope: Construct, /) -> NotificationRuleTargetConfig:
        """The topic as a CodeStar Notifications rule target (aws-cdk-lib's ``ITopic`` extends
        ``INotificationRuleTarget``)."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement, /) -> AddToResourcePolicyResult: ...

    def grant_publish(self, identity: IGrantable, /) -> Grant: ...

    def grant_subscribe(self, identity: IGrantable, /) -> Grant: ...

    def metric(
        self,
        metric_name: str, /,
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
        """A metric of this topic."""
        ...

    def metric_number_of_messages_published(
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
        """See ``TopicBase.metric_number_of_messages_published``."""
        ...

    def metric_number_of_notifications_delivered(
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
        """See ``TopicBase.metric_number_of_notifications_delivered``."""
        ...

    def metric_number_of_notifications_failed(
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
        """See ``TopicBase.metric_number_of_notifications_failed``."""
        ...

    def metric_number_of_notifications_filtered_out(
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
        """See ``TopicBase.metric_number_of_notifications_filtered_out``."""
        ...

    def metric_number_of_notifications_filtered_out_invalid_attributes(
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
        """See ``TopicBase.metric_number_of_notifications_filtered_out_invalid_attributes``."""
        ...

    def metric_number_of_notifications_filtered_out_no_message_attributes(
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
        """See ``TopicBase.metric_number_of_notifications_filtered_out_no_message_attributes``."""
        ...

    def metric_publish_size(
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
        """See ``TopicBase.metric_publish_size``."""
        ...

    def metric_sms_month_to_date_spent_usd(
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
        """See ``TopicBase.metric_sms_month_to_date_spent_usd``."""
        ...

    def metric_sms_success_rate(
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
        """See ``TopicBase.metric_sms_success_rate``."""
        ...


@runtime_checkable
class ITopicSubscription(Protocol):
    """A subscriber (``l2.sns_subscriptions``): ``bind(topic)`` returns a ``TopicSubscriptionConfig``."""

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig: ...
