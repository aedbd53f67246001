"""``LambdaDestination``: deliver subscription-filter events to a Lambda function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct
from constructs.internals import structs
from l2.logs import LogSubscriptionDestinationConfig

if TYPE_CHECKING:
    from l2.lambda_ import IFunction
    from l2.logs import ILogGroup


@structs.frozen(kw_only=True)
class LambdaDestinationOptions:
    """The options of a ``LambdaDestination``: whether to add the invoke permission (default true).

    Args:
        add_permissions: add the permission that lets CloudWatch Logs invoke the function (default true).
    """

    add_permissions: bool | None = None


class LambdaDestination:
    """A function as a subscription filter destination.

    Args:
        fn: the function.
        add_permissions: add the ``CanInvokeLambda`` permission for CloudWatch Logs (default True); the
            subscription filter then depends on it.
    """

    def __init__(self, fn: IFunction, *, add_permissions: bool | None = None) -> None:
        self.fn = fn
        self._add_permissions = add_permissions

    def bind(self, scope: Construct, log_group: ILogGroup) -> LogSubscriptionDestinationConfig:
        """Allow CloudWatch Logs to invoke the function from ``log_group``."""
        if self._add_permissions is not False:
            from l2 import iam

            permission_id = "CanInvokeLambda"
            self.fn.add_permission(permission_id, principal=iam.ServicePrincipal("logs.amazonaws.com"),
                                   source_arn=log_group.log_group_arn, scope=scope)
            permission = scope.node.try_find_child(permission_id)
            if permission is not None:
                scope.node.add_dependency(permission)
        return LogSubscriptionDestinationConfig(arn=self.fn.function_arn)
