"""The notification rule interfaces: ``INotificationRule``, ``INotificationRuleSource``, ``INotificationRuleTarget``,
and the structs their ``bind`` methods return."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from constructs import Construct, IResource
from constructs.internals import structs


@structs.frozen(kw_only=True)
class NotificationRuleSourceConfig:
    """What ``bind_as_notification_rule_source`` returns: the watched resource."""

    source_arn: str
    """The ARN of the resource (a CodeBuild project, a CodePipeline pipeline, a CodeCommit repository)."""


@structs.frozen(kw_only=True)
class NotificationRuleTargetConfig:
    """What ``bind_as_notification_rule_target`` returns: where notifications go."""

    target_address: str
    """The ARN of the target (an SNS topic, an AWS Chatbot Slack channel configuration)."""
    target_type: str
    """The type of the target (``SNS``, ``AWSChatbotSlack``)."""


@runtime_checkable
class INotificationRuleSource(Protocol):
    """A resource a notification rule can watch (a CodeBuild project, a pipeline, a repository)."""

    def bind_as_notification_rule_source(self, scope: Construct, /) -> NotificationRuleSourceConfig:
        """The source's ARN, for the rule ``scope``."""
        ...


@runtime_checkable
class INotificationRuleTarget(Protocol):
    """Something a notification rule can notify (an SNS topic, a Slack channel configuration)."""

    def bind_as_notification_rule_target(self, scope: Construct, /) -> NotificationRuleTargetConfig:
        """The target's type and address, for the rule ``scope``."""
        ...


@runtime_checkable
class INotificationRule(IResource, Protocol):
    """A CodeStar Notifications rule: ``NotificationRule`` or one imported by ARN."""

    @property
    def notification_rule_arn(self) -> str:
        """The ARN of the notification rule."""
        ...

    def add_target(self, target: INotificationRuleTarget) -> bool:
        """Notify ``target`` too; whether it was added (an imported rule adds none)."""
        ...
