"""Port of aws-bedrockagentcore integ.identity-grants: grant_read / grant_admin / grant_full_access of a workload
identity, an API key provider and a GitHub OAuth2 provider, each to its own function (the inline probe handler is
shortened; the IntegTest assertions are dropped)."""

import json

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-identity-grants-1")

api_key_provider = agentcore.ApiKeyCredentialProvider(
    stack,
    "ApiKeyProvider",
    api_key_credential_provider_name="integ-grants-api-key",
    api_key=cdk.SecretValue.unsafe_plain_text("integ-placeholder-api-key"),
    tags={"integ": "identity-grants"},
)
oauth_provider = agentcore.OAuth2CredentialProvider.using_github(
    stack,
    "OAuthProvider",
    o_auth2_credential_provider_name="integ-grants-oauth",
    client_id="integ-github-client-id",
    client_secret=cdk.SecretValue.unsafe_plain_text("integ-github-client-secret"),
    tags={"integ": "identity-grants"},
)
workload_identity = agentcore.WorkloadIdentity(
    stack,
    "WorkloadIdentity",
    workload_identity_name="integ-grants-workload-identity",
    tags={"integ": "identity-grants"},
)

HANDLER = "exports.handler = async () => ({ passed: true });"


def probe(id, expected_denied):
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        timeout=cdk.Duration.seconds(120),
        environment={
            "API_KEY_PROVIDER_ARN": api_key_provider.credential_provider_arn,
            "OAUTH_PROVIDER_ARN": oauth_provider.credential_provider_arn,
            "WORKLOAD_IDENTITY_ARN": workload_identity.workload_identity_arn,
            "EXPECTED_DENIED": json.dumps(expected_denied, separators=(",", ":")),
        },
        code=lambda_.Code.from_inline(HANDLER),
    )


read_fn = probe("GrantReadFn", ["admin", "use"])
api_key_provider.grant_read(read_fn)
oauth_provider.grant_read(read_fn)
workload_identity.grant_read(read_fn)

admin_fn = probe("GrantAdminFn", ["use"])
api_key_provider.grant_admin(admin_fn)
oauth_provider.grant_admin(admin_fn)
workload_identity.grant_admin(admin_fn)

full_access_fn = probe("GrantFullAccessFn", [])
api_key_provider.grant_full_access(full_access_fn)
oauth_provider.grant_full_access(full_access_fn)
workload_identity.grant_full_access(full_access_fn)
app.synth()
