"""What a gateway target exposes: ``LambdaTargetConfiguration``, ``OpenApiTargetConfiguration``,
``SmithyTargetConfiguration``, ``McpServerTargetConfiguration`` and ``ApiGatewayTargetConfiguration``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._gateway_openapi import validate_open_api_schema
from l2.bedrockagentcore._schema import ApiSchema, AssetApiSchema, ToolSchema
from l2.bedrockagentcore._types import _StringValue
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from constructs import Construct
    from l2.apigateway import IRestApi
    from l2.bedrockagentcore._gateway_interfaces import IGateway
    from l2.lambda_ import IFunction


class GatewayTargetProtocolType(enum.Enum):
    """The protocol of a gateway target."""

    MCP = "MCP"
    """Model Context Protocol."""


class McpTargetType(enum.Enum):
    """The kind of an MCP gateway target."""

    OPENAPI_SCHEMA = "OPENAPI_SCHEMA"
    """An API described by an OpenAPI schema."""
    SMITHY_MODEL = "SMITHY_MODEL"
    """An API described by a Smithy model."""
    LAMBDA = "LAMBDA"
    """A Lambda function."""
    MCP_SERVER = "MCP_SERVER"
    """An MCP server."""
    API_GATEWAY = "API_GATEWAY"
    """An API Gateway REST API."""


@structs.frozen(kw_only=True)
class TargetConfigurationConfig:
    """What a target configuration's ``bind`` returns."""

    bound: bool
    """Whether the configuration was bound."""


class ApiGatewayHttpMethod(_StringValue):
    """An HTTP method of an API Gateway tool filter or override.

    Args:
        value: the method.
    """

    GET: ApiGatewayHttpMethod
    """GET."""
    POST: ApiGatewayHttpMethod
    """POST."""
    PUT: ApiGatewayHttpMethod
    """PUT."""
    DELETE: ApiGatewayHttpMethod
    """DELETE."""
    PATCH: ApiGatewayHttpMethod
    """PATCH."""
    HEAD: ApiGatewayHttpMethod
    """HEAD."""
    OPTIONS: ApiGatewayHttpMethod
    """OPTIONS."""

    @staticmethod
    def of(value: str) -> ApiGatewayHttpMethod:
        """A method not listed here."""
        return ApiGatewayHttpMethod(value)


for _name in ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"):
    setattr(ApiGatewayHttpMethod, _name, ApiGatewayHttpMethod(_name))


@structs.frozen(kw_only=True)
class ApiGatewayToolFilter:
    """The operations of a REST API offered as tools: a path (wildcards allowed) and its methods."""

    filter_path: str
    """The path (``/pets``, ``/pets/*``)."""
    methods: Sequence[ApiGatewayHttpMethod]
    """The methods."""


@structs.frozen(kw_only=True)
class ApiGatewayToolOverride:
    """The name (and description) of the tool of one REST API operation."""

    method: ApiGatewayHttpMethod
    """The method."""
    name: str
    """The tool's name."""
    path: str
    """The explicit path (no wildcards)."""
    description: str | None = None
    """The tool's description."""


@structs.frozen(kw_only=True)
class ApiGatewayToolConfiguration:
    """Which operations of a REST API are tools, and their names."""

    tool_filters: Sequence[ApiGatewayToolFilter]
    """The operations offered (at least one filter)."""
    tool_overrides: Sequence[ApiGatewayToolOverride] | None = None
    """Names and descriptions of single operations."""


@structs.frozen(kw_only=True)
class MetadataConfiguration:
    """The headers and query parameters passed between the gateway and an API Gateway target."""

    allowed_query_parameters: Sequence[str] | None = None
    """Query parameters passed to the target (1 to 10)."""
    allowed_request_headers: Sequence[str] | None = None
    """Request headers passed to the target (1 to 10)."""
    allowed_response_headers: Sequence[str] | None = None
    """Response headers passed back (1 to 10)."""


@structs.frozen(kw_only=True)
class ApiGatewayTargetConfigurationProps:
    """The properties of an ``ApiGatewayTargetConfiguration``."""

    api_gateway_tool_configuration: ApiGatewayToolConfiguration
    """Which operations are tools."""
    rest_api: IRestApi
    """The REST API."""
    metadata_configuration: MetadataConfiguration | None = None
    """Headers and query parameters passed through."""
    stage: str | None = None
    """The stage (default the API's deployment stage)."""


