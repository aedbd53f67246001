"""``TopicBase``: what new and imported topics share (subscriptions, resource policy, grants, metrics)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource, Token, ValidationError
from constructs.internals import structs
from l1._private.interfaces.sns import TopicReference as TopicReference
from l2._private.metric_options import given_options as _metric_options
from l2.sns._grants import TopicGrants
from l2.sns._policy import ssl_only_statement
from l2.sns._subscription import Subscription

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.codestarnotifications import NotificationRuleTargetConfig
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
    from l2.sns._interfaces import ITopicSubscription
    from l2.sns._policy import TopicPolicy

_TOKEN_SUBSCRIPTION = re.compile(r"TokenSubscription:(\d*)")


@structs.frozen(kw_only=True)
class GrantOnKeyResult:
    """What ``grant_on_key`` returns: the grant on the topic's key, or ``None`` when it has none."""

    grant: Grant | None = None


class TopicBase(Resource):
    """A new or imported SNS topic.

    Subclasses set ``topic_arn``, ``topic_name``, ``fifo``, ``content_based_deduplication``, ``master_key`` and
    ``_auto_create_policy``.
    """

    topic_arn: str
    topic_name: str
    fifo: bool
    content_based_deduplication: bool
    master_key: IKey | None
    _auto_create_policy: bool = False

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self._policy: TopicPolicy | None = None
        self.enforce_ssl: bool | None = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def policy(self) -> TopicPolicy | None:
        """The topic policy, once created."""
        return self._policy

    def add_subscription(self, topic_subscription: ITopicSubscription) -> Subscription:
        """Subscribe an endpoint (``l2.sns_subscriptions``) to this topic; returns the ``Subscription``.

        The subscription is created under the subscriber's scope when it names one (e.g. the queue), else under
        the topic, with the id the subscriber chooses.
        """
        config = topic_subscription.bind(self)
        scope = config.subscriber_scope or self
        sub_id = config.subscriber_id
        if Token.is_unresolved(sub_id):
            sub_id = _next_token_id(scope)
        if scope.node.try_find_child(sub_id) is not None:
            raise ValidationError(
                f'A subscription with id "{sub_id}" already exists under the scope {scope.node.path}', scope
            )
        fields: dict[str, Any] = {
            "endpoint": config.endpoint,
            "protocol": config.protocol,
            "dead_letter_queue": config.dead_letter_queue,
            "delivery_policy": config.delivery_policy,
            "filter_policy": config.filter_policy,
            "filter_policy_with_message_body": config.filter_policy_with_message_body,
            "raw_message_delivery": config.raw_message_delivery,
            "region": config.region,
            "subscription_role_arn": config.subscription_role_arn,
        }
        keys = getattr(type(topic_subscription), "_JS_CONFIG_KEYS", None)
        if keys is not None:  # aws-cdk-lib spreads bind()'s object literal: its keys first, in its order
            fields = {**{k: fields[k] for k in keys}, **{k: v for k, v in fields.items() if k not in keys and v is not None}}
        subscription = Subscription(scope, sub_id, topic=self, **fields)
        if config.subscription_dependency is not None:
            subscription.node.add_dependency(config.subscription_dependency)
        return subscription

    def _create_topic_policy(self) -> None:
        if self._policy is None and self._auto_create_policy:
            from l2.sns._policy import TopicPolicy

            self._policy = TopicPolicy(self, "Policy", topics=[self])

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the topic policy (created on first use; imported topics are left unchanged)."""
        from l2 import iam

        self._create_topic_policy()
        if self._policy is not None:
            self._policy.document.add_statements(statement)
            return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self._policy)
        return iam.AddToResourcePolicyResult(statement_added=False)

    def _add_ssl_policy(self) -> None:
        self._create_topic_policy()
        if self._policy is not None:
            self._policy.document.add_statements(ssl_only_statement(self.topic_arn))

    # -- grants --------------------------------------------------------------------------------------------
    @property
    def grants(self) -> TopicGrants:
        """Permission helpers for this topic."""
        return TopicGrants(self)

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Grant ``sns:Publish`` (and ``kms:Decrypt``/``kms:GenerateDataKey*`` on the master key)."""
        return self.grants.publish(grantee)

    def grant_subscribe(self, grantee: IGrantable) -> Grant:
        """Grant ``sns:Subscribe``."""
        return self.grants.subscribe(grantee)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the topic's KMS key (no grant when the topic has no master key)."""
        key = self.master_key
        return GrantOnKeyResult(grant=key.grant(grantee, *actions) if key is not None else None)

    @property
    def topic_ref(self) -> TopicReference:
        """The topic's ARN."""
        return TopicReference(topic_arn=self.topic_arn)

    def bind_as_notification_rule_target(self, _scope: Construct) -> NotificationRuleTargetConfig:
        """Use this topic as a CodeStar Notifications rule target: lets ``codestar-notifications`` publish to it."""
        from l2 import iam
        from l2.codestarnotifications import NotificationRuleTargetConfig

        self.grant_publish(iam.ServicePrincipal("codestar-notifications.amazonaws.com"))
        return NotificationRuleTargetConfig(target_type="SNS", target_address=self.topic_arn)

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
        """A CloudWatch metric of this topic (namespace ``AWS/SNS``, dimension ``TopicName``).

        The keywords are aws-cdk-lib's ``MetricOptions`` (default: Average over 5 minutes).
        """
        props = _metric_options(locals())
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/SNS", "dimensions_map": {"TopicName": self.topic_name}}
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

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
        """Messages published (Sum)."""
        return self.metric("NumberOfMessagesPublished", **{"statistic": "Sum", **_metric_options(locals())})

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
        """Messages delivered (Sum)."""
        return self.metric("NumberOfNotificationsDelivered", **{"statistic": "Sum", **_metric_options(locals())})

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
        """Deliveries that failed (Sum)."""
        return self.metric("NumberOfNotificationsFailed", **{"statistic": "Sum", **_metric_options(locals())})

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
        """Messages rejected by subscription filter policies (Sum)."""
        return self.metric("NumberOfNotificationsFilteredOut", **{"statistic": "Sum", **_metric_options(locals())})

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
        """Messages rejected because their attributes are invalid (Sum)."""
        return self.metric("NumberOfNotificationsFilteredOut-InvalidAttributes", **{"statistic": "Sum", **_metric_options(locals())})

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
        """Messages rejected because they have no attributes (Sum)."""
        return self.metric("NumberOfNotificationsFilteredOut-NoMessageAttributes", **{"statistic": "Sum", **_metric_options(locals())})

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
        """The size of published messages (Average)."""
        return self.metric("PublishSize", **{"statistic": "Average", **_metric_options(locals())})

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
        """The charges for SMS messages this month, in USD (Maximum)."""
        return self.metric("SMSMonthToDateSpentUSD", **{"statistic": "Maximum", **_metric_options(locals())})

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
        """The rate of successful SMS deliveries (Sum)."""
        return self.metric("SMSSuccessRate", **{"statistic": "Sum", **_metric_options(locals())})


def _next_token_id(scope: Construct) -> str:
    """``TokenSubscription:<n>`` after the highest one under ``scope``.

    aws-cdk-lib scans with a global JavaScript regex whose ``lastIndex`` carries over between ids; the scan below
    reproduces that so the numbering is identical.
    """
    next_suffix = 1
    last_index = 0
    for node in scope.node.find_all():
        text = node.node.id
        match = _TOKEN_SUBSCRIPTION.search(text, last_index) if last_index <= len(text) else None
        if match is None:
            last_index = 0
            continue
        last_index = match.end()
        suffix = int(match.group(1)) if match.group(1) else 0
        if suffix >= next_suffix:
            next_suffix = suffix + 1
    return f"TokenSubscription:{next_suffix}"


class _PolicyValidation:
    """Checks the topic policy's statements when the app is synthesized."""

    __slots__ = ("_topic",)

    def __init__(self, topic: TopicBase) -> None:
        self._topic = topic

    def validate(self) -> list[str]:
        policy = self._topic._policy
        return list(policy.document.validate_for_resource_policy()) if policy is not None else []
