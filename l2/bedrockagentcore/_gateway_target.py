"""``GatewayTarget``: a target of an AgentCore gateway (a Lambda function, an OpenAPI / Smithy API, an MCP server or
an API Gateway REST API)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Names, Resource, Token, ValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._gateway_credentials import (
    GatewayCredentialProvider,
    _GatewayIamRoleCredentialProviderConfig,
)
from l2.bedrockagentcore._gateway_interfaces import IMcpGatewayTarget
from l2.bedrockagentcore._gateway_target_config import (
    ApiGatewayTargetConfiguration,
    ApiGatewayToolConfiguration,
    GatewayTargetProtocolType,
    LambdaTargetConfiguration,
    McpServerTargetConfiguration,
    McpTargetType,
    MetadataConfiguration,
    OpenApiTargetConfiguration,
    SmithyTargetConfiguration,
)
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import GatewayTargetReference
    from l2.apigateway import IRestApi
    from l2.bedrockagentcore._gateway_interfaces import (
        ICredentialProviderConfig,
        IGateway,
        ITargetConfiguration,
    )
    from l2.bedrockagentcore._schema import ApiSchema, ToolSchema
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IFunction

_SYNC = ["bedrock-agentcore:SynchronizeGatewayTargets"]


@structs.frozen(kw_only=True)
class GatewayTargetCommonProps:
    """What every gateway target has: a name and a description."""

    description: str | None = None
    """A description (1 to 200 characters)."""
    gateway_target_name: str | None = None
    """The name (default generated; alphanumerics and single hyphens, up to 100 characters)."""


@structs.frozen(kw_only=True)
class GatewayTargetProps(GatewayTargetCommonProps):
    """The properties of a ``GatewayTarget``."""

    gateway: IGateway
    """The gateway."""
    target_configuration: ITargetConfiguration
    """What the target exposes."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates to the target (default the gateway's IAM role where the type allows)."""


@structs.frozen(kw_only=True)
class GatewayTargetLambdaProps(GatewayTargetCommonProps):
    """The properties of ``GatewayTarget.for_lambda``."""

    gateway: IGateway
    """The gateway."""
    lambda_function: IFunction
    """The function."""
    tool_schema: ToolSchema
    """The tools it offers."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (default its IAM role)."""


@structs.frozen(kw_only=True)
class GatewayTargetOpenApiProps(GatewayTargetCommonProps):
    """The properties of ``GatewayTarget.for_open_api``."""

    api_schema: ApiSchema
    """The OpenAPI schema."""
    gateway: IGateway
    """The gateway."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (API key or OAuth)."""
    validate_open_api_schema: bool | None = None
    """Check the schema at synthesis (default true)."""


@structs.frozen(kw_only=True)
class GatewayTargetSmithyProps(GatewayTargetCommonProps):
    """The properties of ``GatewayTarget.for_smithy``."""

    gateway: IGateway
    """The gateway."""
    smithy_model: ApiSchema
    """The Smithy model (JSON AST)."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (default its IAM role)."""


@structs.frozen(kw_only=True)
class GatewayTargetMcpServerProps(GatewayTargetCommonProps):
    """The properties of ``GatewayTarget.for_mcp_server``."""

    credential_provider_configurations: Sequence[ICredentialProviderConfig]
    """How the gateway authenticates to the server."""
    endpoint: str
    """The server's HTTPS URL."""
    gateway: IGateway
    """The gateway."""


@structs.frozen(kw_only=True)
class GatewayTargetApiGatewayProps(GatewayTargetCommonProps):
    """The properties of ``GatewayTarget.for_api_gateway``."""

    api_gateway_tool_configuration: ApiGatewayToolConfiguration
    """Which operations are tools."""
    gateway: IGateway
    """The gateway."""
    rest_api: IRestApi
    """The REST API."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (default IAM)."""
    metadata_configuration: MetadataConfiguration | None = None
    """Headers and query parameters passed through."""
    stage: str | None = None
    """The stage (default the API's deployment stage)."""


@structs.frozen(kw_only=True)
class GatewayTargetAttributes:
    """What ``GatewayTarget.from_gateway_target_attributes`` needs to know."""

    gateway: IGateway
    """The target's gateway."""
    gateway_target_name: str
    """The target's name."""
    target_arn: str
    """The target's ARN."""
    target_id: str
    """The target's id."""
    created_at: str | None = None
    """When it was created."""
    status: str | None = None
    """Its status."""
    updated_at: str | None = None
    """When it was last updated."""


