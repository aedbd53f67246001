"""``Gateway``: an AgentCore gateway (MCP tools from Lambda functions, APIs and MCP servers), its grants, metrics
and targets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, Duration, Lazy, Names, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options
from l2.bedrockagentcore._gateway_auth import GatewayAuthorizer, GatewayAuthorizerType
from l2.bedrockagentcore._gateway_interfaces import IGateway
from l2.bedrockagentcore._gateway_target import GatewayTarget
from l2.bedrockagentcore._gateway_types import (
    GatewayExceptionLevel,
    GatewayPolicyEngineConfig,
    McpGatewaySearchType,
    McpProtocolConfiguration,
    MCPProtocolVersion,
    PolicyEngineMode,
)
from l2.bedrockagentcore._interceptor import InterceptionPoint, InterceptorBindConfig
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import GatewayReference
    from l2.apigateway import IRestApi
    from l2.bedrockagentcore._gateway_interfaces import (
        ICredentialProviderConfig,
        IGatewayAuthorizerConfig,
        IGatewayProtocolConfig,
        IInterceptor,
    )
    from l2.bedrockagentcore._gateway_target_config import ApiGatewayToolConfiguration, MetadataConfiguration
    from l2.bedrockagentcore._schema import ApiSchema, ToolSchema
    from l2.cloudwatch import Metric, Unit
    from l2.cognito import IUserPool, IUserPoolClient, IUserPoolDomain, IUserPoolResourceServer
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey
    from l2.lambda_ import IFunction

_INVOKE = ["bedrock-agentcore:InvokeGateway"]
_GET = ["bedrock-agentcore:GetGatewayTarget", "bedrock-agentcore:GetGateway"]
_LIST = ["bedrock-agentcore:ListGateways", "bedrock-agentcore:ListGatewayTargets"]
_MANAGE = ["bedrock-agentcore:CreateGateway", "bedrock-agentcore:CreateGatewayTarget",
           "bedrock-agentcore:UpdateGateway", "bedrock-agentcore:UpdateGatewayTarget",
           "bedrock-agentcore:DeleteGateway", "bedrock-agentcore:DeleteGatewayTarget"]
_KMS = ["kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair",
        "kms:GenerateDataKeyPairWithoutPlaintext", "kms:Decrypt", "kms:Encrypt", "kms:ReEncryptFrom",
        "kms:ReEncryptTo", "kms:CreateGrant", "kms:DescribeKey"]
_NO_AUTH_WARNING = (
    "This gateway has no inbound authorization. The endpoint will be publicly accessible without credentials. "
    "Ensure you have implemented compensating security controls such as Gateway Interceptors. See "
    "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/gateway-inbound-auth.html"
    "#gateway-inbound-auth-none")


@structs.frozen(kw_only=True)
class GatewayProps:
    """The properties of a ``Gateway`` (see ``Gateway``)."""

    authorizer_configuration: IGatewayAuthorizerConfig | None = None
    description: str | None = None
    exception_level: GatewayExceptionLevel | None = None
    gateway_name: str | None = None
    interceptor_configurations: Sequence[IInterceptor] | None = None
    kms_key: IKey | None = None
    policy_engine_configuration: GatewayPolicyEngineConfig | None = None
    protocol_configuration: IGatewayProtocolConfig | None = None
    role: IRole | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class GatewayAttributes:
    """What ``Gateway.from_gateway_attributes`` needs to know of an existing gateway."""

    gateway_arn: str
    """The ARN of the gateway."""
    gateway_id: str
    """The id of the gateway."""
    gateway_name: str
    """The name of the gateway."""
    role: IRole
    """The gateway's role."""


@structs.frozen(kw_only=True)
class AddLambdaTargetOptions:
    """The options of ``Gateway.add_lambda_target``."""

    lambda_function: IFunction
    """The function."""
    tool_schema: ToolSchema
    """The tools it offers."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (default its IAM role)."""
    description: str | None = None
    """A description."""
    gateway_target_name: str | None = None
    """The target's name (default generated)."""


