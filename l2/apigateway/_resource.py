"""API resources: ``Resource``, ``ProxyResource`` and the API's root resource."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, UnscopedValidationError, ValidationError
from constructs import Resource as _CoreResource
from constructs.internals import analytics_literal, structs
from l1.apigateway import CfnResource
from l2.apigateway._cors import Cors, CorsOptions
from l2.apigateway._integration import Integration, IntegrationResponse
from l2.apigateway._method import (
    AuthorizationType,
    Method,
    MethodOptions,
    MethodResponse,
    RequestValidatorOptions,
)
from l2.apigateway._private.util import validate_resource_path_part
from l2.apigateway._refs import ResourceReference

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IAuthorizer, IRequestValidator, IRestApi
    from l2.apigateway._model import IModel
    from l2.apigateway._restapi import RestApi, RestApiBase


@structs.frozen(kw_only=True)
class ResourceOptions:
    """Defaults a resource passes on to its methods and child resources.

    Args:
        default_cors_preflight_options: add an ``OPTIONS`` preflight to this resource and its children.
        default_integration: the integration of methods added without one.
        default_method_options: options merged under every method's own options.
    """

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None


def _merge_method_options(parent: MethodOptions | None, child: MethodOptions | None) -> MethodOptions:
    merged = structs.asdict(parent, recurse=False) if parent is not None else {}
    if child is not None:
        merged.update({k: v for k, v in structs.asdict(child, recurse=False).items() if v is not None})
    return MethodOptions(**merged)


class ResourceBase(_CoreResource):
    """Behaviour shared by API resources: adding children, methods, proxies and CORS preflights."""

    api: RestApiBase
    resource_id: str
    path: str
    parent_resource: ResourceBase | None
    default_integration: Integration | None
    default_method_options: MethodOptions | None
    default_cors_preflight_options: CorsOptions | None

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._child_resources: dict[str, ResourceBase] = {}

    @property
    def resource_ref(self) -> ResourceReference:
        """The resource by id, with its API's id."""
        return ResourceReference(resource_id=self.resource_id, rest_api_id=self.api.rest_api_id)

    def add_resource(
        self,
        path_part: str,
        *,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> Resource:
        """Add a child resource ``path_part``."""
        return Resource(
            self,
            path_part,
            parent=self,
            path_part=path_part,
            default_cors_preflight_options=default_cors_preflight_options,
            default_integration=default_integration,
            default_method_options=default_method_options,
        )

    def add_method(
        self,
        http_method: str,
        integration: Integration | None = None,
        *,
        api_key_required: bool | None = None,
        authorization_scopes: Sequence[str] | None = None,
        authorization_type: AuthorizationType | None = None,
        authorizer: IAuthorizer | None = None,
        method_responses: Sequence[MethodResponse] | None = None,
        operation_name: str | None = None,
        request_models: Mapping[str, IModel] | None = None,
        request_parameters: Mapping[str, bool] | None = None,
        request_validator: IRequestValidator | None = None,
        request_validator_options: RequestValidatorOptions | None = None,
    ) -> Method:
        """Add a method (``GET``, ``ANY`` ...) with ``integration`` (default: the resource's default)."""
        options = MethodOptions(
            api_key_required=api_key_required,
            authorization_scopes=authorization_scopes,
            authorization_type=authorization_type,
            authorizer=authorizer,
            method_responses=method_responses,
            operation_name=operation_name,
            request_models=request_models,
            request_parameters=request_parameters,
            request_validator=request_validator,
            request_validator_options=request_validator_options,
        )
        return Method(self, http_method, resource=self, http_method=http_method, integration=integration,
                      options=options)

    def add_proxy(
        self,
        *,
        any_method: bool | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> ProxyResource:
        """Add a greedy ``{proxy+}`` child resource (with an ``ANY`` method unless ``any_method=False``)."""
        return ProxyResource(
            self,
            "{proxy+}",
            parent=self,
            any_method=any_method,
            default_cors_preflight_options=default_cors_preflight_options,
            default_integration=default_integration,
            default_method_options=default_method_options,
        )

    def add_cors_preflight(
        self,
        *,
        allow_origins: Sequence[str],
        allow_credentials: bool | None = None,
        allow_headers: Sequence[str] | None = None,
        allow_methods: Sequence[str] | None = None,
        disable_cache: bool | None = None,
        expose_headers: Sequence[str] | None = None,
        max_age: Duration | None = None,
        status_code: int | None = None,
    ) -> Method:
        """Add an ``OPTIONS`` method answering CORS preflight requests with a mock integration.

        Raises:
            ValidationError: no origins, ``*`` mixed with origins, ``ANY`` mixed with methods, or both
                ``max_age`` and ``disable_cache``.
        """
        headers: dict[str, str] = {}
        headers["Access-Control-Allow-Headers"] = f"'{','.join(allow_headers or Cors.DEFAULT_HEADERS)}'"
        origins = list(allow_origins)
        if not origins:
            raise ValidationError("allowOrigins must contain at least one origin", self)
        if "*" in origins and len(origins) > 1:
            raise ValidationError(
                f'Invalid "allowOrigins" - cannot mix "*" with specific origins: {",".join(origins)}', self
            )
        headers["Access-Control-Allow-Origin"] = f"'{origins[0]}'"
        if origins[0] != "*":
            headers["Vary"] = "'Origin'"
        methods = list(allow_methods or Cors.ALL_METHODS)
        if "ANY" in methods:
            if len(methods) > 1:
                raise ValidationError(
                    f"ANY cannot be used with any other method. Received: {','.join(methods)}", self
                )
            methods = list(Cors.ALL_METHODS)
        headers["Access-Control-Allow-Methods"] = f"'{','.join(methods)}'"
        if allow_credentials:
            headers["Access-Control-Allow-Credentials"] = "'true'"
        if max_age is not None and disable_cache:
            raise ValidationError('The options "maxAge" and "disableCache" are mutually exclusive', self)
        max_age_seconds: float | None = None
        if max_age is not None:
            max_age_seconds = max_age.to_seconds()
        if disable_cache:
            max_age_seconds = -1
        if max_age_seconds:
            seconds = int(max_age_seconds) if float(max_age_seconds).is_integer() else max_age_seconds
            headers["Access-Control-Max-Age"] = f"'{seconds}'"
        if expose_headers:
            headers["Access-Control-Expose-Headers"] = f"'{','.join(expose_headers)}'"
        code = str(status_code if status_code is not None else 204)
        integration_params = {f"method.response.header.{k}": v for k, v in headers.items()}
        method_params = {f"method.response.header.{k}": True for k in headers}
        templates = _origin_response_template(origins[1:])
        from l2.apigateway._integrations import MockIntegration

        integration = MockIntegration(
            request_templates={"application/json": "{ statusCode: 200 }"},
            integration_responses=[
                IntegrationResponse(
                    status_code=code, response_parameters=integration_params, response_templates=templates
                )
            ],
        )
        authorizer = _NoAuthorizer()
        responses = [MethodResponse(status_code=code, response_parameters=method_params)]
        # the method's analytics metadata: aws-cdk-lib's options literal, in its order
        analytics_literal(self, "OPTIONS", {"resource": self, "http_method": "OPTIONS", "integration": integration,
                                            "options": {"authorizer": authorizer, "api_key_required": False,
                                                        "authorization_type": AuthorizationType.NONE,
                                                        "method_responses": responses}})
        return self.add_method(
            "OPTIONS",
            integration,
            authorizer=authorizer,  # type: ignore[arg-type]
            api_key_required=False,
            authorization_type=AuthorizationType.NONE,
            method_responses=responses,
        )

    def get_resource(self, path_part: str) -> ResourceBase | None:
        """The child resource ``path_part``, if any."""
        return self._child_resources.get(path_part)

    def _track_child(self, path_part: str, resource: ResourceBase) -> None:
        self._child_resources[path_part] = resource

    def resource_for_path(self, path: str) -> ResourceBase:
        """The resource at ``path`` (relative, or absolute from the root), created as needed."""
        if not path:
            return self
        if path.startswith("/"):
            if self.path != "/":
                raise ValidationError(
                    f'Path may start with "/" only for the resource, but we are at: {self.path}', self
                )
            return self.resource_for_path(path[1:])
        parts = path.split("/")
        head = parts.pop(0)
        if not head:
            raise ValidationError("resourceForPath cannot be called with an empty path", self)
        resource = self.get_resource(head) or self.add_resource(head)
        return resource.resource_for_path("/".join(parts))

    @property
    def url(self) -> str:
        """The URL of this resource in the API's deployment stage."""
        return self.rest_api.url_for_path(self.path)

    @property
    def rest_api(self) -> RestApi:
        """The RestApi of this resource."""
        raise NotImplementedError


class _NoAuthorizer:
    # aws-cdk-lib passes `{authorizerId: "", authorizationType: NONE}` for preflights, which disables the
    # default authorizer (an empty id is dropped)
    authorizer_id = ""
    authorization_type = AuthorizationType.NONE


def _origin_response_template(origins: list[str]) -> dict[str, str] | None:
    if not origins:
        return None
    lines = [
        '#set($origin = $input.params().header.get("Origin"))',
        '#if($origin == "")',
        '  #set($origin = $input.params().header.get("origin"))',
        "#end",
    ]
    condition = " || ".join(f'$origin == "{o}"' for o in origins)
    lines.append(f"#if({condition})")
    lines.append("  #set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)")
    lines.append("#end")
    return {"application/json": "\n".join(lines)}


class Resource(ResourceBase):
    """A path part of an API (``AWS::ApiGateway::Resource``).

    Args:
        scope: the parent construct.
        id: the construct id.
        parent: the parent resource.
        path_part: the path part (``books``, ``{id}``, ``{proxy+}``).
        default_cors_preflight_options / default_integration / default_method_options: see ``ResourceOptions``.

    Raises:
        ValidationError: an invalid path part.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.Resource"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parent: ResourceBase,
        path_part: str,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not validate_resource_path_part(path_part):
            raise ValidationError(
                "Resource's path part only allow [a-zA-Z0-9:._-$], an optional trailing '+'\n"
                f"      and curly braces at the beginning and the end: {path_part}",
                scope,
            )
        self.parent_resource: ResourceBase = parent
        parent._track_child(path_part, self)
        api = parent.api
        resource_props = {"restApiId": api.rest_api_id, "parentId": parent.resource_id, "pathPart": path_part}
        cfn = CfnResource(self, "Resource", rest_api_id=api.rest_api_id, parent_id=parent.resource_id,
                          path_part=path_part)
        self.resource_id: str = cfn.ref
        self.api = api
        self.path = parent.path if parent.path.endswith("/") else parent.path + "/"
        self.path += path_part
        deployment = getattr(api, "latest_deployment", None)
        if deployment is not None:
            deployment.node.add_dependency(cfn)
            deployment.add_to_logical_id({"resource": resource_props})
        self.default_integration: Integration | None = default_integration or parent.default_integration
        self.default_method_options: MethodOptions = _merge_method_options(parent.default_method_options, default_method_options)
        self.default_cors_preflight_options: CorsOptions | None = default_cors_preflight_options or parent.default_cors_preflight_options
        if self.default_cors_preflight_options is not None:
            self.add_cors_preflight(**structs.asdict(self.default_cors_preflight_options, recurse=False))

    @staticmethod
    def from_resource_attributes(
        scope: Construct, id: str, *, resource_id: str, rest_api: IRestApi, path: str
    ) -> ResourceBase:
        """An existing resource of an existing API."""
        imported = _ImportedResource(scope, id)
        imported.api = rest_api  # type: ignore[assignment]
        imported.resource_id = resource_id
        imported.path = path
        return imported

    @property
    def rest_api(self) -> RestApi:
        if self.parent_resource is None:
            raise ValidationError("parentResource was unexpectedly not defined", self)
        return self.parent_resource.rest_api


class _ImportedResource(ResourceBase):
    default_integration = None
    default_method_options = None
    default_cors_preflight_options = None

    @property
    def parent_resource(self) -> Any:  # type: ignore[override]
        raise UnscopedValidationError("parentResource is not configured for imported resource.")

    @property
    def rest_api(self) -> RestApi:
        raise UnscopedValidationError("restApi is not configured for imported resource.")


class ProxyResource(Resource):
    """A greedy ``{proxy+}`` resource, with an ``ANY`` method unless ``any_method=False``.

    When the parent is the API root, every method added here is also added to the root.

    Args:
        any_method: add an ``ANY`` method to the proxy resource (default true).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.ProxyResource"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parent: ResourceBase,
        any_method: bool | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            parent=parent,
            path_part="{proxy+}",
            default_integration=default_integration,
            default_method_options=default_method_options,
        )
        self.any_method: Method | None = None
        if any_method is None or any_method:
            self.any_method = self.add_method("ANY")

    def add_method(
        self,
        http_method: str,
        integration: Integration | None = None,
        *,
        api_key_required: bool | None = None,
        authorization_scopes: Sequence[str] | None = None,
        authorization_type: AuthorizationType | None = None,
        authorizer: IAuthorizer | None = None,
        method_responses: Sequence[MethodResponse] | None = None,
        operation_name: str | None = None,
        request_models: Mapping[str, IModel] | None = None,
        request_parameters: Mapping[str, bool] | None = None,
        request_validator: IRequestValidator | None = None,
        request_validator_options: RequestValidatorOptions | None = None,
    ) -> Method:
        """Add a method; on a proxy right below the root, the root gets the same method."""
        options: dict[str, Any] = {
            "api_key_required": api_key_required,
            "authorization_scopes": authorization_scopes,
            "authorization_type": authorization_type,
            "authorizer": authorizer,
            "method_responses": method_responses,
            "operation_name": operation_name,
            "request_models": request_models,
            "request_parameters": request_parameters,
            "request_validator": request_validator,
            "request_validator_options": request_validator_options,
        }
        parent = self.parent_resource
        if parent is not None and parent.path == "/":
            if not isinstance(parent.node.try_find_child(http_method), Method):
                parent.add_method(http_method, integration, **options)
        return super().add_method(http_method, integration, **options)


class RootResource(ResourceBase):
    """The ``/`` resource of an API (construct id ``Default``)."""

    def __init__(
        self,
        api: RestApiBase,
        resource_id: str,
        *,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> None:
        super().__init__(api, "Default")
        self.parent_resource = None
        self.default_integration = default_integration
        self.default_method_options = default_method_options
        self.default_cors_preflight_options = default_cors_preflight_options
        self.api = api
        self.resource_id = resource_id
        self.path = "/"
        from l2.apigateway._restapi import RestApi

        self._rest_api = api if isinstance(api, RestApi) else None
        if default_cors_preflight_options is not None:
            self.add_cors_preflight(**structs.asdict(default_cors_preflight_options, recurse=False))

    @property
    def rest_api(self) -> RestApi:
        if self._rest_api is None:
            raise ValidationError(
                "RestApi is not available on Resource not connected to an instance of RestApi. Use `api` instead",
                self,
            )
        return self._rest_api