class GatewayTargetBase(Resource):
    """What new and imported gateway targets share: grants."""

    target_arn: str
    target_id: str
    gateway_target_name: str
    gateway: IGateway
    target_protocol_type: GatewayTargetProtocolType = GatewayTargetProtocolType.MCP
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    description: str | None = None
    status: str | None = None
    status_reasons: Sequence[str] | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @property
    def gateway_target_ref(self) -> GatewayTargetReference:
        """The target's gateway identifier and target id."""
        from l1._private.interfaces.bedrockagentcore import GatewayTargetReference

        return GatewayTargetReference(gateway_identifier=self.gateway.gateway_id, target_id=self.target_id)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this target to ``grantee``."""
        return iam().Grant.add_to_principal(grantee=grantee, resource_arns=[self.target_arn], actions=list(actions))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` get this target and list all targets."""
        one = self.grant(grantee, "bedrock-agentcore:GetGatewayTarget")
        every = iam().Grant.add_to_principal(grantee=grantee, resource_arns=["*"],
                                             actions=["bedrock-agentcore:ListGatewayTargets"])
        return one.combine(every)

    def grant_manage(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` create, update and delete this target."""
        return self.grant(grantee, "bedrock-agentcore:CreateGatewayTarget", "bedrock-agentcore:UpdateGatewayTarget",
                          "bedrock-agentcore:DeleteGatewayTarget")


class _ImportedGatewayTarget(GatewayTargetBase):
    def __init__(self, scope: Construct, id: str, attrs: GatewayTargetAttributes) -> None:
        super().__init__(scope, id)
        self.target_arn = attrs.target_arn
        self.target_id = attrs.target_id
        self.gateway_target_name = attrs.gateway_target_name
        # (aws-cdk-lib's imported target reports its status as its description)
        self.description = attrs.status
        self.gateway = attrs.gateway
        self.credential_provider_configurations = []
        self.status = attrs.status
        self.created_at = attrs.created_at
        self.updated_at = attrs.updated_at


class GatewayTarget(GatewayTargetBase):
    """A target of an AgentCore gateway (``AWS::BedrockAgentCore::GatewayTarget``).

    Args:
        gateway: the gateway.
        target_configuration: what the target exposes (``LambdaTargetConfiguration.create(...)`` & co.).
        credential_provider_configurations: how the gateway authenticates to the target (default the gateway's IAM
            role for Lambda and Smithy targets).
        description: a description (1 to 200 characters).
        gateway_target_name: the name (default generated from the construct path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.GatewayTarget"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, gateway: IGateway, target_configuration: ITargetConfiguration,
                 credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                 description: str | None = None, gateway_target_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=gateway_target_name if gateway_target_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=100)))
        self.gateway_target_name = self.physical_name
        self._validate_name(self.gateway_target_name)
        self.description = description
        if description:
            self._validate_description(description)
        self.gateway = gateway
        self.target_configuration = target_configuration
        """What the target exposes."""
        self.target_type: McpTargetType = target_configuration.target_type
        """The target type."""
        self.credential_provider_configurations = self._target_credentials(credential_provider_configurations)
        self._validate_iam_credential_target_type()
        target_configuration.bind(self, gateway)
        from l1.bedrockagentcore import CfnGatewayTarget

        metadata = None
        if isinstance(target_configuration, ApiGatewayTargetConfiguration):
            meta = target_configuration.metadata_configuration
            if meta is not None:
                metadata = {"allowed_query_parameters": meta.allowed_query_parameters,
                            "allowed_request_headers": meta.allowed_request_headers,
                            "allowed_response_headers": meta.allowed_response_headers}
        self.target_resource = CfnGatewayTarget(
            self, "Resource", gateway_identifier=gateway.gateway_id, name=self.gateway_target_name,
            description=description,
            credential_provider_configurations=Lazy.any(lambda: self._render_credentials()),
            target_configuration=Lazy.any(lambda: self._render_target()),
            metadata_configuration=metadata)
        """The L1 ``CfnGatewayTarget``."""
        for provider in self.credential_provider_configurations or ():
            grant = provider.grant_needed_permissions_to_role(gateway)
            if grant is not None:
                grant.apply_before(self.target_resource)
        self.target_id = self.target_resource.attr_target_id
        self.target_arn = self.target_resource.ref
        self.status = self.target_resource.attr_status
        self.status_reasons = self.target_resource.attr_status_reasons
        self.created_at = self.target_resource.attr_created_at
        self.updated_at = self.target_resource.attr_updated_at

    @staticmethod
    def from_gateway_target_attributes(scope: Construct, id: str, *, gateway: IGateway, gateway_target_name: str,
                                       target_arn: str, target_id: str, created_at: str | None = None,
                                       status: str | None = None, updated_at: str | None = None) -> IMcpGatewayTarget:
        """A gateway target made outside this app."""
        return _ImportedGatewayTarget(scope, id, GatewayTargetAttributes(  # type: ignore[return-value]
            gateway=gateway, gateway_target_name=gateway_target_name, target_arn=target_arn, target_id=target_id,
            created_at=created_at, status=status, updated_at=updated_at))

    @staticmethod
    def for_lambda(scope: Construct, id: str, *, gateway: IGateway, lambda_function: IFunction,
                   tool_schema: ToolSchema,
                   credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                   description: str | None = None, gateway_target_name: str | None = None) -> GatewayTarget:
        """A target calling ``lambda_function`` for the tools of ``tool_schema``."""
        return GatewayTarget(scope, id, gateway=gateway, gateway_target_name=gateway_target_name,
                             description=description,
                             credential_provider_configurations=credential_provider_configurations,
                             target_configuration=LambdaTargetConfiguration.create(lambda_function, tool_schema))

    @staticmethod
    def for_open_api(scope: Construct, id: str, *, api_schema: ApiSchema, gateway: IGateway,
                     credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                     validate_open_api_schema: bool | None = None, description: str | None = None,
                     gateway_target_name: str | None = None) -> GatewayTarget:
        """A target for the API of the OpenAPI ``api_schema``."""
        return GatewayTarget(scope, id, gateway=gateway, gateway_target_name=gateway_target_name,
                             description=description,
                             credential_provider_configurations=credential_provider_configurations,
                             target_configuration=OpenApiTargetConfiguration.create(api_schema,
                                                                                    validate_open_api_schema))

    @staticmethod
    def for_smithy(scope: Construct, id: str, *, gateway: IGateway, smithy_model: ApiSchema,
                   credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                   description: str | None = None, gateway_target_name: str | None = None) -> GatewayTarget:
        """A target for the API of the Smithy ``smithy_model``."""
        return GatewayTarget(scope, id, gateway=gateway, gateway_target_name=gateway_target_name,
                             description=description,
                             credential_provider_configurations=credential_provider_configurations,
                             target_configuration=SmithyTargetConfiguration.create(smithy_model))

    @staticmethod
    def for_mcp_server(scope: Construct, id: str, *,
                       credential_provider_configurations: Sequence[ICredentialProviderConfig], endpoint: str,
                       gateway: IGateway, description: str | None = None,
                       gateway_target_name: str | None = None) -> GatewayTarget:
        """A target for the MCP server at ``endpoint``."""
        return GatewayTarget(scope, id, gateway=gateway, gateway_target_name=gateway_target_name,
                             description=description,
                             credential_provider_configurations=credential_provider_configurations,
                             target_configuration=McpServerTargetConfiguration.create(endpoint))

    @staticmethod
    def for_api_gateway(scope: Construct, id: str, *, api_gateway_tool_configuration: ApiGatewayToolConfiguration,
                        gateway: IGateway, rest_api: IRestApi,
                        credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                        metadata_configuration: MetadataConfiguration | None = None, stage: str | None = None,
                        description: str | None = None, gateway_target_name: str | None = None) -> GatewayTarget:
        """A target for operations of the REST API ``rest_api``."""
        return GatewayTarget(scope, id, gateway=gateway, gateway_target_name=gateway_target_name,
                             description=description,
                             credential_provider_configurations=credential_provider_configurations,
                             target_configuration=ApiGatewayTargetConfiguration.create(
                                 rest_api=rest_api, stage=stage,
                                 api_gateway_tool_configuration=api_gateway_tool_configuration,
                                 metadata_configuration=metadata_configuration))

    def grant_sync(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` synchronize the gateway's targets."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(_SYNC),
                                            resource_arns=[self.gateway.gateway_arn])

    # -- rendering ------------------------------------------------------------------------------------------
    def _target_credentials(self, given: Sequence[ICredentialProviderConfig] | None,
                            ) -> Sequence[ICredentialProviderConfig] | None:
        if given:
            return list(given)
        if self.target_type in (McpTargetType.MCP_SERVER, McpTargetType.OPENAPI_SCHEMA, McpTargetType.API_GATEWAY):
            return None
        return [GatewayCredentialProvider.from_iam_role()]

    def _render_credentials(self) -> Any:
        from l1.bedrockagentcore import CfnGatewayTarget

        if self.credential_provider_configurations is None:
            return None
        return [CfnGatewayTarget.CredentialProviderConfigurationProperty(**provider._render())  # type: ignore[attr-defined]
                for provider in self.credential_provider_configurations]

    def _render_target(self) -> Any:
        from l1.bedrockagentcore import CfnGatewayTarget

        return CfnGatewayTarget.TargetConfigurationProperty(
            **self.target_configuration._render())  # type: ignore[attr-defined]

    # -- validation -----------------------------------------------------------------------------------------
    def _validate_iam_credential_target_type(self) -> None:
        if not any(isinstance(c, _GatewayIamRoleCredentialProviderConfig) and c.service is not None
                   for c in self.credential_provider_configurations or ()):
            return
        if self.target_type not in (McpTargetType.MCP_SERVER, McpTargetType.OPENAPI_SCHEMA):
            raise ValidationError(
                "IamCredentialProvider with explicit service/region is only supported for MCP Server and OpenAPI "
                f"targets, got target type \"{self.target_type.value}\"", self)

    def _validate_name(self, name: str) -> None:
        if Token.is_unresolved(name):
            return
        errors = length_errors(name, "Gateway target name", 1, 100) + pattern_errors(
            name, "Gateway target name", r"^([0-9a-zA-Z][-]?){1,100}$",
            "Gateway target name must contain only alphanumeric characters and hyphens, with hyphens only between "
            "characters")
        if errors:
            raise ValidationError("\n".join(errors), self)

    def _validate_description(self, description: str) -> None:
        if Token.is_unresolved(description):
            return
        errors = length_errors(description, "Gateway target description", 1, 200)
        if errors:
            raise ValidationError("\n".join(errors), self)
