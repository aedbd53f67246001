"""Ready-made integrations: ``MockIntegration``, ``HttpIntegration``, ``AwsIntegration``, ``LambdaIntegration``."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    Duration,
    Lazy,
    Names,
    Stack,
    Token,
    UnscopedValidationError,
)
from constructs.internals import structs
from l2.apigateway._integration import (
    ConnectionType,
    ContentHandling,
    Integration,
    IntegrationConfig,
    IntegrationOptions,
    IntegrationResponse,
    IntegrationType,
    PassthroughBehavior,
    ResponseTransferMode,
)
from l2.apigateway._private.util import parse_aws_api_call

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IVpcLink
    from l2.apigateway._method import Method
    from l2.iam import IRole
    from l2.lambda_ import IFunction


class MockIntegration(Integration):
    """An integration that returns a response without calling a backend (``MOCK``).

    Takes the ``IntegrationOptions`` fields as keyword arguments.
    """

    def __init__(
        self,
        *,
        cache_key_parameters: Sequence[str] | None = None,
        cache_namespace: str | None = None,
        connection_type: ConnectionType | None = None,
        content_handling: ContentHandling | None = None,
        credentials_passthrough: bool | None = None,
        credentials_role: IRole | None = None,
        integration_responses: Sequence[IntegrationResponse] | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        response_transfer_mode: ResponseTransferMode | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> None:
        options = IntegrationOptions(
            cache_key_parameters=cache_key_parameters,
            cache_namespace=cache_namespace,
            connection_type=connection_type,
            content_handling=content_handling,
            credentials_passthrough=credentials_passthrough,
            credentials_role=credentials_role,
            integration_responses=integration_responses,
            passthrough_behavior=passthrough_behavior,
            request_parameters=request_parameters,
            request_templates=request_templates,
            response_transfer_mode=response_transfer_mode,
            timeout=timeout,
            vpc_link=vpc_link,
        )
        super().__init__(type=IntegrationType.MOCK, options=options)


class HttpIntegration(Integration):
    """An integration with an HTTP backend (``HTTP_PROXY`` by default).

    Args:
        url: the backend URL.
        http_method: the method used to call the backend (default ``GET``).
        options: integration options.
        proxy: pass the request through unchanged (default True).
    """

    def __init__(
        self,
        url: str,
        *,
        http_method: str | None = None,
        options: IntegrationOptions | None = None,
        proxy: bool | None = None,
    ) -> None:
        proxy = True if proxy is None else proxy
        super().__init__(
            type=IntegrationType.HTTP_PROXY if proxy else IntegrationType.HTTP,
            integration_http_method=http_method or "GET",
            uri=url,
            options=options,
        )


class AwsIntegration(Integration):
    """An integration with an AWS service API (``arn:<partition>:apigateway:<region>:<service>:<path|action>``).

    Args:
        service: the service (``sqs``, ``sns``, ``lambda`` ...).
        action: the API action (mutually exclusive with ``path``).
        action_parameters: query parameters of ``action``.
        integration_http_method: the method used to call the service (default ``POST``).
        options: integration options.
        path: the API path (mutually exclusive with ``action``).
        proxy: use ``AWS_PROXY`` (default False).
        region: the service region (default: the stack's).
        subdomain: a service subdomain (``<subdomain>.<service>``).

    Raises:
        UnscopedValidationError: both or neither of ``path`` and ``action``.
    """

    def __init__(
        self,
        *,
        service: str,
        action: str | None = None,
        action_parameters: Mapping[str, str] | None = None,
        integration_http_method: str | None = None,
        options: IntegrationOptions | None = None,
        path: str | None = None,
        proxy: bool | None = None,
        region: str | None = None,
        subdomain: str | None = None,
    ) -> None:
        backend = f"{subdomain}.{service}" if subdomain else service
        api_type, api_value = parse_aws_api_call(path, action, action_parameters)
        self._scope: Method | None = None

        def produce() -> str:
            if self._scope is None:
                raise UnscopedValidationError("AwsIntegration must be used in API")
            return Stack.of(self._scope).format_arn(
                service="apigateway",
                account=backend,
                resource=api_type,
                arn_format=ArnFormat.SLASH_RESOURCE_NAME,
                resource_name=api_value,
                region=region,
            )

        super().__init__(
            type=IntegrationType.AWS_PROXY if proxy else IntegrationType.AWS,
            integration_http_method=integration_http_method or "POST",
            uri=Lazy.string(produce),
            options=options,
        )

    def bind(self, method: Method) -> IntegrationConfig:
        config = super().bind(method)
        self._scope = method
        return config


class LambdaIntegration(AwsIntegration):
    """Invoke a Lambda function (``AWS_PROXY`` by default) and allow API Gateway to call it.

    Args:
        handler: the function.
        allow_test_invoke: also allow the console's test-invoke stage (default True).
        proxy: use Lambda proxy integration (default True).
        scope_permission_to_method: one permission per method (default True); False adds one permission for
            the whole API.
        Other keyword arguments are the ``IntegrationOptions`` fields.
    """

    def __init__(
        self,
        handler: IFunction,
        *,
        allow_test_invoke: bool | None = None,
        proxy: bool | None = None,
        scope_permission_to_method: bool | None = None,
        cache_key_parameters: Sequence[str] | None = None,
        cache_namespace: str | None = None,
        connection_type: ConnectionType | None = None,
        content_handling: ContentHandling | None = None,
        credentials_passthrough: bool | None = None,
        credentials_role: IRole | None = None,
        integration_responses: Sequence[IntegrationResponse] | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        response_transfer_mode: ResponseTransferMode | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> None:
        options = IntegrationOptions(
            cache_key_parameters=cache_key_parameters,
            cache_namespace=cache_namespace,
            connection_type=connection_type,
            content_handling=content_handling,
            credentials_passthrough=credentials_passthrough,
            credentials_role=credentials_role,
            integration_responses=integration_responses,
            passthrough_behavior=passthrough_behavior,
            request_parameters=request_parameters,
            request_templates=request_templates,
            response_transfer_mode=response_transfer_mode,
            timeout=timeout,
            vpc_link=vpc_link,
        )
        if response_transfer_mode is ResponseTransferMode.STREAM:
            path = f"2021-11-15/functions/{handler.function_arn}/response-streaming-invocations"
        else:
            path = f"2015-03-31/functions/{handler.function_arn}/invocations"
        super().__init__(proxy=True if proxy is None else proxy, service="lambda", path=path, options=options)
        self.handler = handler
        self._enable_test = True if allow_test_invoke is None else allow_test_invoke
        self._scope_permission_to_method = True if scope_permission_to_method is None else scope_permission_to_method

    def bind(self, method: Method) -> IntegrationConfig:
        config = super().bind(method)
        from l2.iam import ServicePrincipal

        principal = ServicePrincipal("apigateway.amazonaws.com")
        api = method.api
        if self._scope_permission_to_method:
            desc = f"{Names.node_unique_id(api.node)}.{method.http_method}.{method.resource.path.replace('/', '.')}"
            self.handler.add_permission(
                f"ApiPermission.{desc}",
                principal=principal,
                scope=method,
                source_arn=Lazy.string(lambda: method.method_arn),
            )
            if self._enable_test:
                self.handler.add_permission(
                    f"ApiPermission.Test.{desc}", principal=principal, scope=method, source_arn=method.test_method_arn
                )
        else:
            permission_id = (
                f"ApiPermission.ApiScoped.{Names.node_unique_id(self.handler.node)}"  # type: ignore[attr-defined]
                f".{Names.node_unique_id(api.node)}"
            )
            from l1.lambda_ import CfnPermission

            exists = any(isinstance(c, CfnPermission) and c.node.id == permission_id for c in api.node.find_all())
            if not exists:
                self.handler.add_permission(
                    permission_id,
                    principal=principal,
                    scope=api,
                    source_arn=Lazy.string(lambda: api.arn_for_execute_api()),
                )
            if not self._enable_test:
                Annotations.of(method).add_warning_v2(
                    "@aws-cdk/aws-apigateway:allowTestInvoke",
                    "Value 'false' for 'allowTestInvoke' in LambdaIntegration is ignored since "
                    "'scopePermissionToMethod' is 'false'",
                )
        function_name = _function_name(self.handler)
        token = None
        if function_name is not None and not Token.is_unresolved(function_name):
            token = json.dumps({"functionName": function_name}, separators=(",", ":"), ensure_ascii=False)
        return IntegrationConfig(
            type=config.type,
            uri=config.uri,
            integration_http_method=config.integration_http_method,
            options=config.options,
            deployment_token=token,
        )


def _function_name(handler: Any) -> str | None:
    # aws-cdk-lib reads the L1's FunctionName for a Function (a token when unnamed), else handler.function_name
    default_child = handler.node.default_child
    from l1.lambda_ import CfnFunction

    if isinstance(default_child, CfnFunction):
        return default_child.function_name
    return getattr(handler, "function_name", None)


@structs.frozen(kw_only=True)
class LambdaIntegrationOptions(IntegrationOptions):
    """``IntegrationOptions`` plus the Lambda-specific ones (see ``LambdaIntegration``)."""

    allow_test_invoke: bool | None = None
    proxy: bool | None = None
    scope_permission_to_method: bool | None = None
