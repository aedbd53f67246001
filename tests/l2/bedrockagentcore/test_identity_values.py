"""Values of the AgentCore identity and evaluation types (permissions, vendors, locations, built-in evaluators), the
attribute tokens of new providers and identities, and the wildcard-secret warning: expected values read from
aws-cdk-lib 2.275 (the oracle)."""

from __future__ import annotations

import pytest

from assertions import Annotations
from constructs import SecretValue, Stack
from l2 import bedrockagentcore as ac
from l2 import iam

PERMS = {
    "ApiKeyCredentialProviderIdentityPerms": {
        "READ_PERMS": ["bedrock-agentcore:GetApiKeyCredentialProvider"],
        "LIST_PERMS": ["bedrock-agentcore:ListApiKeyCredentialProviders"],
        "ADMIN_PERMS": [
            "bedrock-agentcore:CreateApiKeyCredentialProvider",
            "bedrock-agentcore:GetApiKeyCredentialProvider",
            "bedrock-agentcore:UpdateApiKeyCredentialProvider",
            "bedrock-agentcore:DeleteApiKeyCredentialProvider",
        ],
        "USE_PERMS": ["bedrock-agentcore:GetResourceApiKey"],
        "FULL_ACCESS_PERMS": [
            "bedrock-agentcore:GetApiKeyCredentialProvider",
            "bedrock-agentcore:ListApiKeyCredentialProviders",
            "bedrock-agentcore:CreateApiKeyCredentialProvider",
            "bedrock-agentcore:UpdateApiKeyCredentialProvider",
            "bedrock-agentcore:DeleteApiKeyCredentialProvider",
            "bedrock-agentcore:GetResourceApiKey",
        ],
    },
    "OAuth2CredentialProviderIdentityPerms": {
        "READ_PERMS": ["bedrock-agentcore:GetOauth2CredentialProvider"],
        "LIST_PERMS": ["bedrock-agentcore:ListOauth2CredentialProviders"],
        "ADMIN_PERMS": [
            "bedrock-agentcore:CreateOauth2CredentialProvider",
            "bedrock-agentcore:GetOauth2CredentialProvider",
            "bedrock-agentcore:UpdateOauth2CredentialProvider",
            "bedrock-agentcore:DeleteOauth2CredentialProvider",
        ],
        "USE_PERMS": [
            "bedrock-agentcore:GetResourceOauth2Token",
            "bedrock-agentcore:CompleteResourceTokenAuth",
        ],
        "FULL_ACCESS_PERMS": [
            "bedrock-agentcore:GetOauth2CredentialProvider",
            "bedrock-agentcore:ListOauth2CredentialProviders",
            "bedrock-agentcore:CreateOauth2CredentialProvider",
            "bedrock-agentcore:UpdateOauth2CredentialProvider",
            "bedrock-agentcore:DeleteOauth2CredentialProvider",
            "bedrock-agentcore:GetResourceOauth2Token",
            "bedrock-agentcore:CompleteResourceTokenAuth",
        ],
    },
    "WorkloadIdentityPerms": {
        "READ_PERMS": ["bedrock-agentcore:GetWorkloadIdentity"],
        "LIST_PERMS": ["bedrock-agentcore:ListWorkloadIdentities"],
        "ADMIN_PERMS": [
            "bedrock-agentcore:CreateWorkloadIdentity",
            "bedrock-agentcore:GetWorkloadIdentity",
            "bedrock-agentcore:UpdateWorkloadIdentity",
            "bedrock-agentcore:DeleteWorkloadIdentity",
        ],
        "USE_PERMS": [
            "bedrock-agentcore:GetWorkloadAccessToken",
            "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
            "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
        ],
        "FULL_ACCESS_PERMS": [
            "bedrock-agentcore:GetWorkloadIdentity",
            "bedrock-agentcore:ListWorkloadIdentities",
            "bedrock-agentcore:CreateWorkloadIdentity",
            "bedrock-agentcore:UpdateWorkloadIdentity",
            "bedrock-agentcore:DeleteWorkloadIdentity",
            "bedrock-agentcore:GetWorkloadAccessToken",
            "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
            "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
        ],
    },
}

LOCATIONS = [
    ["HEADER", "Authorization", "Bearer "],
    ["QUERY_PARAMETER", "api_key", None],
    ["HEADER", "X-Key", ""],
]

VENDORS = {
    "ATLASSIAN": "AtlassianOauth2",
    "AUTH0": "Auth0Oauth2",
    "COGNITO": "CognitoOauth2",
    "CUSTOM": "CustomOauth2",
    "CYBER_ARK": "CyberArkOauth2",
    "DROPBOX": "DropboxOauth2",
    "FACEBOOK": "FacebookOauth2",
    "FUSION_AUTH": "FusionAuthOauth2",
    "GITHUB": "GithubOauth2",
    "GOOGLE": "GoogleOauth2",
    "HUBSPOT": "HubspotOauth2",
    "LINKEDIN": "LinkedinOauth2",
    "MICROSOFT": "MicrosoftOauth2",
    "NOTION": "NotionOauth2",
    "OKTA": "OktaOauth2",
    "ONE_LOGIN": "OneLoginOauth2",
    "PING_ONE": "PingOneOauth2",
    "REDDIT": "RedditOauth2",
    "SALESFORCE": "SalesforceOauth2",
    "SLACK": "SlackOauth2",
    "SPOTIFY": "SpotifyOauth2",
    "TWITCH": "TwitchOauth2",
    "X": "XOauth2",
    "YANDEX": "YandexOauth2",
    "ZOOM": "ZoomOauth2",
}

