"""Authorizers of WebSocket API ``$connect`` routes: Lambda and IAM."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Names, Stack, ValidationError
from constructs.internals import structs
from l2.apigatewayv2 import WebSocketAuthorizer, WebSocketAuthorizerType, WebSocketRouteAuthorizerConfig
from l2.apigatewayv2_authorizers._http import _given, lambda_authorizer_arn

if TYPE_CHECKING:
    from l2.apigatewayv2 import IWebSocketRoute
    from l2.lambda_ import IFunction


@structs.frozen(kw_only=True)
class WebSocketLambdaAuthorizerProps:
    """The options of a ``WebSocketLambdaAuthorizer`` (see ``WebSocketLambdaAuthorizer``)."""

    authorizer_name: str | None = None
    identity_source: Sequence[str] | None = None


class WebSocketLambdaAuthorizer:
    """A Lambda authorizer of a ``$connect`` route (one ``WebSocketAuthorizer`` and permission on the first bind).

    Args:
        id: the construct id of the authorizer.
        handler: the function.
        authorizer_name: default ``id``.
        identity_source: default ``['route.request.header.Authorization']``.
    """

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
    ) -> None:
        self.id = id
        self.handler = handler
        self._props = WebSocketLambdaAuthorizerProps(authorizer_name=authorizer_name, identity_source=identity_source)
        self._authorizer: WebSocketAuthorizer | None = None
        self._web_socket_api: Any = None

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """The authorizer, made on the first bind.

        Raises:
            ValidationError: bound to a second API.
        """
        if self._web_socket_api is not None and self._web_socket_api.api_id != route.web_socket_api.api_id:
            raise ValidationError("Cannot attach the same authorizer to multiple Apis", scope)
        if self._authorizer is None:
            from l2 import iam

            self._web_socket_api = route.web_socket_api
            self._authorizer = WebSocketAuthorizer(
                scope,
                self.id,
                web_socket_api=route.web_socket_api,
                identity_source=_given(self._props.identity_source, lambda: ["route.request.header.Authorization"]),
                type=WebSocketAuthorizerType.LAMBDA,
                authorizer_name=_given(self._props.authorizer_name, lambda: self.id),
                authorizer_uri=lambda_authorizer_arn(self.handler),
            )
            self.handler.add_permission(
                f"{Names.node_unique_id(self._authorizer.node)}-Permission",
                scope=scope,
                principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
                source_arn=Stack.of(route).format_arn(  # type: ignore[arg-type]
                    service="execute-api",
                    resource=route.web_socket_api.api_id,
                    resource_name=f"authorizers/{self._authorizer.authorizer_id}",
                ),
            )
        return WebSocketRouteAuthorizerConfig(authorizer_id=self._authorizer.authorizer_id, authorization_type="CUSTOM")


class WebSocketIamAuthorizer:
    """IAM authorization of a ``$connect`` route."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """``AWS_IAM``."""
        return WebSocketRouteAuthorizerConfig(authorization_type=WebSocketAuthorizerType.IAM.value)