class McpTargetConfiguration:
    """The base of MCP target configurations (``ITargetConfiguration``)."""

    target_type: McpTargetType

    def bind(self, scope: Construct, gateway: IGateway) -> TargetConfigurationConfig:
        """Bind to ``gateway``."""
        raise NotImplementedError

    def _render_mcp_configuration(self) -> dict[str, Any]:
        raise NotImplementedError

    def _render(self) -> dict[str, Any]:
        return {"mcp": self._render_mcp_configuration()}


class LambdaTargetConfiguration(McpTargetConfiguration):
    """A Lambda function offering the tools of ``tool_schema``.

    Args:
        lambda_function: the function.
        tool_schema: the tools it offers.
    """

    def __init__(self, lambda_function: IFunction, tool_schema: ToolSchema) -> None:
        self.target_type = McpTargetType.LAMBDA
        """``LAMBDA``."""
        self.lambda_function = lambda_function
        """The function."""
        self.tool_schema = tool_schema
        """The tools."""

    @staticmethod
    def create(lambda_function: IFunction, tool_schema: ToolSchema) -> LambdaTargetConfiguration:
        """A Lambda target configuration."""
        return LambdaTargetConfiguration(lambda_function, tool_schema)

    def bind(self, scope: Construct, gateway: IGateway) -> TargetConfigurationConfig:
        """Bind the schema; let the gateway's role read it and invoke the function."""
        self.tool_schema.bind(scope)
        self.tool_schema.grant_permissions_to_role(gateway.role)
        self.lambda_function.grant_invoke(gateway.role)
        return TargetConfigurationConfig(bound=True)

    def _render_mcp_configuration(self) -> dict[str, Any]:
        return {"lambda_": {"lambda_arn": self.lambda_function.function_arn,
                            "tool_schema": self.tool_schema._render()}}


class OpenApiTargetConfiguration(McpTargetConfiguration):
    """An API described by an OpenAPI schema (JSON).

    Args:
        api_schema: the OpenAPI schema (JSON).
        validate_schema: check the schema at synthesis (default true).
    """

    def __init__(self, api_schema: ApiSchema, validate_schema: bool | None = None) -> None:
        self.target_type = McpTargetType.OPENAPI_SCHEMA
        """``OPENAPI_SCHEMA``."""
        self.api_schema = api_schema
        """The schema."""
        self._validate = validate_schema if validate_schema is not None else True

    @staticmethod
    def create(api_schema: ApiSchema, validate_schema: bool | None = None) -> OpenApiTargetConfiguration:
        """An OpenAPI target configuration (the schema is checked unless ``validate_schema`` is false)."""
        return OpenApiTargetConfiguration(api_schema, validate_schema)

    def bind(self, scope: Construct, gateway: IGateway) -> TargetConfigurationConfig:
        """Check and bind the schema; let the gateway's role read it."""
        if self._validate:
            schema = self.api_schema
            if schema.inline_schema:
                errors = validate_open_api_schema(schema.inline_schema, "OpenAPI schema for target")
                if errors:
                    raise UnscopedValidationError("OpenAPI schema validation failed:\n" + "\n".join(errors))
            elif isinstance(schema, AssetApiSchema):
                path = schema._get_file_path()
                try:
                    with open(path, encoding="utf-8") as f:
                        content = f.read()
                except OSError as e:
                    raise UnscopedValidationError(f"Failed to read OpenAPI schema from {path}: {e}") from e
                errors = validate_open_api_schema(content, f"OpenAPI schema from file {path}")
                if errors:
                    raise UnscopedValidationError("OpenAPI schema validation failed:\n" + "\n".join(errors))
        self.api_schema.bind(scope)
        self.api_schema.grant_permissions_to_role(gateway.role)
        return TargetConfigurationConfig(bound=True)

    def _render_mcp_configuration(self) -> dict[str, Any]:
        return {"open_api_schema": self.api_schema._render()}


