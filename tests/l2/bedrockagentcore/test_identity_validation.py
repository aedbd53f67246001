"""Bad input to the AgentCore identity constructs (credential providers, workload identities): the messages are
aws-cdk-lib 2.275's (taken from the oracle), and scoped errors name the construct path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from constructs import SecretValue as _SecretValue
from constructs import Stack, ValidationError
from l2 import bedrockagentcore as ac


class cdk:
    SecretValue = _SecretValue


SCOPED: dict[str, tuple[Callable[[Stack], object], str, str]] = {
    "api_key_name_pattern": (
        lambda s: ac.ApiKeyCredentialProvider(s, "P", api_key_credential_provider_name="bad name!"),
        "Credential provider name may only contain letters, numbers, hyphens, and underscores.",
        "S/P",
    ),
    "api_key_name_long": (
        lambda s: ac.ApiKeyCredentialProvider(s, "P", api_key_credential_provider_name="a" * 129),
        "The field Credential provider name is 129 characters long but must be less than or equal to 128 characters",
        "S/P",
    ),
    "api_key_value_long": (
        lambda s: ac.ApiKeyCredentialProvider(s, "P", api_key=cdk.SecretValue.unsafe_plain_text("k" * 65537)),
        "The field API key is 65537 characters long but must be less than or equal to 65536 characters",
        "S/P",
    ),
    "api_key_tag_aws": (
        lambda s: ac.ApiKeyCredentialProvider(s, "P", tags={"aws:x": "v"}),
        'Tag key "aws:x" cannot start with "aws:" as this prefix is reserved by AWS',
        "S/P",
    ),
    "api_key_tag_value": (
        lambda s: ac.ApiKeyCredentialProvider(s, "P", tags={"k": "bad!"}),
        'The field Tag value with value "bad!" does not match the required pattern /^[a-zA-Z0-9\\s._:/=+@-]*$/',
        "S/P",
    ),
    "oauth_name": (
        lambda s: ac.OAuth2CredentialProvider.using_github(
            s,
            "P",
            o_auth2_credential_provider_name="no spaces",
            client_id="c",
            client_secret=cdk.SecretValue.unsafe_plain_text("x"),
        ),
        "Credential provider name may only contain letters, numbers, hyphens, and underscores.",
        "S/P",
    ),
    "custom_both": (
        lambda s: ac.OAuth2CredentialProvider.using_custom(
            s,
            "P",
            client_id="c",
            client_secret=cdk.SecretValue.unsafe_plain_text("x"),
            discovery_url="https://d",
            authorization_server_metadata=ac.OAuth2AuthorizationServerMetadata(
                issuer="i", authorization_endpoint="a", token_endpoint="t"
            ),
        ),
        "Provide either discoveryUrl or authorizationServerMetadata for a custom OAuth2 credential provider, not both.",
        "S",
    ),
    "custom_neither": (
        lambda s: ac.OAuth2CredentialProvider.using_custom(
            s, "P", client_id="c", client_secret=cdk.SecretValue.unsafe_plain_text("x")
        ),
        "Provide either discoveryUrl or authorizationServerMetadata for a custom OAuth2 credential provider.",
        "S",
    ),
    "workload_name_short": (
        lambda s: ac.WorkloadIdentity(s, "W", workload_identity_name="ab"),
        "The field Workload identity name is 2 characters long but must be at least 3 characters",
        "S/W",
    ),
    "workload_name_pattern": (
        lambda s: ac.WorkloadIdentity(s, "W", workload_identity_name="bad name"),
        "Workload identity name may only contain letters, numbers, dots, underscores, and hyphens.",
        "S/W",
    ),
    "workload_urls_empty": (
        lambda s: ac.WorkloadIdentity(s, "W", allowed_resource_oauth2_return_urls=[]),
        "Allowed OAuth2 return URLs must contain at least one URL when specified.",
        "S/W",
    ),
    "workload_url_long": (
        lambda s: ac.WorkloadIdentity(s, "W", allowed_resource_oauth2_return_urls=["u" * 2049]),
        "The field Allowed OAuth2 return URL is 2049 characters long but must be less than or equal to 2048 characters",
        "S/W",
    ),
    "imported_key_bind": (
        lambda s: ac.ApiKeyCredentialProvider.from_api_key_credential_provider_attributes(
            s,
            "I",
            credential_provider_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/x",
        ).bind_for_gateway_api_key_target(),
        "apiKeySecretArn is not available on this ApiKeyCredentialProvider (imported providers must pass apiKeySecretArn in fromApiKeyCredentialProviderAttributes).",
        "S/I",
    ),
    "imported_oauth_bind": (
        lambda s: ac.OAuth2CredentialProvider.from_o_auth2_credential_provider_attributes(
            s,
            "I",
            credential_provider_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/x",
            credential_provider_vendor="GithubOauth2",
        ).bind_for_gateway_o_auth_target(["a"]),
        "clientSecretArn is not available on this OAuth2CredentialProvider (imported providers must pass clientSecretArn in fromOAuth2CredentialProviderAttributes).",
        "S/I",
    ),
}



@pytest.mark.parametrize("case", sorted(SCOPED))
def test_scoped_errors_have_aws_cdk_lib_message_and_path(stack: Stack, case: str) -> None:
    make, message, path = SCOPED[case]
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == path