BUILTIN = {
    "COHERENCE": "Builtin.Coherence",
    "CONCISENESS": "Builtin.Conciseness",
    "CORRECTNESS": "Builtin.Correctness",
    "FAITHFULNESS": "Builtin.Faithfulness",
    "GOAL_SUCCESS_RATE": "Builtin.GoalSuccessRate",
    "HARMFULNESS": "Builtin.Harmfulness",
    "HELPFULNESS": "Builtin.Helpfulness",
    "INSTRUCTION_FOLLOWING": "Builtin.InstructionFollowing",
    "REFUSAL": "Builtin.Refusal",
    "RESPONSE_RELEVANCE": "Builtin.ResponseRelevance",
    "STEREOTYPING": "Builtin.Stereotyping",
    "TOOL_PARAMETER_ACCURACY": "Builtin.ToolParameterAccuracy",
    "TOOL_SELECTION_ACCURACY": "Builtin.ToolSelectionAccuracy",
}

FILTER_OPERATORS = {
    "CONTAINS": "Contains",
    "EQUAL": "Equals",
    "GREATER_THAN": "GreaterThan",
    "GREATER_THAN_OR_EQUAL": "GreaterThanOrEqual",
    "LESS_THAN": "LessThan",
    "LESS_THAN_OR_EQUAL": "LessThanOrEqual",
    "NOT_CONTAINS": "NotContains",
    "NOT_EQUAL": "NotEquals",
}


@pytest.mark.parametrize("cls", sorted(PERMS))
def test_permission_lists_are_aws_cdk_libs(cls: str) -> None:
    perms = getattr(ac, cls)
    assert {name: list(getattr(perms, name)) for name in PERMS[cls]} == PERMS[cls]


def test_api_key_locations_default_like_aws_cdk_lib() -> None:
    locations = [
        ac.ApiKeyCredentialLocation.header(),
        ac.ApiKeyCredentialLocation.query_parameter(),
        ac.ApiKeyCredentialLocation.header(credential_parameter_name="X-Key", credential_prefix=""),
    ]
    assert [
        [loc.credential_location_type, loc.credential_parameter_name, loc.credential_prefix]
        for loc in locations
    ] == LOCATIONS


@pytest.mark.parametrize(
    ("table", "cls"),
    [
        (VENDORS, "OAuth2CredentialProviderVendor"),
        (BUILTIN, "BuiltinEvaluator"),
        (FILTER_OPERATORS, "FilterOperator"),
    ],
)
def test_constant_values_are_aws_cdk_libs(table: dict[str, str], cls: str) -> None:
    holder = getattr(ac, cls)
    assert {name: getattr(holder, name).value for name in table} == table
    assert {name for name in dir(holder) if name.isupper()} == set(table)


def test_secret_and_time_attributes_resolve_to_get_att(stack: Stack) -> None:
    provider = ac.ApiKeyCredentialProvider(stack, "P")
    github = ac.OAuth2CredentialProvider.using_github(
        stack, "G", client_id="c", client_secret=SecretValue.unsafe_plain_text("x")
    )
    workload = ac.WorkloadIdentity(stack, "W")
    values = [
        provider.api_key_secret_arn,
        github.client_secret_arn,
        workload.created_time,
        workload.last_updated_time,
        provider.bind_for_gateway_api_key_target().secret_arn,
    ]
    assert stack.resolve(values) == [
        {"Fn::GetAtt": ["P4E0919BE", "ApiKeySecretArn"]},
        {"Fn::GetAtt": ["GCEB75847", "ClientSecretArn"]},
        {"Fn::GetAtt": ["W8F2A5E99", "CreatedTime"]},
        {"Fn::GetAtt": ["W8F2A5E99", "LastUpdatedTime"]},
        {"Fn::GetAtt": ["P4E0919BE", "ApiKeySecretArn"]},
    ]


def test_granting_an_unresolved_secret_arn_warns_and_uses_a_wildcard(stack: Stack) -> None:
    provider = ac.ApiKeyCredentialProvider(stack, "P")
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    provider.grant_use(role)
    Annotations.from_stack(stack).has_warning(
        "/S/P",
        "The secret ARN is an unresolved token. Granting access using a wildcard prefix (bedrock-agentcore-identity!*). To scope the grant to a specific secret, import the credential provider with an explicit secretArn. [ack: aws-cdk-lib.aws-bedrockagentcore:wildcardSecretArnGrant]",
    )
