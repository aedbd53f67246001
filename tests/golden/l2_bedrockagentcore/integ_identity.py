"""Port of aws-bedrockagentcore integ.identity: a workload identity, an API key provider and OAuth2 providers
(vendor GitHub, included Yandex, custom discovery URL, Okta tenant endpoints)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-identity-1")

agentcore.WorkloadIdentity(
    stack,
    "WorkloadIdentity",
    workload_identity_name="integ-test-workload-identity",
    allowed_resource_oauth2_return_urls=["https://example.com/oauth/callback"],
    tags={"integ": "identity"},
)

agentcore.ApiKeyCredentialProvider(
    stack,
    "ApiKeyProvider",
    api_key_credential_provider_name="integ-test-api-key-provider",
    api_key=cdk.SecretValue.unsafe_plain_text("integ-test-api-key-placeholder"),
    tags={"integ": "identity"},
)

agentcore.OAuth2CredentialProvider.using_github(
    stack,
    "GithubOAuth",
    o_auth2_credential_provider_name="integ-test-github-oauth",
    client_id="integ-test-github-client-id",
    client_secret=cdk.SecretValue.unsafe_plain_text("integ-test-github-client-secret"),
    tags={"integ": "identity"},
)

agentcore.OAuth2CredentialProvider.using_yandex(
    stack,
    "YandexOAuth",
    o_auth2_credential_provider_name="integ-test-yandex-oauth",
    client_id="integ-test-yandex-client-id",
    client_secret=cdk.SecretValue.unsafe_plain_text("integ-test-yandex-client-secret"),
)

agentcore.OAuth2CredentialProvider.using_custom(
    stack,
    "CustomOAuth",
    o_auth2_credential_provider_name="integ-test-custom-oauth",
    client_id="integ-test-custom-client-id",
    client_secret=cdk.SecretValue.unsafe_plain_text("integ-test-custom-client-secret"),
    discovery_url="https://example.com/.well-known/openid-configuration",
)

agentcore.OAuth2CredentialProvider.using_okta(
    stack,
    "OktaOAuth",
    o_auth2_credential_provider_name="integ-test-okta-oauth",
    client_id="integ-test-okta-client-id",
    client_secret=cdk.SecretValue.unsafe_plain_text("integ-test-okta-client-secret"),
    issuer="https://example.okta.com/oauth2/default",
    authorization_endpoint="https://example.okta.com/oauth2/default/v1/authorize",
    token_endpoint="https://example.okta.com/oauth2/default/v1/token",
)
app.synth()
