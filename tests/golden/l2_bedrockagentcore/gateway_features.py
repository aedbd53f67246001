"""Gateway features beyond the integ tests: custom JWT / Cognito / IAM authorizers, an MCP 2025-06-18 protocol,
exception level, KMS key, own role, tags and interceptors given as props; OpenAPI targets from inline text, a local
file and S3 with API-key and OAuth providers given by ARN; S3 tool and Smithy schemas with output schemas; an MCP
server target; imported gateways and targets; grants and metrics (alarms)."""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

schema_dir = os.path.join(tempfile.gettempdir(), "pycdk-golden-agentcore-gateway-features")
os.makedirs(schema_dir, exist_ok=True)
open_api = {
    "openapi": "3.0.1",
    "info": {"title": "Pets", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok"}}}}},
}
openapi_path = os.path.join(schema_dir, "pets.json")
with open(openapi_path, "w", newline="") as f:
    json.dump(open_api, f, indent=2)

app = cdk.App()
stack = cdk.Stack(app, "GatewayFeatures", env=cdk.Environment(account="123456789012", region="us-west-2"))

key = kms.Key(stack, "Key")
role = iam.Role(stack, "GatewayRole", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
request_fn = lambda_.Function(stack, "RequestFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"))
response_fn = lambda_.Function(stack, "ResponseFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                               code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"))
jwt_gateway = agentcore.Gateway(
    stack, "JwtGateway", gateway_name="jwt-gateway", description="Custom JWT gateway",
    authorizer_configuration=agentcore.GatewayAuthorizer.using_custom_jwt(
        discovery_url="https://auth.example.com/.well-known/openid-configuration",
        allowed_audience=["aud1"], allowed_clients=["client1", "client2"], allowed_scopes=["tools/read"],
        custom_claims=[
            agentcore.GatewayCustomClaim.with_string_value("department", "engineering"),
            agentcore.GatewayCustomClaim.with_string_array_value("roles", ["admin"]),
            agentcore.GatewayCustomClaim.with_string_array_value("groups", ["a", "b"],
                                                                 agentcore.CustomClaimOperator.CONTAINS_ANY),
        ],
    ),
    protocol_configuration=agentcore.GatewayProtocol.mcp(
        instructions="Tools for pets", search_type=agentcore.McpGatewaySearchType.SEMANTIC,
        supported_versions=[agentcore.MCPProtocolVersion.MCP_2025_06_18, agentcore.MCPProtocolVersion.MCP_2025_03_26]),
    exception_level=agentcore.GatewayExceptionLevel.DEBUG,
    kms_key=key, role=role, tags={"team": "agents"},
    interceptor_configurations=[
        agentcore.LambdaInterceptor.for_request(request_fn, pass_request_headers=True),
        agentcore.LambdaInterceptor.for_response(response_fn),
    ],
)

# OpenAPI targets: inline with an API key (header), a local file with OAuth, S3 with an API key (query parameter)
bucket = s3.Bucket(stack, "Schemas")
jwt_gateway.add_open_api_target(
    "InlineOpenApi", gateway_target_name="inline-openapi", description="Inline OpenAPI",
    api_schema=agentcore.ApiSchema.from_inline(json.dumps(open_api)),
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_api_key_identity_arn(
        provider_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:token-vault/default/apikeycredentialprovider/k",
        secret_arn="arn:aws:secretsmanager:us-west-2:123456789012:secret:bedrock-agentcore-identity!k-AbCdEf",
        credential_location=agentcore.ApiKeyCredentialLocation.header(credential_parameter_name="X-Api-Key",
                                                                      credential_prefix="Key "),
    )],
)
jwt_gateway.add_open_api_target(
    "AssetOpenApi", api_schema=agentcore.ApiSchema.from_local_asset(openapi_path),
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_oauth_identity_arn(
        provider_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:token-vault/default/oauth2credentialprovider/o",
        secret_arn="arn:aws:secretsmanager:us-west-2:123456789012:secret:bedrock-agentcore-identity!o-AbCdEf",
        scopes=["read", "write"], custom_parameters={"audience": "pets"},
    )],
)
agentcore.GatewayTarget.for_open_api(
    stack, "S3OpenApi", gateway=jwt_gateway, validate_open_api_schema=False,
    api_schema=agentcore.ApiSchema.from_s3_file(bucket, "schemas/pets.json", "123456789012"),
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_api_key_identity_arn(
        provider_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:token-vault/default/apikeycredentialprovider/q",
        secret_arn=bucket.bucket_arn,  # a token: the gateway is granted the identity secrets by a wildcard
        credential_location=agentcore.ApiKeyCredentialLocation.query_parameter(),
    )],
)

