"""WebSocket APIs: ``WebSocketApi``, routes, integrations, authorizers and stages."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import (
    ApiBase,
    AuthorizerReference,
    IntegrationReference,
    IpAddressType,
    RouteReference,
    StageAttributes,
    StageBase,
    StageOptions,
    execute_api_resource,
)
from l2.apigatewayv2._http_integration import _validate_timeout

if TYPE_CHECKING:
    from l2.apigateway import AccessLogFormat
    from l2.apigatewayv2._common import DomainMappingOptions, ThrottleSettings
    from l2.apigatewayv2._interfaces import (
        IAccessLogSettings,
        IWebSocketApi,
        IWebSocketApiRef,
        IWebSocketRoute,
        IWebSocketRouteAuthorizer,
        IWebSocketStage,
    )
    from l2.iam import Grant, IGrantable, IRole


class WebSocketIntegrationType(enum.Enum):
    """The type of a WebSocket API integration."""

    AWS_PROXY = "AWS_PROXY"
    MOCK = "MOCK"
    AWS = "AWS"


class ContentHandling(enum.Enum):
    """How a payload is converted between binary and text."""

    CONVERT_TO_BINARY = "CONVERT_TO_BINARY"
    CONVERT_TO_TEXT = "CONVERT_TO_TEXT"


class PassthroughBehavior(enum.Enum):
    """How request payloads without a matching template are passed through."""

    WHEN_NO_MATCH = "WHEN_NO_MATCH"
    NEVER = "NEVER"
    WHEN_NO_TEMPLATES = "WHEN_NO_TEMPLATES"


class WebSocketAuthorizerType(enum.Enum):
    """The type of a WebSocket API authorizer."""

    LAMBDA = "REQUEST"
    IAM = "AWS_IAM"


class WebSocketApiKeySelectionExpression:
    """How API keys are read from requests.

    Args:
        custom_api_key_selector: the selection expression.
    """

    HEADER_X_API_KEY: ClassVar[WebSocketApiKeySelectionExpression]
    """The ``x-api-key`` header."""
    AUTHORIZER_USAGE_IDENTIFIER_KEY: ClassVar[WebSocketApiKeySelectionExpression]
    """The ``usageIdentifierKey`` a Lambda authorizer returns."""

    def __init__(self, custom_api_key_selector: str) -> None:
        self.custom_api_key_selector = custom_api_key_selector


WebSocketApiKeySelectionExpression.HEADER_X_API_KEY = WebSocketApiKeySelectionExpression("$request.header.x-api-key")
WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY = WebSocketApiKeySelectionExpression(
    "$context.authorizer.usageIdentifierKey"
)


# -- integrations -------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class WebSocketIntegrationProps:
    """The properties of a ``WebSocketIntegration`` (see ``WebSocketIntegration``)."""

    integration_type: WebSocketIntegrationType
    integration_uri: str
    web_socket_api: IWebSocketApiRef
    content_handling: ContentHandling | None = None
    credentials_role: IRole | None = None
    integration_method: str | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    template_selection_expression: str | None = None
    timeout: Duration | None = None


class WebSocketIntegration(Resource):
    """An integration of a WebSocket API (``AWS::ApiGatewayV2::Integration``).

    Args:
        scope: the parent construct.
        id: the construct id.
        web_socket_api: the API.
        integration_type: ``AWS_PROXY``, ``AWS`` or ``MOCK``.
        integration_uri: the URI of the integration.
        content_handling: payload conversion (default: passthrough).
        credentials_role: the role API Gateway assumes.
        integration_method: the HTTP method to call.
        passthrough_behavior: how unmatched payloads are passed.
        request_parameters: request parameter mappings.
        request_templates: request templates by content type.
        template_selection_expression: the template selection expression.
        timeout: 50 milliseconds to 29 seconds.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.WebSocketIntegration"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        integration_type: WebSocketIntegrationType,
        integration_uri: str,
        web_socket_api: IWebSocketApiRef,
        content_handling: ContentHandling | None = None,
        credentials_role: IRole | None = None,
        integration_method: str | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        template_selection_expression: str | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        _validate_timeout(timeout, scope)
        integ = cfn().CfnIntegration(
            self,
            "Resource",
            api_id=web_socket_api.api_ref.api_id,
            integration_type=integration_type.value,
            integration_uri=integration_uri,
            integration_method=integration_method,
            content_handling_strategy=content_handling.value if content_handling is not None else None,
            credentials_arn=credentials_role.role_arn if credentials_role is not None else None,
            request_parameters=request_parameters,
            request_templates=request_templates,
            passthrough_behavior=passthrough_behavior.value if passthrough_behavior is not None else None,
            template_selection_expression=template_selection_expression,
            timeout_in_millis=timeout.to_milliseconds() if timeout is not None else None,
        )
        self.integration_id: str = integ.ref
        self._web_socket_api = web_socket_api

    @property
    def web_socket_api(self) -> IWebSocketApi:
        """The API."""
        return self._web_socket_api  # type: ignore[return-value]

    @property
    def integration_ref(self) -> IntegrationReference:
        """The integration by API id and id."""
        return IntegrationReference(api_id=self._web_socket_api.api_ref.api_id, integration_id=self.integration_id)


