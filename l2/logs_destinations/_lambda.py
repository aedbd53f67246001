"""``LambdaDestination``: deliver subscription-filter events to a Lambda function."""

from __future__ import annotations

from typing import Any

from constructs import Construct
from l2.logs import LogSubscriptionDestinationConfig


class LambdaDestination:
    """A function as a subscription filter destination.

    Args:
        fn: the function.
        add_permissions: add the ``CanInvokeLambda`` permission for CloudWatch Logs (default True); the
            subscription filter then depends on it.
    """

    def __init__(self, fn: Any, *, add_permissions: bool | None = None) -> None:
        self.fn = fn
        self._add_permissions = add_permissions

    def bind(self, scope: Construct, source_log_group: Any) -> LogSubscriptionDestinationConfig:
        """Allow CloudWatch Logs to invoke the function from ``source_log_group``."""
        if self._add_permissions is not False:
            from l2 import iam

            permission_id = "CanInvokeLambda"
            self.fn.add_permission(permission_id, principal=iam.ServicePrincipal("logs.amazonaws.com"),
                                   source_arn=source_log_group.log_group_arn, scope=scope)
            permission = scope.node.try_find_child(permission_id)
            if permission is not None:
                scope.node.add_dependency(permission)
        return LogSubscriptionDestinationConfig(arn=self.fn.function_arn)