class SmithyTargetConfiguration(McpTargetConfiguration):
    """An API described by a Smithy model (JSON AST).

    Args:
        smithy_model: the Smithy model (JSON AST).
    """

    def __init__(self, smithy_model: ApiSchema) -> None:
        self.target_type = McpTargetType.SMITHY_MODEL
        """``SMITHY_MODEL``."""
        self.smithy_model = smithy_model
        """The model."""

    @staticmethod
    def create(smithy_model: ApiSchema) -> SmithyTargetConfiguration:
        """A Smithy target configuration."""
        return SmithyTargetConfiguration(smithy_model)

    def bind(self, scope: Construct, gateway: IGateway) -> TargetConfigurationConfig:
        """Bind the model; let the gateway's role read it."""
        self.smithy_model.bind(scope)
        self.smithy_model.grant_permissions_to_role(gateway.role)
        return TargetConfigurationConfig(bound=True)

    def _render_mcp_configuration(self) -> dict[str, Any]:
        return {"smithy_model": self.smithy_model._render()}


class McpServerTargetConfiguration(McpTargetConfiguration):
    """An MCP server at an HTTPS endpoint.

    Args:
        endpoint: the server's HTTPS URL.
    """

    def __init__(self, endpoint: str) -> None:
        self.target_type = McpTargetType.MCP_SERVER
        """``MCP_SERVER``."""
        self.endpoint = endpoint
        """The server's URL."""
        if not Token.is_unresolved(endpoint):
            errors = pattern_errors(
                endpoint, "MCP server endpoint", r"^https://.+",
                "MCP server endpoint must use HTTPS protocol (e.g., https://my-server.example.com). Ensure the URL "
                "is properly encoded.")
            if errors:
                raise UnscopedValidationError("\n".join(errors))
            if " " in endpoint or "<" in endpoint or ">" in endpoint:
                raise UnscopedValidationError(
                    "MCP server endpoint contains characters that should be URL-encoded. Please ensure the URL is "
                    "properly encoded before passing to the construct.")

    @staticmethod
    def create(endpoint: str) -> McpServerTargetConfiguration:
        """An MCP server target configuration."""
        return McpServerTargetConfiguration(endpoint)

    def bind(self, _scope: Construct, _gateway: IGateway) -> TargetConfigurationConfig:
        """Nothing to bind."""
        return TargetConfigurationConfig(bound=True)

    def _render_mcp_configuration(self) -> dict[str, Any]:
        return {"mcp_server": {"endpoint": self.endpoint}}