@structs.frozen(kw_only=True)
class AddOpenApiTargetOptions:
    """The options of ``Gateway.add_open_api_target``."""

    api_schema: ApiSchema
    """The OpenAPI schema."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (API key or OAuth)."""
    description: str | None = None
    """A description."""
    gateway_target_name: str | None = None
    """The target's name (default generated)."""
    validate_open_api_schema: bool | None = None
    """Check the schema at synthesis (default true)."""


@structs.frozen(kw_only=True)
class AddSmithyTargetOptions:
    """The options of ``Gateway.add_smithy_target``."""

    smithy_model: ApiSchema
    """The Smithy model."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (default its IAM role)."""
    description: str | None = None
    """A description."""
    gateway_target_name: str | None = None
    """The target's name (default generated)."""


@structs.frozen(kw_only=True)
class AddMcpServerTargetOptions:
    """The options of ``Gateway.add_mcp_server_target``."""

    credential_provider_configurations: Sequence[ICredentialProviderConfig]
    """How the gateway authenticates to the server."""
    endpoint: str
    """The server's HTTPS URL."""
    description: str | None = None
    """A description."""
    gateway_target_name: str | None = None
    """The target's name (default generated)."""


@structs.frozen(kw_only=True)
class AddApiGatewayTargetOptions:
    """The options of ``Gateway.add_api_gateway_target``."""

    api_gateway_tool_configuration: ApiGatewayToolConfiguration
    """Which operations are tools."""
    rest_api: IRestApi
    """The REST API."""
    credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None
    """How the gateway authenticates (default IAM)."""
    description: str | None = None
    """A description."""
    gateway_target_name: str | None = None
    """The target's name (default generated)."""
    metadata_configuration: MetadataConfiguration | None = None
    """Headers and query parameters passed through."""
    stage: str | None = None
    """The stage (default the API's deployment stage)."""


