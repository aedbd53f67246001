"""AWS CodeStar Notifications constructs (aws-cdk-lib: ``aws_cdk.aws_codestarnotifications``): ``NotificationRule``,
its source and target interfaces, and the L1 classes."""

from constructs.internals import check_public_classes
from l1.codestarnotifications import *  # noqa: F403
from l1.codestarnotifications import __all__ as _l1_all
from l2.codestarnotifications._interfaces import (
    INotificationRule,
    INotificationRuleSource,
    INotificationRuleTarget,
    NotificationRuleSourceConfig,
    NotificationRuleTargetConfig,
)
from l2.codestarnotifications._notification_rule import (
    DetailType,
    NotificationRule,
    NotificationRuleOptions,
    NotificationRuleProps,
)

__all__ = [
    *_l1_all,
    "DetailType",
    "INotificationRule",
    "INotificationRuleSource",
    "INotificationRuleTarget",
    "NotificationRule",
    "NotificationRuleOptions",
    "NotificationRuleProps",
    "NotificationRuleSourceConfig",
    "NotificationRuleTargetConfig",
]

check_public_classes(globals())
