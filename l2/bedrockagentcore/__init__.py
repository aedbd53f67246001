"""Amazon Bedrock AgentCore constructs (aws-cdk-lib: ``aws_cdk.aws_bedrockagentcore``): agent runtimes, their
artifacts, authorizers and endpoints, and the L1 classes of ``l1.bedrockagentcore``.

Names load on first use (PEP 562): ``from l2 import bedrockagentcore`` stays cheap, and the generated
``l1.bedrockagentcore`` module is imported only when a class is first touched.
"""

from __future__ import annotations

import importlib

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "IWorkloadIdentity": "_identity_workload",
    "WorkloadIdentity": "_identity_workload",
    "WorkloadIdentityAttributes": "_identity_workload",
    "WorkloadIdentityPerms": "_identity_workload",
    "WorkloadIdentityProps": "_identity_workload",
    "ApiKeyAdditionalConfiguration": "_identity",
    "ApiKeyCredentialLocation": "_identity",
    "ApiKeyCredentialProvider": "_identity",
    "ApiKeyCredentialProviderAttributes": "_identity",
    "ApiKeyCredentialProviderIdentityPerms": "_identity",
    "ApiKeyCredentialProviderOptions": "_identity",
    "ApiKeyCredentialProviderProps": "_identity",
    "AtlassianOAuth2CredentialProviderProps": "_identity",
    "CustomOAuth2CredentialProviderProps": "_identity",
    "DropboxOAuth2CredentialProviderProps": "_identity",
    "FacebookOAuth2CredentialProviderProps": "_identity",
    "GatewayApiKeyIdentityBinding": "_identity",
    "GatewayOAuth2IdentityBinding": "_identity",
    "GithubOAuth2CredentialProviderProps": "_identity",
    "GoogleOAuth2CredentialProviderProps": "_identity",
    "HubspotOAuth2CredentialProviderProps": "_identity",
    "IApiKeyCredentialProvider": "_identity",
    "IOAuth2CredentialProvider": "_identity",
    "IncludedOauth2TenantCredentialProviderProps": "_identity",
    "IncludedOauth2TenantEndpoints": "_identity",
    "LinkedinOAuth2CredentialProviderProps": "_identity",
    "MicrosoftOAuth2CredentialProviderProps": "_identity",
    "NotionOAuth2CredentialProviderProps": "_identity",
    "OAuth2AuthorizationServerMetadata": "_identity",
    "OAuth2ClientCredentials": "_identity",
    "OAuth2CredentialProvider": "_identity",
    "OAuth2CredentialProviderAttributes": "_identity",
    "OAuth2CredentialProviderBaseProps": "_identity",
    "OAuth2CredentialProviderFactoryBaseProps": "_identity",
    "OAuth2CredentialProviderIdentityPerms": "_identity",
    "OAuth2CredentialProviderProps": "_identity",
    "OAuth2CredentialProviderVendor": "_identity",
    "RedditOAuth2CredentialProviderProps": "_identity",
    "SalesforceOAuth2CredentialProviderProps": "_identity",
    "SlackOAuth2CredentialProviderProps": "_identity",
    "SpotifyOAuth2CredentialProviderProps": "_identity",
    "TwitchOAuth2CredentialProviderProps": "_identity",
    "XOAuth2CredentialProviderProps": "_identity",
    "YandexOAuth2CredentialProviderProps": "_identity",
    "ZoomOAuth2CredentialProviderProps": "_identity",
    "AddEndpointOptions": "_types",
    "AgentCoreRuntime": "_types",
    "AgentRuntimeArtifact": "_artifact",
    "AgentRuntimeAttributes": "_runtime",
    "BrowserCustom": "_browser",
    "BrowserCustomAttributes": "_browser",
    "BrowserCustomBase": "_browser",
    "BrowserCustomProps": "_browser",
    "BrowserNetworkConfiguration": "_network",
    "BrowserSigning": "_browser",
    "CodeAssetOptions": "_artifact",
    "CodeInterpreterCustom": "_code_interpreter",
    "CodeInterpreterCustomAttributes": "_code_interpreter",
    "CodeInterpreterCustomBase": "_code_interpreter",
    "CodeInterpreterCustomProps": "_code_interpreter",
    "CodeInterpreterNetworkConfiguration": "_network",
    "CustomClaimOperator": "_types",
    "IBedrockAgentRuntime": "_interfaces",
    "IBrowserCustom": "_interfaces",
    "ICodeInterpreterCustom": "_interfaces",
    "IRuntimeEndpoint": "_interfaces",
    "LifecycleConfiguration": "_types",
    "LogType": "_observability",
    "NetworkConfiguration": "_network",
    "LoggingConfig": "_observability",
    "LoggingDestination": "_observability",
    "PlatformVersion": "_types",
    "ProtocolType": "_types",
    "RecordingConfig": "_browser",
    "RequestHeaderConfiguration": "_types",
    "Runtime": "_runtime",
    "RuntimeAuthorizerConfiguration": "_authorizer",
    "RuntimeBase": "_runtime",
    "RuntimeCustomClaim": "_types",
    "RuntimeEndpoint": "_endpoint",
    "RuntimeEndpointAttributes": "_endpoint",
    "RuntimeEndpointBase": "_endpoint",
    "RuntimeEndpointProps": "_endpoint",
    "RuntimeNetworkConfiguration": "_network",
    "RuntimeProps": "_runtime",
    "VpcConfigProps": "_network",
}


def __getattr__(name: str) -> object:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.bedrockagentcore.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.bedrockagentcore").__all__})
    else:
        l1 = importlib.import_module("l1.bedrockagentcore")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.bedrockagentcore' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