@structs.frozen(kw_only=True)
class WebSocketRouteIntegrationBindOptions:
    """What a ``WebSocketRouteIntegration`` is bound with: the route and the scope for new constructs.

    Args:
        route: the route the integration is attached to.
    """

    route: IWebSocketRoute
    scope: Construct


@structs.frozen(kw_only=True)
class WebSocketRouteIntegrationConfig:
    """What a ``WebSocketRouteIntegration`` binds to (the integration's properties: see ``WebSocketIntegration`` for
    each keyword).

    Args:
        type: the integration type (such as ``AWS_PROXY``, ``AWS``, ``MOCK``).
        uri: the integration's target, such as a Lambda function's invocation URI.
        method: the HTTP method API Gateway uses to call the integration (default ``POST`` for Lambda proxies).
    """

    type: WebSocketIntegrationType
    uri: str
    content_handling: ContentHandling | None = None
    credentials_role: IRole | None = None
    method: str | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    template_selection_expression: str | None = None
    timeout: Duration | None = None


class WebSocketRouteIntegration:
    """What routes of a WebSocket API integrate with; one ``WebSocketIntegration`` per API, made on the first bind.

    Args:
        id: the construct id of the integration.
    """

    def __init__(self, id: str) -> None:
        self.id = id
        self._integration: WebSocketIntegration | None = None

    def _bind_to_route(self, *, route: IWebSocketRoute, scope: Construct) -> str:
        if (
            self._integration is not None
            and self._integration.web_socket_api.node.addr != route.web_socket_api.node.addr  # type: ignore[attr-defined]
        ):
            raise ValidationError("A single integration cannot be associated with multiple APIs.", scope)
        config = self.bind(route=route, scope=scope)
        if self._integration is None:
            self._integration = WebSocketIntegration(
                scope,
                self.id,
                web_socket_api=route.web_socket_api,
                integration_type=config.type,
                integration_uri=config.uri,
                integration_method=config.method,
                content_handling=config.content_handling,
                credentials_role=config.credentials_role,
                request_templates=config.request_templates,
                request_parameters=config.request_parameters,
                timeout=config.timeout,
                passthrough_behavior=config.passthrough_behavior,
                template_selection_expression=config.template_selection_expression,
            )
        return self._integration.integration_id

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteIntegrationConfig:
        """The integration's configuration for ``route``."""
        raise NotImplementedError(f"{type(self).__name__} must implement bind()")


# -- authorizers --------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class WebSocketRouteAuthorizerBindOptions:
    """What an authorizer is bound with: the route and the scope for new constructs.

    Args:
        route: the route the authorizer is attached to.
    """

    route: IWebSocketRoute
    scope: Construct


@structs.frozen(kw_only=True)
class WebSocketRouteAuthorizerConfig:
    """What an authorizer binds to.

    Args:
        authorization_type: ``AWS_IAM``, ``CUSTOM`` or ``NONE``.
        authorizer_id: the authorizer's id.
    """

    authorization_type: str
    authorizer_id: str | None = None


@structs.frozen(kw_only=True)
class WebSocketAuthorizerProps:
    """The properties of a ``WebSocketAuthorizer`` (see ``WebSocketAuthorizer``)."""

    identity_source: Sequence[str]
    type: WebSocketAuthorizerType
    web_socket_api: IWebSocketApi
    authorizer_name: str | None = None
    authorizer_uri: str | None = None


