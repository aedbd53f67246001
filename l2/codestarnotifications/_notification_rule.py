"""``NotificationRule``: a CodeStar Notifications rule, new or imported."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Names, Resource
from constructs.internals import structs
from l1.interfaces.codestarnotifications import NotificationRuleReference

if TYPE_CHECKING:
    from l1.codestarnotifications import CfnNotificationRule
    from l2.codestarnotifications._interfaces import (
        INotificationRule,
        INotificationRuleSource,
        INotificationRuleTarget,
    )


class DetailType(enum.Enum):
    """How much detail the notifications carry."""

    BASIC = "BASIC"
    """The event's content only, as CloudWatch shows it."""
    FULL = "FULL"
    """The event plus what CodeStar Notifications and the service add."""


@structs.frozen(kw_only=True)
class NotificationRuleOptions:
    """The options of a notification rule (what ``notify_on`` methods take; see ``NotificationRule``)."""

    created_by: str | None = None
    """The name or email alias of the rule's creator (default: none)."""
    detail_type: DetailType | None = None
    """The level of detail of the notifications (default: ``DetailType.FULL``)."""
    enabled: bool | None = None
    """Whether the rule sends notifications (default: true, rendered as no ``Status``)."""
    notification_rule_name: str | None = None
    """The name of the rule, unique in the account (default: the last 64 characters of the unique id)."""


@structs.frozen(kw_only=True)
class NotificationRuleProps(NotificationRuleOptions):
    """The properties of a ``NotificationRule`` (see that class for each keyword)."""

    events: Sequence[str]
    """The event type ids the rule notifies about."""
    source: INotificationRuleSource
    """The resource the rule watches."""
    targets: Sequence[INotificationRuleTarget] | None = None
    """Where notifications go (default: none; see ``add_target``)."""


class _ImportedNotificationRule(Resource):
    def __init__(self, scope: Construct, id: str, notification_rule_arn: str) -> None:
        super().__init__(scope, id, environment_from_arn=notification_rule_arn)
        self.notification_rule_arn = notification_rule_arn

    @property
    def notification_rule_ref(self) -> NotificationRuleReference:
        """A reference to this rule (its ARN)."""
        return NotificationRuleReference(notification_rule_arn=self.notification_rule_arn)

    def add_target(self, target: INotificationRuleTarget) -> bool:
        """An imported rule takes no targets: ``False``."""
        return False


class NotificationRule(Resource):
    """A CodeStar Notifications rule (``AWS::CodeStarNotifications::NotificationRule``).

    Args:
        scope: the parent construct.
        id: the construct id.
        events: the event type ids the rule notifies about (duplicates are dropped).
        source: the resource the rule watches (``bind_as_notification_rule_source``).
        targets: where notifications go (default: none; see ``add_target``).
        created_by: the name or email alias of the rule's creator (default: none).
        detail_type: the level of detail of the notifications (default: ``DetailType.FULL``).
        enabled: whether the rule sends notifications (default: true, rendered as no ``Status``).
        notification_rule_name: the name of the rule, unique in the account (default: the last 64 characters of
            the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codestarnotifications.NotificationRule"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        events: Sequence[str],
        source: INotificationRuleSource,
        targets: Sequence[INotificationRuleTarget] | None = None,
        created_by: str | None = None,
        detail_type: DetailType | None = None,
        enabled: bool | None = None,
        notification_rule_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.codestarnotifications import CfnNotificationRule

        source_config = source.bind_as_notification_rule_source(self)
        self._events: list[str] = []
        self._add_events(events)
        self._targets: list[CfnNotificationRule.TargetProperty] = []
        self._resource: CfnNotificationRule = CfnNotificationRule(
            self, "Resource",
            name=notification_rule_name or Names.unique_id(self)[-64:],
            detail_type=(detail_type or DetailType.FULL).value,
            targets=self._targets,
            event_type_ids=self._events,
            resource=source_config.source_arn,
            status=None if enabled is None else ("ENABLED" if enabled else "DISABLED"),
            created_by=created_by,
        )
        self.notification_rule_arn: str = self._resource.ref
        for target in targets or ():
            self.add_target(target)

    @property
    def notification_rule_ref(self) -> NotificationRuleReference:
        """A reference to this rule (its ARN)."""
        return NotificationRuleReference(notification_rule_arn=self.notification_rule_arn)

    def add_target(self, target: INotificationRuleTarget) -> bool:
        """Notify ``target`` too (``True``: it was added)."""
        from l1.codestarnotifications import CfnNotificationRule

        config = target.bind_as_notification_rule_target(self)
        self._targets.append(CfnNotificationRule.TargetProperty(target_address=config.target_address,
                                                                target_type=config.target_type))
        return True

    def _add_events(self, events: Sequence[str]) -> None:
        for event in events:
            if event not in self._events:
                self._events.append(event)

    @staticmethod
    def from_notification_rule_arn(scope: Construct, id: str, notification_rule_arn: str) -> INotificationRule:
        """Import the notification rule of ARN ``notification_rule_arn``."""
        return _ImportedNotificationRule(scope, id, notification_rule_arn)
