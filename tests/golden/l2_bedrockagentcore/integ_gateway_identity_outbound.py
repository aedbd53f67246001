"""Port of aws-bedrockagentcore integ.gateway-identity-outbound: OpenAPI targets authenticating with an API key
credential provider and a GitHub OAuth2 credential provider (``GatewayCredentialProvider.from_api_key_identity`` /
``from_oauth_identity``) behind an IAM-authorized gateway."""

import json

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-gateway-identity-outbound-1")

open_api_schema = agentcore.ApiSchema.from_inline(json.dumps({
    "openapi": "3.0.0",
    "info": {"title": "GatewayIdentityOutboundInteg", "version": "1.0.0"},
    "servers": [{"url": "https://example.com"}],
    "paths": {"/ping": {"get": {"operationId": "ping", "responses": {"200": {"description": "ok"}}}}},
}, separators=(",", ":")))
gateway = agentcore.Gateway(
    stack, "Gateway", gateway_name="integ-gateway-identity-outbound",
    description="Gateway with OpenAPI targets wired to Token Vault L2 identities",
    authorizer_configuration=agentcore.GatewayAuthorizer.using_aws_iam(),
)
api_key_provider = agentcore.ApiKeyCredentialProvider(
    stack, "ApiKeyIdentity", api_key_credential_provider_name="integ-gw-outbound-apikey",
    api_key=cdk.SecretValue.unsafe_plain_text("integ-placeholder-api-key"),
    tags={"integ": "gateway-identity-outbound"},
)
oauth_provider = agentcore.OAuth2CredentialProvider.using_github(
    stack, "OAuthIdentity", o_auth2_credential_provider_name="integ-gw-outbound-oauth",
    client_id="integ-github-client-id",
    client_secret=cdk.SecretValue.unsafe_plain_text("integ-github-client-secret"),
    tags={"integ": "gateway-identity-outbound"},
)
gateway.add_open_api_target(
    "OpenApiApiKeyTarget", gateway_target_name="integ-openapi-api-key",
    description="OpenAPI target with API key Token Vault identity", api_schema=open_api_schema,
    credential_provider_configurations=[agentcore.GatewayCredentialProvider.from_api_key_identity(api_key_provider)],
)
gateway.add_open_api_target(
    "OpenApiOauthTarget", gateway_target_name="integ-openapi-oauth",
    description="OpenAPI target with OAuth Token Vault identity", api_schema=open_api_schema,
    credential_provider_configurations=[
        agentcore.GatewayCredentialProvider.from_oauth_identity(oauth_provider, scopes=["read:user"]),
    ],
)
app.synth()