@structs.frozen(kw_only=True)
class WebSocketAuthorizerAttributes:
    """The attributes of an existing authorizer.

    Args:
        authorizer_id: the id of the authorizer.
        authorizer_type: the authorizer's type (``REQUEST`` for a Lambda authorizer, or ``AWS_IAM``).
    """

    authorizer_id: str
    authorizer_type: str


class _ImportedWebSocketAuthorizer(Resource):
    def __init__(self, scope: Construct, id: str, attrs: WebSocketAuthorizerAttributes) -> None:
        super().__init__(scope, id)
        self.authorizer_id = attrs.authorizer_id
        self.authorizer_type = attrs.authorizer_type

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """The authorizer by id and type."""
        return WebSocketRouteAuthorizerConfig(authorizer_id=self.authorizer_id, authorization_type=self.authorizer_type)


class WebSocketAuthorizer(Resource):
    """An authorizer of a WebSocket API (``AWS::ApiGatewayV2::Authorizer``).

    Args:
        scope: the parent construct.
        id: the construct id.
        web_socket_api: the API.
        identity_source: where the identity comes from.
        type: ``LAMBDA`` or ``IAM``.
        authorizer_name: default the construct id.
        authorizer_uri: the Lambda function's invocation URI (``LAMBDA``, required there).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.WebSocketAuthorizer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        identity_source: Sequence[str],
        type: WebSocketAuthorizerType,
        web_socket_api: IWebSocketApi,
        authorizer_name: str | None = None,
        authorizer_uri: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if type is WebSocketAuthorizerType.LAMBDA and not authorizer_uri:
            raise ValidationError("authorizerUri is mandatory for Lambda authorizers", scope)
        self.api_id: str = web_socket_api.api_id
        resource = cfn().CfnAuthorizer(
            self,
            "Resource",
            name=authorizer_name if authorizer_name is not None else id,
            api_id=self.api_id,
            authorizer_type=type.value,
            identity_source=list(identity_source),
            authorizer_uri=authorizer_uri,
        )
        self.authorizer_id: str = resource.ref

    @staticmethod
    def from_web_socket_authorizer_attributes(
        scope: Construct, id: str, *, authorizer_id: str, authorizer_type: str
    ) -> IWebSocketRouteAuthorizer:
        """An existing authorizer."""
        return _ImportedWebSocketAuthorizer(
            scope, id, WebSocketAuthorizerAttributes(authorizer_id=authorizer_id, authorizer_type=authorizer_type)
        )

    @property
    def authorizer_ref(self) -> AuthorizerReference:
        """The authorizer by API id and id."""
        return AuthorizerReference(authorizer_id=self.authorizer_id, api_id=self.api_id)


class WebSocketNoneAuthorizer:
    """No authorization."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """``NONE``."""
        return WebSocketRouteAuthorizerConfig(authorization_type="NONE")


# -- routes -------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class WebSocketRouteOptions:
    """The options of a route of a WebSocket API.

    Args:
        integration: what the route calls.
        authorizer: who may connect (``$connect`` only; default none).
        return_response: send the integration's response to the client (default false).
    """

    integration: WebSocketRouteIntegration
    authorizer: IWebSocketRouteAuthorizer | None = None
    return_response: bool | None = None


@structs.frozen(kw_only=True)
class WebSocketRouteProps(WebSocketRouteOptions):
    """The properties of a ``WebSocketRoute`` (see ``WebSocketRoute`` for each keyword)."""

    route_key: str
    web_socket_api: IWebSocketApi
    api_key_required: bool | None = None


class WebSocketRoute(Resource):
    """A route of a WebSocket API (``AWS::ApiGatewayV2::Route``).

    Args:
        scope: the parent construct.
        id: the construct id.
        web_socket_api: the API.
        route_key: ``$connect``, ``$disconnect``, ``$default`` or a custom key.
        integration: what the route calls.
        authorizer: who may connect (``$connect`` only).
        api_key_required: require an API key (default false).
        return_response: send the integration's response to the client (a ``$default`` route response).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.WebSocketRoute"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        route_key: str,
        web_socket_api: IWebSocketApi,
        integration: WebSocketRouteIntegration,
        api_key_required: bool | None = None,
        authorizer: IWebSocketRouteAuthorizer | None = None,
        return_response: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        if route_key != "$connect" and authorizer is not None:
            raise ValidationError("You can only set a WebSocket authorizer to a $connect route.", scope)
        self.web_socket_api: IWebSocketApi = web_socket_api
        self.route_key: str = route_key
        self.integration_response_id: str | None = None
        integration_id = integration._bind_to_route(route=self, scope=self)  # type: ignore[arg-type]
        bind_scope = web_socket_api if isinstance(web_socket_api, Construct) else self
        bound = (authorizer or WebSocketNoneAuthorizer()).bind(route=self, scope=bind_scope)  # type: ignore[arg-type]
        route = cfn().CfnRoute(
            self,
            "Resource",
            api_id=web_socket_api.api_id,
            api_key_required=api_key_required,
            route_key=route_key,
            target=f"integrations/{integration_id}",
            authorizer_id=bound.authorizer_id,
            authorization_type=bound.authorization_type,
            route_response_selection_expression="$default" if return_response else None,
        )
        self._route_id: str = route.ref
        if return_response:
            cfn().CfnRouteResponse(
                self, "Response", api_id=web_socket_api.api_id, route_id=route.ref, route_response_key="$default"
            )

    @property
    def route_id(self) -> str:
        """The route's id."""
        return self._route_id

    @property
    def route_ref(self) -> RouteReference:
        """The route by API id and id."""
        return RouteReference(api_id=self.web_socket_api.api_ref.api_id, route_id=self.route_id)


