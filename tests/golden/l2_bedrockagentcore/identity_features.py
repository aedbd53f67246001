"""Identity: every OAuth2 vendor factory, custom metadata, generated names, imports (with and without secret ARNs),
gateway bindings, every grant of providers and workload identities (the secret-ARN and workload-identity time
attributes are objects in the CloudFormation schema, so they stay out of the outputs: cfn-lint E6101)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreIdentity")
secret = cdk.SecretValue.unsafe_plain_text("s3cr3t")

plain = [
    ("Slack", agentcore.OAuth2CredentialProvider.using_slack),
    ("Google", agentcore.OAuth2CredentialProvider.using_google),
    ("Salesforce", agentcore.OAuth2CredentialProvider.using_salesforce),
    ("Atlassian", agentcore.OAuth2CredentialProvider.using_atlassian),
    ("Linkedin", agentcore.OAuth2CredentialProvider.using_linkedin),
    ("X", agentcore.OAuth2CredentialProvider.using_x),
    ("Facebook", agentcore.OAuth2CredentialProvider.using_facebook),
    ("Reddit", agentcore.OAuth2CredentialProvider.using_reddit),
    ("Zoom", agentcore.OAuth2CredentialProvider.using_zoom),
    ("Twitch", agentcore.OAuth2CredentialProvider.using_twitch),
    ("Spotify", agentcore.OAuth2CredentialProvider.using_spotify),
    ("Dropbox", agentcore.OAuth2CredentialProvider.using_dropbox),
    ("Notion", agentcore.OAuth2CredentialProvider.using_notion),
    ("Hubspot", agentcore.OAuth2CredentialProvider.using_hubspot),
]
for name, factory in plain:
    factory(stack, name, client_id=f"{name.lower()}-client", client_secret=secret)

tenants = [
    ("OneLogin", agentcore.OAuth2CredentialProvider.using_one_login),
    ("PingOne", agentcore.OAuth2CredentialProvider.using_ping_one),
    ("CyberArk", agentcore.OAuth2CredentialProvider.using_cyber_ark),
    ("FusionAuth", agentcore.OAuth2CredentialProvider.using_fusion_auth),
    ("Auth0", agentcore.OAuth2CredentialProvider.using_auth0),
    ("Cognito", agentcore.OAuth2CredentialProvider.using_cognito),
]
for name, factory in tenants:
    factory(stack, name, client_id="tenant-client", client_secret=secret, issuer=f"https://{name.lower()}.example.com")

microsoft = agentcore.OAuth2CredentialProvider.using_microsoft(
    stack, "Microsoft", client_id="ms", client_secret=secret, tenant_id="tenant-1", tags={"vendor": "ms"}
)
agentcore.OAuth2CredentialProvider.using_microsoft(stack, "MicrosoftCommon", client_id="ms", client_secret=secret)
custom = agentcore.OAuth2CredentialProvider.using_custom(
    stack,
    "Custom",
    o_auth2_credential_provider_name="custom-meta",
    client_id="custom",
    client_secret=cdk.SecretValue.secrets_manager("oauth-secret", json_field="clientSecret"),
    authorization_server_metadata=agentcore.OAuth2AuthorizationServerMetadata(
        issuer="https://idp.example.com",
        authorization_endpoint="https://idp.example.com/authorize",
        token_endpoint="https://idp.example.com/token",
        response_types=["code"],
    ),
)
direct = agentcore.OAuth2CredentialProvider(
    stack,
    "Direct",
    credential_provider_vendor=agentcore.OAuth2CredentialProviderVendor.of("GoogleOauth2").value,
    oauth2_provider_config_input=agentcore.CfnOAuth2CredentialProvider.Oauth2ProviderConfigInputProperty(
        google_oauth2_provider_config=agentcore.CfnOAuth2CredentialProvider.GoogleOauth2ProviderConfigInputProperty(
            client_id="direct", client_secret="direct-secret"
        )
    ),
)
api_key = agentcore.ApiKeyCredentialProvider(stack, "ApiKey")
workload = agentcore.WorkloadIdentity(stack, "Workload")

role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
api_key.grant(role, "bedrock-agentcore:Custom")
api_key.grant_use(role)
api_key.grant_read(role)
custom.grant_use(role)
custom.grant(role, "bedrock-agentcore:Custom")
workload.grant_use(role)
workload.grant(role, "bedrock-agentcore:Custom")
direct.grant_read(role)

imported_key = agentcore.ApiKeyCredentialProvider.from_api_key_credential_provider_attributes(
    stack,
    "ImportedKey",
    credential_provider_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/imp",
    api_key_secret_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:bedrock-agentcore-identity!imp-AbCdEf",
)
imported_key.grant_full_access(role)
imported_key.grant_admin(role)
key_only = agentcore.ApiKeyCredentialProvider.from_api_key_credential_provider_attributes(
    stack,
    "KeyOnly",
    credential_provider_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/k",
)
key_only.grant_use(role)
imported_oauth = agentcore.OAuth2CredentialProvider.from_o_auth2_credential_provider_attributes(
    stack,
    "ImportedOAuth",
    credential_provider_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/o",
    credential_provider_vendor="GithubOauth2",
    client_secret_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:bedrock-agentcore-identity!o-AbCdEf",
    callback_url="https://callback.example.com",
)
imported_oauth.grant_admin(role)
imported_oauth.grant_full_access(role)
imported_workload = agentcore.WorkloadIdentity.from_workload_identity_attributes(
    stack,
    "ImportedWorkload",
    workload_identity_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:workload-identity-directory/default/workload-identity/w",
    workload_identity_name="w",
)
imported_workload.grant_read(role)

key_binding = api_key.bind_for_gateway_api_key_target()
oauth_binding = custom.bind_for_gateway_o_auth_target(["read", "write"], {"audience": "api"})
imported_binding = imported_oauth.bind_for_gateway_o_auth_target(["read"])
imported_key_binding = imported_key.bind_for_gateway_api_key_target()
outputs = {
    "KeyProvider": key_binding.provider_arn,
    "OAuthProvider": oauth_binding.provider_arn,
    "OAuthScopes": cdk.Fn.join(",", oauth_binding.scopes),
    "ImportedOAuthSecret": imported_binding.secret_arn,
    "ImportedKeySecret": imported_key_binding.secret_arn,
    "Callback": custom.callback_url,
    "Vendor": custom.credential_provider_vendor,
    "Created": api_key.created_time,
    "Updated": custom.last_updated_time,
    "WorkloadName": workload.workload_identity_name,
    "WorkloadRef": workload.workload_identity_ref.workload_identity_arn,
    "KeyRef": api_key.api_key_credential_provider_ref.credential_provider_arn,
    "OAuthRef": microsoft.o_auth2_credential_provider_ref.credential_provider_arn,
    "KeyName": api_key.api_key_credential_provider_name,
    "OAuthName": direct.o_auth2_credential_provider_name,
}
for key, value in outputs.items():
    cdk.CfnOutput(stack, key, value=value)
app.synth()
