"""``HttpApi``: an HTTP API with routes, stages, CORS and default integration/authorizer; ``HttpApiHelper``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Stack, Token, ValidationError
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import ApiBase, IpAddressType, execute_api_resource
from l2.apigatewayv2._http_integration import HttpRouteIntegration
from l2.apigatewayv2._http_route import BatchHttpRouteOptions, HttpMethod, HttpRoute, HttpRouteKey
from l2.apigatewayv2._http_stage import HttpStage
from l2.apigatewayv2._metrics import HttpMetricMethods

if TYPE_CHECKING:
    from l2.apigatewayv2._common import DomainMappingOptions, ThrottleSettings
    from l2.apigatewayv2._interfaces import (
        IAccessLogSettings,
        IHttpApi,
        IHttpApiRef,
        IHttpRouteAuthorizer,
        IHttpStage,
        ISecurityGroupRef,
    )
    from l2.apigatewayv2._vpc_link import VpcLink
    from l2.ec2 import IVpc, SubnetSelection


class CorsHttpMethod(enum.Enum):
    """The HTTP methods CORS preflight responses allow."""

    ANY = "*"
    DELETE = "DELETE"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"


@structs.frozen(kw_only=True)
class CorsPreflightOptions:
    """The CORS configuration of an HTTP API.

    Args:
        allow_credentials: whether credentials are allowed (not with origin ``*``).
        allow_headers: the allowed headers.
        allow_methods: the allowed methods.
        allow_origins: the allowed origins.
        expose_headers: the headers exposed to the browser.
        max_age: how long preflight results are cached.
    """

    allow_credentials: bool | None = None
    allow_headers: Sequence[str] | None = None
    allow_methods: Sequence[CorsHttpMethod] | None = None
    allow_origins: Sequence[str] | None = None
    expose_headers: Sequence[str] | None = None
    max_age: Duration | None = None


@structs.frozen(kw_only=True)
class HttpApiProps:
    """The properties of an ``HttpApi`` (see ``HttpApi`` for each keyword)."""

    api_name: str | None = None
    cors_preflight: CorsPreflightOptions | None = None
    create_default_stage: bool | None = None
    default_authorization_scopes: Sequence[str] | None = None
    default_authorizer: IHttpRouteAuthorizer | None = None
    default_domain_mapping: DomainMappingOptions | None = None
    default_integration: HttpRouteIntegration | None = None
    description: str | None = None
    disable_execute_api_endpoint: bool | None = None
    ip_address_type: IpAddressType | None = None
    route_selection_expression: bool | None = None


@structs.frozen(kw_only=True)
class HttpApiAttributes:
    """The attributes of an existing HTTP API.

    Args:
        http_api_id: the id of the HTTP API.
        api_endpoint: the API's default endpoint URL (default not known: reading ``api_endpoint`` then fails).
    """

    http_api_id: str
    api_endpoint: str | None = None


@structs.frozen(kw_only=True)
class AddRoutesOptions(BatchHttpRouteOptions):
    """The options of ``HttpApi.add_routes``.

    Args:
        path: the path of the routes.
        methods: default ``[HttpMethod.ANY]``.
        authorizer: default the API's default authorizer.
        authorization_scopes: default the API's default scopes.
    """

    path: str
    authorization_scopes: Sequence[str] | None = None
    authorizer: IHttpRouteAuthorizer | None = None
    methods: Sequence[HttpMethod] | None = None


class HttpApiHelper:
    """Helpers for any HTTP API reference (``execute-api`` ARNs).

    Args:
        http_api: the HTTP API the helpers work on.
    """

    def __init__(self, http_api: IHttpApiRef) -> None:
        self._http_api = http_api

    @staticmethod
    def from_http_api(http_api: IHttpApiRef) -> HttpApiHelper:
        """A helper for ``http_api``."""
        return HttpApiHelper(http_api)

    def arn_for_execute_api(self, method: str | None = None, path: str | None = None, stage: str | None = None) -> str:
        """The ``execute-api`` ARN of ``method`` (default ``*``, ``ANY`` is ``*``) on ``path`` (default ``/*``) in
        ``stage`` (default ``*``).

        Raises:
            ValidationError: the path does not start with ``/``.
        """
        api: Any = self._http_api
        if path and not Token.is_unresolved(path) and not path.startswith("/"):
            raise ValidationError(f"Path must start with '/': {path}", api)
        if method and method.upper() == "ANY":
            method = "*"
        return Stack.of(api).format_arn(
            service="execute-api",
            account=api.env.account,
            region=api.env.region,
            resource=api.api_ref.api_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name=execute_api_resource(method, path, stage),
        )


class _HttpApiBase(HttpMetricMethods, ApiBase):
    is_http_api = True

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._vpc_links: dict[str, VpcLink] = {}

    def add_vpc_link(
        self,
        *,
        vpc: IVpc,
        security_groups: Sequence[ISecurityGroupRef] | None = None,
        subnets: SubnetSelection | None = None,
        vpc_link_name: str | None = None,
    ) -> VpcLink:
        """A VPC link for ``vpc``: one per VPC, made on first use."""
        from l2.apigatewayv2._vpc_link import VpcLink

        key = vpc.vpc_id
        if key in self._vpc_links:
            return self._vpc_links[key]
        link = VpcLink(
            self,
            f"VpcLink-{len(self._vpc_links) + 1}",
            vpc=vpc,
            security_groups=security_groups,
            subnets=subnets,
            vpc_link_name=vpc_link_name,
        )
        self._vpc_links[key] = link
        return link

    def arn_for_execute_api(self, method: str | None = None, path: str | None = None, stage: str | None = None) -> str:
        """The ``execute-api`` ARN of a method and path (see ``HttpApiHelper.arn_for_execute_api``)."""
        return HttpApiHelper.from_http_api(self).arn_for_execute_api(method, path, stage)  # type: ignore[arg-type]


class _ImportedHttpApi(_HttpApiBase):
    default_authorizer = None
    default_authorization_scopes = None
    default_stage = None

    def __init__(self, scope: Construct, id: str, attrs: HttpApiAttributes) -> None:
        super().__init__(scope, id)
        self._scope = scope
        self.api_id = attrs.http_api_id
        self.http_api_id = attrs.http_api_id
        self._api_endpoint = attrs.api_endpoint

    @property
    def api_endpoint(self) -> str:
        """The endpoint given at import.

        Raises:
            ValidationError: none was given.
        """
        if not self._api_endpoint:
            raise ValidationError("apiEndpoint is not configured on the imported HttpApi.", self._scope)
        return self._api_endpoint


class HttpApi(_HttpApiBase):
    """An HTTP API (``AWS::ApiGatewayV2::Api``, protocol ``HTTP``) with a ``$default`` auto-deployed stage.

    Args:
        scope: the parent construct.
        id: the construct id.
        api_name: default the construct id.
        cors_preflight: the CORS configuration.
        create_default_stage: create the ``$default`` stage (default true).
        default_authorization_scopes: scopes of every route that has none.
        default_authorizer: the authorizer of every route that has none.
        default_domain_mapping: map the default stage to a custom domain name.
        default_integration: the integration of the ``$default`` route (default: no ``$default`` route).
        description: the API's description.
        disable_execute_api_endpoint: turn off the ``execute-api`` endpoint (default false).
        ip_address_type: the IP address types that can invoke the API.
        route_selection_expression: set the route selection expression to
            ``${request.method} ${request.path}`` (default: not set).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpApi"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_name: str | None = None,
        cors_preflight: CorsPreflightOptions | None = None,
        create_default_stage: bool | None = None,
        default_authorization_scopes: Sequence[str] | None = None,
        default_authorizer: IHttpRouteAuthorizer | None = None,
        default_domain_mapping: DomainMappingOptions | None = None,
        default_integration: HttpRouteIntegration | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        ip_address_type: IpAddressType | None = None,
        route_selection_expression: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.http_api_name: str | None = api_name if api_name is not None else id
        self.disable_execute_api_endpoint: bool | None = disable_execute_api_endpoint
        cors = None
        if cors_preflight is not None:
            origins = cors_preflight.allow_origins
            if origins and "*" in origins and cors_preflight.allow_credentials:
                raise ValidationError(
                    "CORS preflight - allowCredentials is not supported when allowOrigin is '*'", scope
                )
            cors = cfn().CfnApi.CorsProperty(
                allow_credentials=cors_preflight.allow_credentials,
                allow_headers=cors_preflight.allow_headers,
                allow_methods=[m.value for m in cors_preflight.allow_methods]
                if cors_preflight.allow_methods is not None
                else None,
                allow_origins=origins,
                expose_headers=cors_preflight.expose_headers,
                max_age=cors_preflight.max_age.to_seconds() if cors_preflight.max_age is not None else None,
            )
        resource = cfn().CfnApi(
            self,
            "Resource",
            name=self.http_api_name,
            protocol_type="HTTP",
            cors_configuration=cors,
            description=description,
            disable_execute_api_endpoint=disable_execute_api_endpoint,
            route_selection_expression="${request.method} ${request.path}" if route_selection_expression else None,
            ip_address_type=ip_address_type.value if ip_address_type is not None else None,
        )
        self.api_id: str = resource.ref
        self.http_api_id: str = resource.ref
        self._api_endpoint: str = resource.attr_api_endpoint
        self.default_authorizer: IHttpRouteAuthorizer | None = default_authorizer
        self.default_authorization_scopes: list[str] | None = (
            list(default_authorization_scopes) if default_authorization_scopes is not None else None
        )
        self.default_stage: IHttpStage | None = None
        if default_integration is not None:
            HttpRoute(
                self,
                "DefaultRoute",
                http_api=self,
                route_key=HttpRouteKey.DEFAULT,
                integration=default_integration,
                authorizer=default_authorizer,
                authorization_scopes=default_authorization_scopes,
            )
        if create_default_stage is None or create_default_stage:
            stage = HttpStage(
                self, "DefaultStage", http_api=self, auto_deploy=True, domain_mapping=default_domain_mapping
            )
            self.default_stage = stage  # type: ignore[assignment]
            if default_domain_mapping is not None:
                stage.node.add_dependency(default_domain_mapping.domain_name)  # type: ignore[arg-type]
        if create_default_stage is False and default_domain_mapping is not None:
            raise ValidationError("defaultDomainMapping not supported with createDefaultStage disabled", scope)

    @staticmethod
    def from_http_api_attributes(
        scope: Construct, id: str, *, http_api_id: str, api_endpoint: str | None = None
    ) -> IHttpApi:
        """An existing HTTP API."""
        return _ImportedHttpApi(scope, id, HttpApiAttributes(http_api_id=http_api_id, api_endpoint=api_endpoint))  # type: ignore[return-value]

    @property
    def api_endpoint(self) -> str:
        """The default endpoint of the API.

        Raises:
            ValidationError: ``disable_execute_api_endpoint`` is set.
        """
        if self.disable_execute_api_endpoint:
            raise ValidationError(
                "apiEndpoint is not accessible when disableExecuteApiEndpoint is set to true.", self
            )
        return self._api_endpoint

    @property
    def url(self) -> str | None:
        """The URL of the default stage (``None`` without one)."""
        return self.default_stage.url if self.default_stage is not None else None

    def add_stage(
        self,
        id: str,
        *,
        access_log_settings: IAccessLogSettings | None = None,
        auto_deploy: bool | None = None,
        description: str | None = None,
        detailed_metrics_enabled: bool | None = None,
        domain_mapping: DomainMappingOptions | None = None,
        stage_name: str | None = None,
        stage_variables: Mapping[str, str] | None = None,
        throttle: ThrottleSettings | None = None,
    ) -> HttpStage:
        """Add a stage to the API."""
        return HttpStage(
            self,
            id,
            http_api=self,
            access_log_settings=access_log_settings,
            auto_deploy=auto_deploy,
            description=description,
            detailed_metrics_enabled=detailed_metrics_enabled,
            domain_mapping=domain_mapping,
            stage_name=stage_name,
            stage_variables=stage_variables,
            throttle=throttle,
        )

    def add_routes(
        self,
        *,
        integration: HttpRouteIntegration,
        path: str,
        authorization_scopes: Sequence[str] | None = None,
        authorizer: IHttpRouteAuthorizer | None = None,
        methods: Sequence[HttpMethod] | None = None,
    ) -> list[HttpRoute]:
        """Add a route per method (default ``ANY``) on ``path``, with construct ids ``<METHOD><path>``."""
        routes = []
        for method in methods if methods is not None else [HttpMethod.ANY]:
            scopes = authorization_scopes if authorization_scopes is not None else self.default_authorization_scopes
            routes.append(
                HttpRoute(
                    self,
                    f"{method.value}{path}",
                    http_api=self,
                    route_key=HttpRouteKey.with_(path, method),
                    integration=integration,
                    authorizer=authorizer or self.default_authorizer,
                    authorization_scopes=scopes,
                )
            )
        return routes