# -- the API ------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class WebSocketApiProps:
    """The properties of a ``WebSocketApi`` (see ``WebSocketApi``)."""

    api_key_selection_expression: WebSocketApiKeySelectionExpression | None = None
    api_name: str | None = None
    connect_route_options: WebSocketRouteOptions | None = None
    default_route_options: WebSocketRouteOptions | None = None
    description: str | None = None
    disable_schema_validation: bool | None = None
    disconnect_route_options: WebSocketRouteOptions | None = None
    ip_address_type: IpAddressType | None = None
    route_selection_expression: str | None = None


@structs.frozen(kw_only=True)
class WebSocketApiAttributes:
    """The attributes of an existing WebSocket API.

    Args:
        web_socket_id: the id of the WebSocket API.
        api_endpoint: the API's endpoint URL (default not known: reading ``api_endpoint`` then fails).
    """

    web_socket_id: str
    api_endpoint: str | None = None


def _arn_for_execute_api(api: Any, method: str | None, path: str | None, stage: str | None) -> str:
    if path and not Token.is_unresolved(path) and not path.startswith("/"):
        raise UnscopedValidationError(f"Path must start with '/': {path}")
    if method and method.upper() == "ANY":
        method = "*"
    return Stack.of(api).format_arn(
        service="execute-api",
        resource=api.api_id,
        arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        resource_name=execute_api_resource(method, path, stage),
    )


class _WebSocketApiBase(ApiBase):
    is_websocket_api = True


class _ImportedWebSocketApi(_WebSocketApiBase):
    def __init__(self, scope: Construct, id: str, attrs: WebSocketApiAttributes) -> None:
        super().__init__(scope, id)
        self._scope = scope
        self.api_id = attrs.web_socket_id
        self.websocket_api_id = attrs.web_socket_id
        self._api_endpoint = attrs.api_endpoint

    @property
    def api_endpoint(self) -> str:
        """The endpoint given at import.

        Raises:
            ValidationError: none was given.
        """
        if not self._api_endpoint:
            raise ValidationError("apiEndpoint is not configured on the imported WebSocketApi.", self._scope)
        return self._api_endpoint


