"""The CodeStar Notifications rule that ``notify_on`` methods create (aws-cdk-lib's
``aws_codestarnotifications.NotificationRule``), shared by the developer-tools services."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Names, Resource

if TYPE_CHECKING:
    from l1.codestarnotifications import CfnNotificationRule


class DetailType(enum.Enum):
    """How much detail a notification carries (aws-cdk-lib's ``aws_codestarnotifications.DetailType``)."""

    BASIC = "BASIC"
    FULL = "FULL"


@runtime_checkable
class INotificationRuleTarget(Protocol):
    """Something a notification rule can notify: an SNS topic or a chat channel."""

    def bind_as_notification_rule_target(self, scope: Construct) -> Any:
        """The target's type and address (a ``NotificationRuleTargetConfig``)."""
        ...


@runtime_checkable
class INotificationRule(Protocol):
    """A CodeStar Notifications rule."""

    @property
    def notification_rule_arn(self) -> str:
        """The rule's ARN."""
        ...

    def add_target(self, target: INotificationRuleTarget) -> bool:
        """Notify ``target`` too."""
        ...


class NotificationRuleSourceConfig:
    """What ``bind_as_notification_rule_source`` returns: the ARN of the watched resource."""

    def __init__(self, *, source_arn: str) -> None:
        self.source_arn = source_arn


class NotificationRule(Resource):
    """A ``AWS::CodeStarNotifications::NotificationRule`` on ``source_arn`` for ``events``."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        source: Any,
        events: Sequence[str],
        targets: Sequence[INotificationRuleTarget] = (),
        notification_rule_name: str | None = None,
        enabled: bool | None = None,
        detail_type: DetailType | None = None,
        created_by: str | None = None,
    ) -> None:
        from l1.codestarnotifications import CfnNotificationRule

        super().__init__(scope, id)
        config = source.bind_as_notification_rule_source(self)
        self._events: list[str] = []
        for event in events:
            if event not in self._events:
                self._events.append(event)
        self._targets: list[dict[str, Any]] = []
        self._resource: CfnNotificationRule = CfnNotificationRule(
            self,
            "Resource",
            name=notification_rule_name or Names.unique_id(self)[-64:],
            detail_type=(detail_type or DetailType.FULL).value,
            targets=self._targets,  # type: ignore[arg-type]  # filled by add_target
            event_type_ids=self._events,
            resource=config.source_arn,
            status=None if enabled is None else ("ENABLED" if enabled else "DISABLED"),
            created_by=created_by,
        )
        self.notification_rule_arn: str = self._resource.ref
        for target in targets:
            self.add_target(target)

    def add_target(self, target: INotificationRuleTarget) -> bool:
        """Notify ``target`` too."""
        config = target.bind_as_notification_rule_target(self)
        self._targets.append({"targetType": config.target_type, "targetAddress": config.target_address})
        return True
