"""Bad input to the AgentCore gateway and policy constructs: the messages are aws-cdk-lib 2.275's, and scoped
errors name the construct path."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from constructs import Stack, UnscopedValidationError, ValidationError
from l2 import bedrockagentcore as ac
from l2 import lambda_

NO_AUTH = ac.GatewayAuthorizer.using_aws_iam


def _fn(s: Stack, id: str = "Fn") -> lambda_.Function:
    return lambda_.Function(s, id, runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                            code=lambda_.Code.from_inline("exports.handler = async () => ({})"))


def _gateway(s: Stack) -> ac.Gateway:
    return ac.Gateway(s, "G", authorizer_configuration=NO_AUTH())


def _tools() -> ac.ToolSchema:
    return ac.ToolSchema.from_inline([ac.ToolDefinition(
        name="t", description="d", input_schema=ac.SchemaDefinition(type=ac.SchemaDefinitionType.OBJECT))])


def _statement() -> ac.PolicyStatement:
    return ac.PolicyStatement(effect=ac.PolicyEffect.PERMIT, principal=ac.PolicyPrincipal.any(),
                              action=ac.PolicyAction.any(), resource=ac.PolicyResource.any_of_type("AgentCore::Gateway"))


def _api_target(s: Stack, **config: object) -> object:
    from l2 import apigateway

    api = apigateway.RestApi(s, "Api")
    api.root.add_method("GET")
    tools = config.pop("tools", ac.ApiGatewayToolConfiguration(tool_filters=[ac.ApiGatewayToolFilter(
        filter_path="/", methods=[ac.ApiGatewayHttpMethod.GET])]))
    return ac.ApiGatewayTargetConfiguration.create(rest_api=api, api_gateway_tool_configuration=tools,
                                                   **config)  # type: ignore[arg-type]


SCOPED: dict[str, tuple[Callable[[Stack], object], str]] = {
    "gateway_name": (lambda s: ac.Gateway(s, "R", gateway_name="bad_name", authorizer_configuration=NO_AUTH()),
                     "Gateway name must contain only alphanumeric characters and hyphens, with hyphens only between "
                     "characters"),
    "gateway_name_long": (lambda s: ac.Gateway(s, "R", gateway_name="a" * 49, authorizer_configuration=NO_AUTH()),
                          "The field Gateway name is 49 characters long but must be less than or equal to 48 "
                          "characters"),
    "gateway_desc": (lambda s: ac.Gateway(s, "R", description="x" * 201, authorizer_configuration=NO_AUTH()),
                     "The field Description is 201 characters long but must be less than or equal to 200 "
                     "characters"),
    "gateway_tag": (lambda s: ac.Gateway(s, "R", tags={"aws:k": "v"}, authorizer_configuration=NO_AUTH()),
                    'Tag key "aws:k" cannot start with "aws:" as this prefix is reserved by AWS'),
    "two_requests": (lambda s: ac.Gateway(s, "R", authorizer_configuration=NO_AUTH(), interceptor_configurations=[
        ac.LambdaInterceptor.for_request(_fn(s)), ac.LambdaInterceptor.for_request(_fn(s, "Fn2"))]),
        "Gateway can have at most one REQUEST interceptor. Found 2 REQUEST interceptors."),
    "add_response_twice": (lambda s: [ac.Gateway(s, "R", authorizer_configuration=NO_AUTH()).add_interceptor(
        ac.LambdaInterceptor.for_response(_fn(s))) for _ in range(1)] and s.node.find_child("R").add_interceptor(
        ac.LambdaInterceptor.for_response(s.node.find_child("Fn"))),
        "Gateway already has a RESPONSE interceptor configured. A gateway can have at most one RESPONSE "
        "interceptor."),
    "target_name": (lambda s: ac.GatewayTarget(s, "R", gateway=_gateway(s), gateway_target_name="-bad",
                                               target_configuration=ac.LambdaTargetConfiguration.create(
                                                   _fn(s), _tools())),
                    "Gateway target name must contain only alphanumeric characters and hyphens, with hyphens only "
                    "between characters"),
    "target_desc": (lambda s: ac.GatewayTarget.for_lambda(s, "R", gateway=_gateway(s), description="x" * 201,
                                                          lambda_function=_fn(s), tool_schema=_tools()),
                    "The field Gateway target description is 201 characters long but must be less than or equal to "
                    "200 characters"),
    "iam_service_on_lambda": (lambda s: ac.GatewayTarget.for_lambda(
        s, "R", gateway=_gateway(s), lambda_function=_fn(s), tool_schema=_tools(),
        credential_provider_configurations=[ac.GatewayCredentialProvider.from_iam_role(service="lambda")]),
        'IamCredentialProvider with explicit service/region is only supported for MCP Server and OpenAPI targets, '
        'got target type "LAMBDA"'),
    "engine_name": (lambda s: ac.PolicyEngine(s, "R", policy_engine_name="bad-name"),
                    'The policy engine name "bad-name" must start with a letter and contain only letters, numbers, '
                    "and underscores"),
    "engine_tag": (lambda s: ac.PolicyEngine(s, "R", policy_engine_name="e", tags={"aws:k": "v"}),
                   "PolicyEngine 'e' tag key \"aws:k\" cannot start with \"aws:\" as this prefix is reserved by AWS"),
    "policy_name": (lambda s: ac.Policy(s, "R", policy_engine=ac.PolicyEngine(s, "E"), policy_name="1policy",
                                        statement=_statement()),
                    'The policy name "1policy" must start with a letter and contain only letters, numbers, and '
                    "underscores"),
    "policy_definition": (lambda s: ac.Policy(s, "R", policy_engine=ac.PolicyEngine(s, "E"),
                                              statement=ac.PolicyStatement.from_cedar("permit(principal,action,r);")),
                          "The field definition is 27 characters long but must be at least 35 characters"),
    "imported_engine_name": (lambda s: ac.PolicyEngine.from_policy_engine_attributes(
        s, "R", policy_engine_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/e-abc"
    ).policy_engine_name,
        "policyEngineName is not available on imported PolicyEngine resources. The service appends a random suffix "
        "to the name at creation time, so the original name cannot be extracted from the ARN. Use policyEngineArn "
        "or policyEngineId instead."),
}

BAD_OPENAPI = json.dumps({"openapi": "2.0", "paths": {"/x": {"get": {"responses": {}}}}})

UNSCOPED: dict[str, tuple[Callable[[Stack], object], str]] = {
    "jwt_nothing": (lambda s: ac.GatewayAuthorizer.using_custom_jwt(
        discovery_url="https://a/.well-known/openid-configuration"),
        "At least one of allowedAudience, allowedClients, allowedScopes, or customClaims must be defined for "
        "CUSTOM_JWT authorizer"),
    "claim_op": (lambda s: ac.GatewayCustomClaim.with_string_array_value("roles", ["a"],
                                                                         ac.CustomClaimOperator.EQUALS),
                 "Custom claim 'roles': STRING_ARRAY type only supports CONTAINS or CONTAINS_ANY operators, got EQUALS"),
    "iam_region_only": (lambda s: ac.GatewayCredentialProvider.from_iam_role(region="us-east-1"),
                        "service must be provided when region is specified for the IAM credential provider"),
    "iam_service": (lambda s: ac.GatewayCredentialProvider.from_iam_role(service="bad service"),
                    'The field IAM credential provider service with value "bad service" does not match the required '
                    "pattern /^[a-zA-Z0-9._-]+$/"),
    "mcp_http": (lambda s: ac.McpServerTargetConfiguration.create("http://mcp.example.com"),
                 "MCP server endpoint must use HTTPS protocol (e.g., https://my-server.example.com). Ensure the URL is "
                 "properly encoded."),
    "mcp_space": (lambda s: ac.McpServerTargetConfiguration.create("https://mcp.example.com/a b"),
                  "MCP server endpoint contains characters that should be URL-encoded. Please ensure the URL is "
                  "properly encoded before passing to the construct."),
    "api_no_filters": (lambda s: _api_target(s, tools=ac.ApiGatewayToolConfiguration(tool_filters=[])),
                       "At least one tool filter is required for API Gateway target configuration"),
    "api_filter_path": (lambda s: _api_target(s, tools=ac.ApiGatewayToolConfiguration(tool_filters=[
        ac.ApiGatewayToolFilter(filter_path="pets", methods=[ac.ApiGatewayHttpMethod.GET])])),
        "Filter path must start with a forward slash and contain only alphanumeric characters, hyphens, "
        "underscores, curly braces, forward slashes, and asterisks"),
    "api_override_wildcard": (lambda s: _api_target(s, tools=ac.ApiGatewayToolConfiguration(
        tool_filters=[ac.ApiGatewayToolFilter(filter_path="/", methods=[ac.ApiGatewayHttpMethod.GET])],
        tool_overrides=[ac.ApiGatewayToolOverride(path="/pets/*", method=ac.ApiGatewayHttpMethod.GET, name="n")])),
        "Tool override path cannot contain wildcards. Path: /pets/*. Tool overrides must specify an explicit path "
        "that matches an existing operation in your API."),
    "api_metadata_empty": (lambda s: _api_target(s, metadata_configuration=ac.MetadataConfiguration(
        allowed_request_headers=[])),
        "allowedRequestHeaders cannot be an empty array. It must contain at least 1 item(s)"),
    "api_metadata_many": (lambda s: _api_target(s, metadata_configuration=ac.MetadataConfiguration(
        allowed_query_parameters=[f"q{i}" for i in range(11)])),
        "allowedQueryParameters cannot exceed 10 items. Found 11 items"),
    "openapi_invalid": (lambda s: _gateway(s).add_open_api_target(
        "T", api_schema=ac.ApiSchema.from_inline(BAD_OPENAPI)),
        "OpenAPI schema validation failed:\n"
        "OpenAPI schema for target version 2.0 is not supported. Only OpenAPI 3.0.x and 3.1.x are supported\n"
        "OpenAPI schema for target must include at least one server with a valid URL\n"
        "OpenAPI schema for target operations must include 'operationId' field. Missing in: GET /x"),
    "no_actions": (lambda s: ac.PolicyAction.any_of([]), "At least one action must be specified"),
    "no_conditions": (lambda s: ac.PolicyCondition.all_of([]),
                      "At least one condition must be specified for allOf()"),
    "no_values": (lambda s: ac.PolicyCondition.string_in(ac.PolicyAttribute.principal("a"), []),
                  "At least one value must be specified"),
    "empty_principal_id": (lambda s: ac.PolicyStatement(
        effect=ac.PolicyEffect.PERMIT, principal=ac.PolicyPrincipal.entity("AgentCore::OAuthUser", ""),
        action=ac.PolicyAction.any(), resource=ac.PolicyResource.any_of_type("AgentCore::Gateway")).to_cedar(),
        "principal id cannot be an empty string. Use entityType() to match any entity of the type."),
    "bad_type": (lambda s: ac.PolicyStatement(
        effect=ac.PolicyEffect.PERMIT, principal=ac.PolicyPrincipal.entity_type("Agent Core"),
        action=ac.PolicyAction.any(), resource=ac.PolicyResource.any_of_type("AgentCore::Gateway")).to_cedar(),
        "principal type must be Cedar identifiers joined by '::', for example 'AgentCore::Gateway', got: "
        '"Agent Core"'),
    "quote": (lambda s: ac.PolicyStatement(
        effect=ac.PolicyEffect.PERMIT, principal=ac.PolicyPrincipal.any(), action=ac.PolicyAction.any(),
        resource=ac.PolicyResource.any_of_type("AgentCore::Gateway"),
        when=[ac.PolicyCondition.string_equals(ac.PolicyAttribute.context("a"), 'x"y')]).to_cedar(),
        "condition value cannot contain a double quote, a backslash, or a carriage return, because a generated "
        "Cedar policy cannot represent them. Rewrite the whole statement with PolicyStatement.fromCedar() if you "
        'need them, got: "x\\"y"'),
    "decimal": (lambda s: ac.PolicyStatement(
        effect=ac.PolicyEffect.PERMIT, principal=ac.PolicyPrincipal.any(), action=ac.PolicyAction.any(),
        resource=ac.PolicyResource.any_of_type("AgentCore::Gateway"),
        when=[ac.PolicyCondition.number_equals(ac.PolicyAttribute.context("a"), 1.5)]).to_cedar(),
        "condition value must be an integer, because Cedar has no decimal literal, got: 1.5"),
    "bad_action": (lambda s: ac.PolicyStatement(
        effect=ac.PolicyEffect.PERMIT, principal=ac.PolicyPrincipal.any(), action=ac.PolicyAction.one("search"),
        resource=ac.PolicyResource.any_of_type("AgentCore::Gateway")).to_cedar(),
        "action must be a qualified Cedar action id such as 'AgentCore::Action::GetGateway', or a quoted UID such as "
        "'MyApp::Sub::Action::\"GetGateway\"', got: \"search\""),
}


@pytest.mark.parametrize("case", sorted(SCOPED))
def test_scoped_errors_have_aws_cdk_lib_message_and_path(stack: Stack, case: str) -> None:
    make, message = SCOPED[case]
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/R"


@pytest.mark.parametrize("case", sorted(UNSCOPED))
def test_unscoped_errors_have_aws_cdk_lib_message(stack: Stack, case: str) -> None:
    make, message = UNSCOPED[case]
    with pytest.raises(UnscopedValidationError) as err:
        make(stack)
    assert err.value.bare_message == message


def test_contains_claim_with_two_values_fails_with_the_gateway(stack: Stack) -> None:
    claim = ac.GatewayCustomClaim.with_string_array_value("roles", ["a", "b"])
    with pytest.raises(UnscopedValidationError) as err:
        ac.Gateway(stack, "G", authorizer_configuration=ac.GatewayAuthorizer.using_custom_jwt(
            discovery_url="https://a/.well-known/openid-configuration", custom_claims=[claim]))
    assert err.value.bare_message == "Custom claim 'roles': CONTAINS operator requires exactly one value, got 2 values"


def test_no_auth_gateway_is_a_warning(stack: Stack) -> None:
    from assertions import Annotations

    ac.Gateway(stack, "G", authorizer_configuration=ac.GatewayAuthorizer.with_no_auth())
    Annotations.from_stack(stack).has_warning(
        "/S/G", "This gateway has no inbound authorization. The endpoint will be publicly accessible without "
        "credentials. Ensure you have implemented compensating security controls such as Gateway Interceptors. See "
        "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/gateway-inbound-auth.html"
        "#gateway-inbound-auth-none [ack: aws-cdk-lib.aws-bedrockagentcore:noAuthGateway]")


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match="gateway_name"):
        ac.Gateway(stack, "G", gateway_name=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="gateway"):
        ac.GatewayTarget.for_lambda(stack, "T", gateway="g", lambda_function=_fn(stack),  # type: ignore[arg-type]
                                    tool_schema=_tools())