class WebSocketApi(_WebSocketApiBase):
    """A WebSocket API (``AWS::ApiGatewayV2::Api``, protocol ``WEBSOCKET``).

    Args:
        scope: the parent construct.
        id: the construct id.
        api_name: default the construct id.
        api_key_selection_expression: how API keys are read (default: none).
        connect_route_options / disconnect_route_options / default_route_options: the ``$connect``,
            ``$disconnect`` and ``$default`` routes.
        description: the API's description.
        disable_schema_validation: skip model validation on deployment.
        ip_address_type: the IP address types that can invoke the API.
        route_selection_expression: default ``$request.body.action``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.WebSocketApi"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_key_selection_expression: WebSocketApiKeySelectionExpression | None = None,
        api_name: str | None = None,
        connect_route_options: WebSocketRouteOptions | None = None,
        default_route_options: WebSocketRouteOptions | None = None,
        description: str | None = None,
        disable_schema_validation: bool | None = None,
        disconnect_route_options: WebSocketRouteOptions | None = None,
        ip_address_type: IpAddressType | None = None,
        route_selection_expression: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.web_socket_api_name: str | None = api_name if api_name is not None else id
        resource = cfn().CfnApi(
            self,
            "Resource",
            name=self.web_socket_api_name,
            api_key_selection_expression=(
                api_key_selection_expression.custom_api_key_selector if api_key_selection_expression else None
            ),
            protocol_type="WEBSOCKET",
            description=description,
            route_selection_expression=(
                route_selection_expression if route_selection_expression is not None else "$request.body.action"
            ),
            ip_address_type=ip_address_type.value if ip_address_type is not None else None,
            disable_schema_validation=disable_schema_validation,
        )
        self.api_id: str = resource.ref
        self.api_endpoint: str = resource.attr_api_endpoint
        for key, options in (
            ("$connect", connect_route_options),
            ("$disconnect", disconnect_route_options),
            ("$default", default_route_options),
        ):
            if options is not None:
                self.add_route(
                    key,
                    integration=options.integration,
                    authorizer=options.authorizer,
                    return_response=options.return_response,
                )

    @staticmethod
    def from_web_socket_api_attributes(
        scope: Construct, id: str, *, web_socket_id: str, api_endpoint: str | None = None
    ) -> IWebSocketApi:
        """An existing WebSocket API."""
        return _ImportedWebSocketApi(  # type: ignore[return-value]
            scope, id, WebSocketApiAttributes(web_socket_id=web_socket_id, api_endpoint=api_endpoint)
        )

    def add_route(
        self,
        route_key: str,
        *,
        integration: WebSocketRouteIntegration,
        authorizer: IWebSocketRouteAuthorizer | None = None,
        return_response: bool | None = None,
    ) -> WebSocketRoute:
        """Add a route (construct id ``<route key>-Route``)."""
        return WebSocketRoute(
            self,
            f"{route_key}-Route",
            web_socket_api=self,  # type: ignore[arg-type]
            route_key=route_key,
            integration=integration,
            authorizer=authorizer,
            return_response=return_response,
        )

    def grant_manage_connections(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to post to, read and delete connections (``execute-api:ManageConnections``)."""
        from l2 import iam

        arn = Stack.of(self).format_arn(service="execute-api", resource=self.api_id)
        return iam.Grant.add_to_principal(
            grantee=identity, actions=["execute-api:ManageConnections"], resource_arns=[f"{arn}/*/*/@connections/*"]
        )

    def arn_for_execute_api(self, method: str | None = None, path: str | None = None, stage: str | None = None) -> str:
        """The ``execute-api`` ARN of a method and path (``ANY`` is ``*``; defaults ``*``, ``/*`` and ``*``).

        Raises:
            UnscopedValidationError: the path does not start with ``/``.
        """
        return _arn_for_execute_api(self, method, path, stage)

    def arn_for_execute_api_v2(self, route: str | None = None, stage: str | None = None) -> str:
        """The ``execute-api`` ARN of a route in a stage (defaults ``*``)."""
        return Stack.of(self).format_arn(
            service="execute-api",
            resource=self.api_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name=f"{'*' if stage is None else stage}/{'*' if route is None else route}",
        )


# -- stages -------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class WebSocketStageProps(StageOptions):
    """The properties of a ``WebSocketStage`` (see ``WebSocketStage`` for each keyword)."""

    stage_name: str
    web_socket_api: IWebSocketApi


@structs.frozen(kw_only=True)
class WebSocketStageAttributes(StageAttributes):
    """The attributes of an existing stage of a WebSocket API.

    Args:
        api: the WebSocket API the stage belongs to.
    """

    api: IWebSocketApi