class GatewayBase(Resource):
    """What new and imported gateways share: grants and metrics."""

    gateway_arn: str
    gateway_id: str
    gateway_name: str
    role: IRole
    authorizer_configuration: IGatewayAuthorizerConfig
    protocol_configuration: IGatewayProtocolConfig
    description: str | None = None
    exception_level: GatewayExceptionLevel | None = None
    kms_key: IKey | None = None
    gateway_url: str | None = None
    status: str | None = None
    status_reason: Sequence[str] | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @property
    def gateway_ref(self) -> GatewayReference:
        """The gateway's identifier and ARN."""
        from l1._private.interfaces.bedrockagentcore import GatewayReference

        return GatewayReference(gateway_identifier=self.gateway_id, gateway_arn=self.gateway_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this gateway to ``grantee``."""
        return iam().Grant.add_to_principal(grantee=grantee, resource_arns=[self.gateway_arn], actions=list(actions))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` get this gateway and its targets, and list all gateways and targets."""
        one = self.grant(grantee, *_GET)
        every = iam().Grant.add_to_principal(grantee=grantee, resource_arns=["*"], actions=list(_LIST))
        return one.combine(every)

    def grant_manage(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` create, update and delete the gateway and its targets."""
        return self.grant(grantee, *_MANAGE)

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the gateway."""
        return self.grant(grantee, *_INVOKE)

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of this gateway (namespace ``AWS/Bedrock-AgentCore``).

        The keywords are aws-cdk-lib's ``MetricOptions``; the dimensions are the ``InvokeGateway`` operation, the
        protocol and the gateway's ARN (``Resource``).
        """
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        dims = {"Operation": "InvokeGateway", "Protocol": self.protocol_configuration.protocol_type,
                "Resource": self.gateway_arn, **(props.pop("dimensions_map", None) or {})}
        props.setdefault("region", self.stack.region)
        props.setdefault("account", self.stack.account)
        return cloudwatch.Metric(namespace="AWS/Bedrock-AgentCore", metric_name=metric_name, dimensions_map=dims,
                                 **props)

    def metric_invocations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of invocations of the gateway (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("Invocations", **options)

    def metric_throttles(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of throttled requests (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("Throttles", **options)

    def metric_system_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of system errors (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("SystemErrors", **options)

    def metric_user_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of user errors (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("UserErrors", **options)

    def metric_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The latency of requests (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("Latency", **options)

    def metric_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The duration of requests (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("Duration", **options)

    def metric_target_execution_time(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The execution time of the targets (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("TargetExecutionTime", **options)

    def metric_target_type(self, target_type: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of requests to targets of ``target_type`` (Sum)."""
        options = _metric_options(locals(), "target_type")
        options.setdefault("statistic", "Sum")
        options["dimensions_map"] = {"TargetType": target_type, **(options.get("dimensions_map") or {})}
        return self.metric("TargetType", **options)


class _ImportedGateway(GatewayBase):
    def __init__(self, scope: Construct, id: str, attrs: GatewayAttributes) -> None:
        super().__init__(scope, id)
        self.gateway_arn = attrs.gateway_arn
        self.gateway_id = attrs.gateway_id
        self.gateway_name = attrs.gateway_name
        self.role = attrs.role
        self.protocol_configuration = McpProtocolConfiguration(
            supported_versions=[MCPProtocolVersion.MCP_2025_03_26], search_type=McpGatewaySearchType.SEMANTIC,
            instructions="Imported gateway")
        self.authorizer_configuration = GatewayAuthorizer.using_aws_iam()


class Gateway(GatewayBase):
    """An AgentCore gateway (``AWS::BedrockAgentCore::Gateway``): one MCP endpoint for many tools.

    Args:
        gateway_name: the name (default generated from the construct path; alphanumerics and single hyphens, up to
            48 characters).
        description: a description (1 to 200 characters).
        protocol_configuration: the protocol (default MCP 2025-03-26 with semantic search).
        authorizer_configuration: inbound authentication (default a new Cognito user pool with a client-credentials
            client, a resource server with ``read``/``write`` scopes and a domain).
        exception_level: the detail of error messages (default sanitized messages).
        kms_key: the key that encrypts the gateway's data (default AWS owned).
        role: the role the gateway acts as (default a new role trusted by ``bedrock-agentcore``).
        interceptor_configurations: at most one REQUEST and one RESPONSE interceptor.
        policy_engine_configuration: the Cedar policy engine that authorizes requests (default none).
        tags: tags of the gateway.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.Gateway"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *,
                 authorizer_configuration: IGatewayAuthorizerConfig | None = None, description: str | None = None,
                 exception_level: GatewayExceptionLevel | None = None, gateway_name: str | None = None,
                 interceptor_configurations: Sequence[IInterceptor] | None = None, kms_key: IKey | None = None,
                 policy_engine_configuration: GatewayPolicyEngineConfig | None = None,
                 protocol_configuration: IGatewayProtocolConfig | None = None, role: IRole | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=gateway_name if gateway_name is not None else Lazy.string(
            lambda: Names.unique_resource_name(self, max_length=48)))
        self.gateway_name = self.physical_name
        self._validate_name(self.gateway_name)
        self.description = description
        if description:
            self._validate_description(description)
        self.kms_key = kms_key
        self.user_pool: IUserPool | None = None
        """The default Cognito user pool (when no authorizer was given)."""
        self.user_pool_client: IUserPoolClient | None = None
        """The default user pool's client."""
        self.user_pool_domain: IUserPoolDomain | None = None
        """The default user pool's domain."""
        self.resource_server: IUserPoolResourceServer | None = None
        """The default user pool's resource server."""
        self.token_endpoint_url: str | None = None
        """The OAuth token endpoint of the default user pool."""
        self.oauth_scopes: Sequence[str] | None = None
        """The OAuth scopes of the default user pool's resource server."""
        self.role = role if role is not None else self._create_role()
        if kms_key is not None:
            kms_key.grant_encrypt_decrypt(self.role)
        self.protocol_configuration = (protocol_configuration if protocol_configuration is not None
                                       else McpProtocolConfiguration(
                                           supported_versions=[MCPProtocolVersion.MCP_2025_03_26],
                                           search_type=McpGatewaySearchType.SEMANTIC,
                                           instructions="Default gateway to connect to external MCP tools"))
        if authorizer_configuration is not None:
            self.authorizer_configuration = authorizer_configuration
        else:
            self.authorizer_configuration = self._create_default_cognito_authorizer()
        if self.authorizer_configuration.authorizer_type is GatewayAuthorizerType.NONE:
            Annotations.of(self).add_warning_v2("aws-cdk-lib.aws-bedrockagentcore:noAuthGateway", _NO_AUTH_WARNING)
        self.exception_level = exception_level
        self.tags: Mapping[str, str] = dict(tags) if tags is not None else {}
        """The tags of the gateway."""
        for key in self.tags:
            if not Token.is_unresolved(key) and key.lower().startswith("aws:"):
                raise ValidationError(f'Tag key "{key}" cannot start with "aws:" as this prefix is reserved by AWS',
                                      self)
        self._request_interceptor: InterceptorBindConfig | None = None
        self._response_interceptor: InterceptorBindConfig | None = None
        self.policy_engine_configuration = policy_engine_configuration
        """The Cedar policy engine that authorizes requests."""
        from l1.bedrockagentcore import CfnGateway

        policy_engine = None
        if policy_engine_configuration is not None:
            mode = policy_engine_configuration.mode or PolicyEngineMode.ENFORCE
            policy_engine = {"arn": policy_engine_configuration.policy_engine.policy_engine_arn, "mode": mode.value}
        resource = CfnGateway(
            self, "Resource", authorizer_configuration=self.authorizer_configuration._render(),  # type: ignore[attr-defined]
            authorizer_type=self.authorizer_configuration.authorizer_type.value, description=description,
            exception_level=exception_level.value if exception_level is not None else None,
            interceptor_configurations=Lazy.any(lambda: self._render_interceptors()),
            kms_key_arn=kms_key.key_arn if kms_key is not None else None, name=self.gateway_name,
            policy_engine_configuration=policy_engine,
            protocol_configuration=self.protocol_configuration._render(),  # type: ignore[attr-defined]
            protocol_type=self.protocol_configuration.protocol_type, role_arn=self.role.role_arn, tags=self.tags)
        self.node.default_child = resource
        self.gateway_id = resource.attr_gateway_identifier
        self.gateway_arn = resource.attr_gateway_arn
        self.gateway_url = resource.attr_gateway_url
        self.status = resource.attr_status
        self.created_at = resource.attr_created_at
        self.updated_at = resource.attr_updated_at
        self.status_reason = resource.attr_status_reasons
        # (bound once the gateway is complete; they render lazily)
        if interceptor_configurations:
            self._init_interceptors(interceptor_configurations)
        if policy_engine_configuration is not None:
            policy_engine_configuration.policy_engine.grant_evaluate_for_gateway(self.role, self)
            resource.node.add_dependency(self.role)

    @staticmethod
    def from_gateway_attributes(scope: Construct, id: str, *, gateway_arn: str, gateway_id: str, gateway_name: str,
                                role: IRole) -> IGateway:
        """A gateway made outside this app."""
        return _ImportedGateway(scope, id, GatewayAttributes(gateway_arn=gateway_arn, gateway_id=gateway_id,
                                                             gateway_name=gateway_name, role=role))

    # -- targets --------------------------------------------------------------------------------------------
    def add_lambda_target(self, id: str, *, lambda_function: IFunction, tool_schema: ToolSchema,
                          credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                          description: str | None = None, gateway_target_name: str | None = None) -> GatewayTarget:
        """Add a target calling ``lambda_function`` for the tools of ``tool_schema``."""
        return GatewayTarget.for_lambda(self, id, gateway=self, lambda_function=lambda_function,
                                        tool_schema=tool_schema, description=description,
                                        gateway_target_name=gateway_target_name,
                                        credential_provider_configurations=credential_provider_configurations or None)

    def add_open_api_target(self, id: str, *, api_schema: ApiSchema,
                            credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                            description: str | None = None, gateway_target_name: str | None = None,
                            validate_open_api_schema: bool | None = None) -> GatewayTarget:
        """Add a target for the API of the OpenAPI ``api_schema``."""
        return GatewayTarget.for_open_api(self, id, gateway=self, api_schema=api_schema, description=description,
                                          gateway_target_name=gateway_target_name,
                                          validate_open_api_schema=validate_open_api_schema,
                                          credential_provider_configurations=credential_provider_configurations)

    def add_smithy_target(self, id: str, *, smithy_model: ApiSchema,
                          credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                          description: str | None = None, gateway_target_name: str | None = None) -> GatewayTarget:
        """Add a target for the API of the Smithy ``smithy_model``."""
        return GatewayTarget.for_smithy(self, id, gateway=self, smithy_model=smithy_model, description=description,
                                        gateway_target_name=gateway_target_name,
                                        credential_provider_configurations=credential_provider_configurations or None)

    def add_mcp_server_target(self, id: str, *,
                              credential_provider_configurations: Sequence[ICredentialProviderConfig],
                              endpoint: str, description: str | None = None,
                              gateway_target_name: str | None = None) -> GatewayTarget:
        """Add a target for the MCP server at ``endpoint``."""
        return GatewayTarget.for_mcp_server(self, id, gateway=self, endpoint=endpoint, description=description,
                                            gateway_target_name=gateway_target_name,
                                            credential_provider_configurations=credential_provider_configurations)

    def add_api_gateway_target(self, id: str, *, api_gateway_tool_configuration: ApiGatewayToolConfiguration,
                               rest_api: IRestApi,
                               credential_provider_configurations: Sequence[ICredentialProviderConfig] | None = None,
                               description: str | None = None, gateway_target_name: str | None = None,
                               metadata_configuration: MetadataConfiguration | None = None,
                               stage: str | None = None) -> GatewayTarget:
        """Add a target for operations of the REST API ``rest_api``."""
        return GatewayTarget.for_api_gateway(
            self, id, gateway=self, rest_api=rest_api, stage=stage, description=description,
            gateway_target_name=gateway_target_name, api_gateway_tool_configuration=api_gateway_tool_configuration,
            credential_provider_configurations=credential_provider_configurations,
            metadata_configuration=metadata_configuration)

    # -- interceptors ---------------------------------------------------------------------------------------
    def add_interceptor(self, interceptor: IInterceptor) -> None:
        """Add an interceptor (at most one REQUEST and one RESPONSE interceptor)."""
        point = interceptor.interception_point
        if point is InterceptionPoint.REQUEST:
            if self._request_interceptor is not None:
                raise ValidationError(
                    "Gateway already has a REQUEST interceptor configured. A gateway can have at most one REQUEST "
                    "interceptor.", self)
            self._request_interceptor = interceptor.bind(self, self)
        elif point is InterceptionPoint.RESPONSE:
            if self._response_interceptor is not None:
                raise ValidationError(
                    "Gateway already has a RESPONSE interceptor configured. A gateway can have at most one RESPONSE "
                    "interceptor.", self)
            self._response_interceptor = interceptor.bind(self, self)

    def _init_interceptors(self, interceptors: Sequence[IInterceptor]) -> None:
        for point, label in ((InterceptionPoint.REQUEST, "REQUEST"), (InterceptionPoint.RESPONSE, "RESPONSE")):
            count = sum(1 for i in interceptors if i.interception_point is point)
            if count > 1:
                raise ValidationError(
                    f"Gateway can have at most one {label} interceptor. Found {count} {label} interceptors.", self)
        for interceptor in interceptors:
            self.add_interceptor(interceptor)

    def _render_interceptors(self) -> Any:
        from l1.bedrockagentcore import CfnGateway

        configs = [CfnGateway.GatewayInterceptorConfigurationProperty(**c.configuration)
                   for c in (self._request_interceptor, self._response_interceptor) if c is not None]
        return configs or None

    # -- defaults -------------------------------------------------------------------------------------------
    def _create_role(self) -> IRole:
        i = iam()
        stack = Stack.of(self)
        role = i.Role(self, "ServiceRole", assumed_by=i.ServicePrincipal("bedrock-agentcore.amazonaws.com"),
                      description=f"Service role for Bedrock AgentCore Gateway {self.gateway_name}")
        assert role.assume_role_policy is not None
        role.assume_role_policy.add_statements(i.PolicyStatement(
            effect=i.Effect.ALLOW, principals=[i.ServicePrincipal("bedrock-agentcore.amazonaws.com")],
            actions=["sts:AssumeRole"], conditions={
                "StringEquals": {"aws:SourceAccount": stack.account},
                "ArnLike": {"aws:SourceArn": f"arn:{stack.partition}:bedrock-agentcore:{stack.region}:"
                                             f"{stack.account}:gateway/{self.gateway_name}*"}}))
        if self.kms_key is not None:
            role.add_to_policy(i.PolicyStatement(effect=i.Effect.ALLOW, actions=list(_KMS),
                                                 resources=[self.kms_key.key_arn]))
        return role

    def _create_default_cognito_authorizer(self) -> IGatewayAuthorizerConfig:
        from l2 import cognito

        user_pool = cognito.UserPool(self, "UserPool", sign_in_case_sensitive=False)
        read = cognito.ResourceServerScope(scope_name="read", scope_description="Read access to gateway tools")
        write = cognito.ResourceServerScope(scope_name="write", scope_description="Write access to gateway tools")
        resource_server = user_pool.add_resource_server(
            "ResourceServer", identifier=Names.unique_resource_name(self, max_length=256, separator="-"),
            scopes=[read, write])
        scopes = [cognito.OAuthScope.resource_server(resource_server, read),
                  cognito.OAuthScope.resource_server(resource_server, write)]
        client = user_pool.add_client("DefaultClient", generate_secret=True, o_auth=cognito.OAuthSettings(
            flows=cognito.OAuthFlows(client_credentials=True), scopes=scopes))
        prefix = Names.unique_resource_name(self, max_length=63, separator="-").lower()
        domain = user_pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix=prefix))
        self.user_pool = user_pool
        self.user_pool_client = client
        self.user_pool_domain = domain
        self.resource_server = resource_server
        self.token_endpoint_url = (f"https://{domain.domain_name}.auth.{Stack.of(self).region}.amazoncognito.com"
                                   "/oauth2/token")
        self.oauth_scopes = [s.scope_name for s in scopes]
        return GatewayAuthorizer.using_cognito(user_pool=user_pool, allowed_clients=[client])

    # -- validation -----------------------------------------------------------------------------------------
    def _validate_name(self, name: str) -> None:
        if Token.is_unresolved(name):
            return
        errors = length_errors(name, "Gateway name", 1, 48)
        if errors:
            raise ValidationError("\n".join(errors), self)
        errors = pattern_errors(
            name, "Gateway name", r"^([0-9a-zA-Z][-]?){1,48}$",
            "Gateway name must contain only alphanumeric characters and hyphens, with hyphens only between "
            "characters")
        if errors:
            raise ValidationError("\n".join(errors), self)

    def _validate_description(self, description: str) -> None:
        if Token.is_unresolved(description):
            return
        errors = length_errors(description, "Description", 1, 200)
        if errors:
            raise ValidationError("\n".join(errors), self)
