"""Integrations of WebSocket API routes: Lambda, mock and AWS service integrations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Stack
from constructs.internals import structs
from l2.apigatewayv2 import (
    ContentHandling,
    PassthroughBehavior,
    WebSocketIntegrationType,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationConfig,
)

if TYPE_CHECKING:
    from l2.apigatewayv2 import IWebSocketRoute
    from l2.iam import IRole
    from l2.lambda_ import IFunction


@structs.frozen(kw_only=True)
class WebSocketLambdaIntegrationProps:
    """The options of a ``WebSocketLambdaIntegration`` (see ``WebSocketLambdaIntegration``)."""

    content_handling: ContentHandling | None = None
    timeout: Duration | None = None


class WebSocketLambdaIntegration(WebSocketRouteIntegration):
    """A Lambda proxy integration; each route gets a permission to invoke the function.

    Args:
        id: the construct id of the integration.
        handler: the function.
        content_handling: payload conversion (default: passthrough).
        timeout: 50 milliseconds to 29 seconds.
    """

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        content_handling: ContentHandling | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.handler = handler
        self._props = WebSocketLambdaIntegrationProps(content_handling=content_handling, timeout=timeout)
        self._id = id

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        """An ``AWS_PROXY`` integration with the function, and the route's permission to invoke it."""
        from l2 import iam

        stack = Stack.of(route)  # type: ignore[arg-type]
        self.handler.add_permission(
            f"{self._id}-Permission",
            scope=scope,
            principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
            source_arn=stack.format_arn(
                service="execute-api", resource=route.web_socket_api.api_id, resource_name=f"*{route.route_key}"
            ),
        )
        uri = stack.format_arn(
            service="apigateway",
            account="lambda",
            resource="path/2015-03-31/functions",
            resource_name=f"{self.handler.function_arn}/invocations",
        )
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.AWS_PROXY,
            uri=uri,
            timeout=self._props.timeout,
            content_handling=self._props.content_handling,
        )


@structs.frozen(kw_only=True)
class WebSocketMockIntegrationProps:
    """The options of a ``WebSocketMockIntegration`` (see ``WebSocketMockIntegration``)."""

    request_templates: Mapping[str, str] | None = None
    template_selection_expression: str | None = None


class WebSocketMockIntegration(WebSocketRouteIntegration):
    """A mock integration.

    Args:
        id: the construct id of the integration.
        request_templates: request templates by content type.
        template_selection_expression: the template selection expression.
    """

    def __init__(
        self,
        id: str,
        *,
        request_templates: Mapping[str, str] | None = None,
        template_selection_expression: str | None = None,
    ) -> None:
        super().__init__(id)
        self._props = WebSocketMockIntegrationProps(
            request_templates=request_templates, template_selection_expression=template_selection_expression
        )

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        """A ``MOCK`` integration."""
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.MOCK,
            uri="",
            request_templates=self._props.request_templates,
            template_selection_expression=self._props.template_selection_expression,
        )


@structs.frozen(kw_only=True)
class WebSocketAwsIntegrationProps:
    """The options of a ``WebSocketAwsIntegration`` (see ``WebSocketAwsIntegration``)."""

    integration_method: str
    integration_uri: str
    content_handling: ContentHandling | None = None
    credentials_role: IRole | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    template_selection_expression: str | None = None
    timeout: Duration | None = None


class WebSocketAwsIntegration(WebSocketRouteIntegration):
    """An ``AWS`` integration with an AWS service action.

    Args:
        id: the construct id of the integration.
        integration_method: the HTTP method to call.
        integration_uri: the service action's URI.
        content_handling / credentials_role / passthrough_behavior / request_parameters / request_templates /
            template_selection_expression / timeout: see ``WebSocketIntegration``.
    """

    def __init__(
        self,
        id: str,
        *,
        integration_method: str,
        integration_uri: str,
        content_handling: ContentHandling | None = None,
        credentials_role: IRole | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        template_selection_expression: str | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self._props = WebSocketAwsIntegrationProps(
            integration_method=integration_method,
            integration_uri=integration_uri,
            content_handling=content_handling,
            credentials_role=credentials_role,
            passthrough_behavior=passthrough_behavior,
            request_parameters=request_parameters,
            request_templates=request_templates,
            template_selection_expression=template_selection_expression,
            timeout=timeout,
        )

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        """An ``AWS`` integration."""
        p = self._props
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.AWS,
            uri=p.integration_uri,
            method=p.integration_method,
            content_handling=p.content_handling,
            credentials_role=p.credentials_role,
            request_parameters=p.request_parameters,
            request_templates=p.request_templates,
            passthrough_behavior=p.passthrough_behavior,
            template_selection_expression=p.template_selection_expression,
            timeout=p.timeout,
        )