# Lambda target with an S3 tool schema, Smithy target from S3, MCP server target with OAuth
fn = lambda_.Function(stack, "ToolFn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => ({})"))
jwt_gateway.add_lambda_target("S3Tools", lambda_function=fn,
                              tool_schema=agentcore.ToolSchema.from_s3_file(bucket, "tools.json"))
jwt_gateway.add_lambda_target("InlineTools", lambda_function=fn, tool_schema=agentcore.ToolSchema.from_inline([
    agentcore.ToolDefinition(
        name="list", description="Lists things",
        input_schema=agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.OBJECT, properties={
            "tags": agentcore.SchemaDefinition(
                type=agentcore.SchemaDefinitionType.ARRAY, description="Tags to match",
                items=agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.STRING)),
            "limit": agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.INTEGER),
        }, required=[]),
        output_schema=agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.ARRAY,
                                                 items=agentcore.SchemaDefinition(
                                                     type=agentcore.SchemaDefinitionType.BOOLEAN)),
    ),
]), credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_iam_role()])
jwt_gateway.add_smithy_target("S3Smithy", smithy_model=agentcore.ApiSchema.from_s3_file(bucket, "model.json"))
jwt_gateway.add_mcp_server_target(
    "McpServer", endpoint="https://mcp.example.com/mcp", description="External MCP server",
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_oauth_identity_arn(
        provider_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:token-vault/default/oauth2credentialprovider/m",
        secret_arn="arn:aws:secretsmanager:us-west-2:123456789012:secret:bedrock-agentcore-identity!m-AbCdEf",
        scopes=["mcp"])],
)

# Cognito and IAM authorizers
pool = cognito.UserPool(stack, "Pool")
client = pool.add_client("Client")
agentcore.Gateway(stack, "CognitoGateway", authorizer_configuration=agentcore.GatewayAuthorizer.using_cognito(
    user_pool=pool, allowed_clients=[client], allowed_audiences=["aud"], allowed_scopes=["s1"]))
iam_gateway = agentcore.Gateway(stack, "IamGateway", authorizer_configuration=agentcore.GatewayAuthorizer.using_aws_iam())

# Imported gateway and target; grants and metrics
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
imported = agentcore.Gateway.from_gateway_attributes(
    stack, "Imported", gateway_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:gateway/imported-abc1234567",
    gateway_id="imported-abc1234567", gateway_name="imported",
    role=iam.Role.from_role_arn(stack, "ImportedRole", "arn:aws:iam::123456789012:role/imported"))
imported.grant_invoke(caller)
agentcore.GatewayTarget.for_open_api(
    stack, "OnImported", gateway=imported, api_schema=agentcore.ApiSchema.from_inline(json.dumps(open_api)),
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_api_key_identity_arn(
        provider_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:token-vault/default/apikeycredentialprovider/i",
        secret_arn="arn:aws:secretsmanager:us-west-2:123456789012:secret:bedrock-agentcore-identity!i-AbCdEf")])
agentcore.GatewayTarget.for_mcp_server(
    stack, "SignedMcp", gateway=imported, endpoint="https://mcp.example.com/signed",
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_iam_role(service="execute-api")])
target = agentcore.GatewayTarget.from_gateway_target_attributes(
    stack, "ImportedTarget", gateway=imported, gateway_target_name="t", target_id="TARGET1",
    target_arn="arn:aws:bedrock-agentcore:us-west-2:123456789012:gateway/imported-abc1234567/target/TARGET1")
target.grant_read(caller)
target.grant_manage(caller)
jwt_gateway.grant_invoke(caller)
jwt_gateway.grant_read(caller)
jwt_gateway.grant_manage(caller)
iam_gateway.grant(caller, "bedrock-agentcore:GetGateway")
new_target = iam_gateway.add_lambda_target("Tools", lambda_function=fn, tool_schema=agentcore.ToolSchema.from_inline([
    agentcore.ToolDefinition(name="t", description="d",
                             input_schema=agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.OBJECT))]))
new_target.grant_sync(caller)

for i, metric in enumerate([
    jwt_gateway.metric_invocations(), jwt_gateway.metric_throttles(period=cdk.Duration.minutes(1)),
    jwt_gateway.metric_system_errors(), jwt_gateway.metric_user_errors(), jwt_gateway.metric_latency(),
    jwt_gateway.metric_duration(statistic="p99"), jwt_gateway.metric_target_execution_time(),
    jwt_gateway.metric_target_type("LAMBDA"), imported.metric("Custom", dimensions_map={"Extra": "x"}),
]):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)
cdk.CfnOutput(stack, "Url", value=jwt_gateway.gateway_url)
cdk.CfnOutput(stack, "Status", value=jwt_gateway.status)
app.synth()
