"""``SingletonFunction``: one function per stack for a given ``uuid``, however many times it is declared."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from constructs import Construct, Stack
from constructs.internals import check_deprecated_props
from l2._private.signatures import lazy_signature

from ._function import Function
from ._function_base import FunctionBase

if TYPE_CHECKING:
    import inspect
    from collections.abc import Sequence

    from constructs import IDependable, Node
    from l2.iam import IPrincipal, IRole
    from l2.lambda_._function_url import FunctionUrlAuthType
    from l2.lambda_._layers import ILayerVersion
    from l2.lambda_._runtime import Architecture
    from l2.lambda_._version import Version
    from l2.logs import ILogGroup


class SingletonFunction(FunctionBase):
    """A function created once per stack (construct id ``<lambda_purpose or SingletonLambda><uuid>`` under the stack).

    Args:
        uuid: identifies the function; declarations with the same uuid share it.
        lambda_purpose: replaces ``SingletonLambda`` in the construct id.
        **props: the ``Function`` keyword arguments (see ``Function``; only the first declaration uses them).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.SingletonFunction"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    @lazy_signature(lambda _init: _singleton_signature())  # the Function keyword arguments it forwards
    def __init__(self, scope: Construct, id: str, *, uuid: str, lambda_purpose: str | None = None,
                 **props: Any) -> None:
        check_deprecated_props("aws_lambda.SingletonFunctionProps", locals())
        super().__init__(scope, id)
        self.construct_name: str = (lambda_purpose or "SingletonLambda") + re.sub(r"[^a-zA-Z0-9]", "", uuid)
        stack = Stack.of(self)
        existing = stack.node.try_find_child(self.construct_name)
        self.lambda_function: Function = existing if existing is not None else Function(
            stack, self.construct_name, **props)
        fn = self.lambda_function
        self.architecture: Architecture = fn.architecture
        self.function_arn: str = fn.function_arn
        self.function_name: str = fn.function_name
        self.role: IRole | None = fn.role
        self.runtime = fn.runtime
        self.grant_principal: IPrincipal = fn.grant_principal
        self.can_create_permissions = True

    @property
    def permissions_node(self) -> Node:
        """Permissions live under the shared function."""
        return self.lambda_function.node

    @property
    def current_version(self) -> Version:
        """The shared function's ``current_version``."""
        return self.lambda_function.current_version

    @property
    def log_group(self) -> ILogGroup:
        """The shared function's log group."""
        return self.lambda_function.log_group

    def add_environment(self, key: str, value: str, *, remove_in_edge: bool | None = None) -> Function:
        """Add an environment variable to the shared function."""
        return self.lambda_function.add_environment(key, value, remove_in_edge=remove_in_edge)

    def add_layers(self, *layers: ILayerVersion) -> None:
        """Add layers to the shared function."""
        self.lambda_function.add_layers(*layers)

    def add_permission(
        self,
        name: str,
        *,
        principal: IPrincipal,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Add a permission to the shared function."""
        self.lambda_function.add_permission(
            name, principal=principal, action=action, event_source_token=event_source_token,
            function_url_auth_type=function_url_auth_type, invoked_via_function_url=invoked_via_function_url,
            organization_id=organization_id, scope=scope, source_account=source_account, source_arn=source_arn)

    def add_metadata(self, type: str, data: object, *, stack_trace: bool | None = None,
                     stack_trace_override: Sequence[str] | None = None, trace_from_function: Any = None) -> None:
        """Add metadata to the shared function's node."""
        self.lambda_function.node.add_metadata(type, data)

    def add_dependency(self, *up: IDependable) -> None:
        """Make the shared function depend on ``up``."""
        self.lambda_function.node.add_dependency(*up)

    def depend_on(self, down: Construct) -> None:
        """Make ``down`` depend on the shared function."""
        down.node.add_dependency(self.lambda_function)


def _singleton_signature() -> inspect.Signature:
    import inspect

    base = inspect.signature(Function.__init__)
    params = list(base.parameters.values())
    extra = [inspect.Parameter("uuid", inspect.Parameter.KEYWORD_ONLY, annotation="str"),
             inspect.Parameter("lambda_purpose", inspect.Parameter.KEYWORD_ONLY, default=None,
                               annotation="str | None")]
    return base.replace(parameters=[*params[:3], *extra, *params[3:]])