class ApiGatewayTargetConfiguration(McpTargetConfiguration):
    """Operations of an API Gateway REST API offered as tools.

    Args:
        api_gateway_tool_configuration: which operations are tools.
        rest_api: the REST API.
        metadata_configuration: headers and query parameters passed through.
        stage: the stage (default the API's deployment stage).
    """

    def __init__(self, *, api_gateway_tool_configuration: ApiGatewayToolConfiguration, rest_api: IRestApi,
                 metadata_configuration: MetadataConfiguration | None = None, stage: str | None = None) -> None:
        self.target_type = McpTargetType.API_GATEWAY
        """``API_GATEWAY``."""
        self._rest_api = rest_api
        self.rest_api_id = rest_api.rest_api_id
        """The id of the REST API."""
        self.stage = stage if stage is not None else rest_api.deployment_stage.stage_name  # type: ignore[union-attr]
        """The stage."""
        self.api_gateway_tool_configuration = api_gateway_tool_configuration
        """Which operations are tools."""
        self.metadata_configuration = metadata_configuration
        """Headers and query parameters passed through."""
        self._validate()

    @staticmethod
    def create(*, api_gateway_tool_configuration: ApiGatewayToolConfiguration, rest_api: IRestApi,
               metadata_configuration: MetadataConfiguration | None = None,
               stage: str | None = None) -> ApiGatewayTargetConfiguration:
        """An API Gateway target configuration."""
        return ApiGatewayTargetConfiguration(api_gateway_tool_configuration=api_gateway_tool_configuration,
                                             rest_api=rest_api, metadata_configuration=metadata_configuration,
                                             stage=stage)

    def bind(self, _scope: Construct, gateway: IGateway) -> TargetConfigurationConfig:
        """Let the gateway's role invoke the API's stage."""
        i = iam()
        gateway.role.add_to_principal_policy(i.PolicyStatement(
            effect=i.Effect.ALLOW, actions=["execute-api:Invoke"],
            resources=[self._rest_api.arn_for_execute_api("*", "/*", self.stage)]))
        return TargetConfigurationConfig(bound=True)

    def _render_mcp_configuration(self) -> dict[str, Any]:
        tools = self.api_gateway_tool_configuration
        tool_config: dict[str, Any] = {"tool_filters": [
            {"filter_path": f.filter_path, "methods": [m.value for m in f.methods]} for f in tools.tool_filters]}
        if tools.tool_overrides is not None:
            overrides = []
            for o in tools.tool_overrides:
                override: dict[str, Any] = {"path": o.path, "method": o.method.value, "name": o.name}
                if o.description:
                    override["description"] = o.description
                overrides.append(override)
            tool_config["tool_overrides"] = overrides
        # (the metadata configuration is the target's own property: ``GatewayTarget`` renders it)
        return {"api_gateway": {"rest_api_id": self.rest_api_id, "stage": self.stage,
                                "api_gateway_tool_configuration": tool_config}}

    def _validate(self) -> None:
        if not Token.is_unresolved(self.rest_api_id):
            errors = length_errors(self.rest_api_id, "REST API ID", 1, 256)
            if errors:
                raise UnscopedValidationError("\n".join(errors))
        if not Token.is_unresolved(self.stage):
            errors = length_errors(self.stage, "Stage name", 1, 128)
            if errors:
                raise UnscopedValidationError("\n".join(errors))
        tools = self.api_gateway_tool_configuration
        if not tools.tool_filters:
            raise UnscopedValidationError("At least one tool filter is required for API Gateway target configuration")
        for f in tools.tool_filters:
            _validate_tool_filter(f)
        for o in tools.tool_overrides or ():
            _validate_tool_override(o)
        meta = self.metadata_configuration
        if meta is not None:
            for values, name, max_length in ((meta.allowed_query_parameters, "allowedQueryParameters", 40),
                                             (meta.allowed_request_headers, "allowedRequestHeaders", 100),
                                             (meta.allowed_response_headers, "allowedResponseHeaders", 100)):
                if values is not None:
                    _validate_metadata_array(values, name, max_length)


def _validate_metadata_array(values: Sequence[str], name: str, max_length: int) -> None:
    if Token.is_unresolved(values):
        return
    if len(values) == 0:
        raise UnscopedValidationError(f"{name} cannot be an empty array. It must contain at least 1 item(s)")
    if len(values) > 10:
        raise UnscopedValidationError(f"{name} cannot exceed 10 items. Found {len(values)} items")
    for index, item in enumerate(values):
        errors = length_errors(item, f"{name}[{index}]", 1, max_length)
        if errors:
            raise UnscopedValidationError("\n".join(errors))


def _validate_tool_filter(f: ApiGatewayToolFilter) -> None:
    if Token.is_unresolved(f.filter_path):
        return
    errors = pattern_errors(
        f.filter_path, "Filter path", r"^/[\w\-{}/*]*$",
        "Filter path must start with a forward slash and contain only alphanumeric characters, hyphens, "
        "underscores, curly braces, forward slashes, and asterisks")
    if errors:
        raise UnscopedValidationError("\n".join(errors))
    if not f.methods:
        raise UnscopedValidationError(f"At least one HTTP method is required for filter path: {f.filter_path}")


def _validate_tool_override(o: ApiGatewayToolOverride) -> None:
    if Token.is_unresolved(o.path):
        return
    if "*" in o.path:
        raise UnscopedValidationError(
            f"Tool override path cannot contain wildcards. Path: {o.path}. Tool overrides must specify an explicit "
            "path that matches an existing operation in your API.")
    errors = pattern_errors(
        o.path, "Override path", r"^/[\w\-{}/]*$",
        "Override path must start with a forward slash and contain only alphanumeric characters, hyphens, "
        "underscores, curly braces, and forward slashes")
    if errors:
        raise UnscopedValidationError("\n".join(errors))
    if Token.is_unresolved(o.name):
        return
    errors = length_errors(o.name, "Override tool name", 1, 64)
    if errors:
        raise UnscopedValidationError("\n".join(errors))
    if o.description and not Token.is_unresolved(o.description):
        errors = length_errors(o.description, "Override description", 1, 200)
        if errors:
            raise UnscopedValidationError("\n".join(errors))