def _web_socket_default_access_log_format() -> AccessLogFormat:
    from l2.apigateway import AccessLogField, AccessLogFormat

    f = AccessLogField
    requester = " ".join([f.context_identity_source_ip(), f.context_identity_caller(), f.context_identity_user()])
    request = " ".join([f.context_event_type(), f.context_route_key(), f.context_connection_id()])
    status = " ".join([f.context_status(), f.context_request_id()])
    return AccessLogFormat(f'{requester} [{f.context_request_time()}] "{request}" {status}')


class _ImportedWebSocketStage(StageBase):
    def __init__(self, scope: Construct, id: str, attrs: WebSocketStageAttributes) -> None:
        super().__init__(scope, id)
        self._scope = scope
        self.api = attrs.api
        self.stage_name = attrs.stage_name

    @property
    def _base_api(self) -> Any:
        return self.api

    @property
    def url(self) -> str:
        """Not available for imported stages."""
        raise ValidationError("url is not available for imported stages.", self._scope)

    @property
    def callback_url(self) -> str:
        """Not available for imported stages."""
        raise ValidationError("callback url is not available for imported stages.", self._scope)

    def default_access_log_format(self) -> AccessLogFormat:
        """The default WebSocket access log format."""
        return _web_socket_default_access_log_format()


class WebSocketStage(StageBase):
    """A stage of a WebSocket API (``AWS::ApiGatewayV2::Stage``).

    Args:
        scope: the parent construct.
        id: the construct id.
        web_socket_api: the API.
        stage_name: the stage's name.
        access_log_settings: access log destination and format.
        auto_deploy: deploy every change automatically (default false).
        description: the stage's description.
        detailed_metrics_enabled: detailed route metrics.
        domain_mapping: map the stage to a custom domain name.
        stage_variables: stage variables.
        throttle: throttling of the stage's routes.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.WebSocketStage"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        stage_name: str,
        web_socket_api: IWebSocketApi,
        access_log_settings: IAccessLogSettings | None = None,
        auto_deploy: bool | None = None,
        description: str | None = None,
        detailed_metrics_enabled: bool | None = None,
        domain_mapping: DomainMappingOptions | None = None,
        stage_variables: Mapping[str, str] | None = None,
        throttle: ThrottleSettings | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=stage_name)
        for key, value in (stage_variables or {}).items():
            self.add_stage_variable(key, value)
        self.api: IWebSocketApi = web_socket_api
        self.stage_name: str = self.physical_name
        cfn().CfnStage(
            self,
            "Resource",
            api_id=web_socket_api.api_id,
            stage_name=self.physical_name,
            auto_deploy=auto_deploy,
            default_route_settings=self._route_settings(throttle, detailed_metrics_enabled),
            description=description,
            stage_variables=self._render_stage_variables(),
            access_log_settings=self._access_log_settings(access_log_settings),
        )
        if domain_mapping is not None:
            self._add_domain_mapping(domain_mapping)

    @staticmethod
    def from_web_socket_stage_attributes(
        scope: Construct, id: str, *, api: IWebSocketApi, stage_name: str
    ) -> IWebSocketStage:
        """An existing stage of a WebSocket API."""
        return _ImportedWebSocketStage(scope, id, WebSocketStageAttributes(api=api, stage_name=stage_name))  # type: ignore[return-value]

    @property
    def _base_api(self) -> Any:
        return self.api

    @property
    def url(self) -> str:
        """The stage's WebSocket URL (``wss://...``)."""
        stack = Stack.of(self)
        return f"wss://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{self.stage_name}"

    @property
    def callback_url(self) -> str:
        """The stage's callback URL for the connections API (``https://...``)."""
        stack = Stack.of(self)
        return f"https://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{self.stage_name}"

    def grant_management_api_access(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to manage the connections of this stage."""
        from l2 import iam

        arn = Stack.of(self.api).format_arn(service="execute-api", resource=self.api.api_id)  # type: ignore[arg-type]
        return iam.Grant.add_to_principal(
            grantee=identity,
            actions=["execute-api:ManageConnections"],
            resource_arns=[f"{arn}/{self.stage_name}/*/@connections/*"],
        )

    def default_access_log_format(self) -> AccessLogFormat:
        """The default WebSocket access log format."""
        return _web_socket_default_access_log_format()
