"""Outbound authorization of a gateway: how it authenticates to its targets (IAM role, API key, OAuth)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, ArnFormat, Stack, Token, UnscopedValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l2.bedrockagentcore._gateway_interfaces import ICredentialProviderConfig, IGateway
    from l2.bedrockagentcore._identity import (
        ApiKeyCredentialLocation,
        IApiKeyCredentialProvider,
        IOAuth2CredentialProvider,
    )
    from l2.iam import Grant

_WORKLOAD_IDENTITY = ["bedrock-agentcore:GetWorkloadAccessToken"]
_WORKLOAD_IDENTITY_OAUTH = ["bedrock-agentcore:GetWorkloadAccessToken",
                            "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
                            "bedrock-agentcore:GetWorkloadAccessTokenForUserId"]
_OAUTH = ["bedrock-agentcore:GetResourceOauth2Token"]
_OAUTH_COMPLETE_AUTH = ["bedrock-agentcore:CompleteResourceTokenAuth"]
_API_KEY = ["bedrock-agentcore:GetResourceApiKey"]
_SECRETS = ["secretsmanager:GetSecretValue"]
_WILDCARD_WARNING = (
    "The secret ARN is an unresolved token. Granting access using a wildcard prefix (bedrock-agentcore-identity!*). "
    "To scope the grant to a specific secret, supply a literal secret ARN via {method}.")


class CredentialProviderType(enum.Enum):
    """How a gateway authenticates to a target."""

    API_KEY = "API_KEY"
    """An API key from an AgentCore Identity API key provider."""
    OAUTH = "OAUTH"
    """An OAuth token from an AgentCore Identity OAuth2 provider."""
    GATEWAY_IAM_ROLE = "GATEWAY_IAM_ROLE"
    """The gateway's IAM role."""


@structs.frozen(kw_only=True)
class OAuthConfiguration:
    """An OAuth2 credential provider given by ARN (``GatewayCredentialProvider.from_oauth_identity_arn``)."""

    provider_arn: str
    """The ARN of the OAuth2 credential provider."""
    scopes: Sequence[str]
    """The OAuth scopes to request."""
    secret_arn: str
    """The ARN of the Secrets Manager secret that holds the client secret."""
    custom_parameters: Mapping[str, str] | None = None
    """Additional parameters of the token request."""


@structs.frozen(kw_only=True)
class GatewayIamRoleCredentialProviderProps:
    """The settings of ``GatewayCredentialProvider.from_iam_role``."""

    region: str | None = None
    """The region of the target's service (needs ``service``)."""
    service: str | None = None
    """The service name requests are signed for (SigV4; MCP server and OpenAPI targets)."""


@structs.frozen(kw_only=True)
class FromApiKeyIdentityOptions:
    """The options of ``GatewayCredentialProvider.from_api_key_identity``."""

    credential_location: ApiKeyCredentialLocation | None = None
    """Where the key goes (default ``ApiKeyCredentialLocation.header()``)."""


@structs.frozen(kw_only=True)
class FromOauthIdentityOptions:
    """The options of ``GatewayCredentialProvider.from_oauth_identity``."""

    scopes: Sequence[str]
    """The OAuth scopes to request."""
    custom_parameters: Mapping[str, str] | None = None
    """Additional parameters of the token request."""


def _identity_arns(gateway: IGateway) -> tuple[Stack, str, str, str]:
    stack = Stack.of(gateway)  # type: ignore[arg-type]
    directory = stack.format_arn(service="bedrock-agentcore", resource="workload-identity-directory",
                                 resource_name="default", arn_format=ArnFormat.SLASH_RESOURCE_NAME)
    token_vault = stack.format_arn(service="bedrock-agentcore", resource="token-vault", resource_name="default",
                                   arn_format=ArnFormat.SLASH_RESOURCE_NAME)
    return stack, directory, f"{directory}/workload-identity/{gateway.gateway_name}-*", token_vault


def _secret_grant(gateway: IGateway, stack: Stack, secret_arn: str, method: str) -> Grant:
    if Token.is_unresolved(secret_arn):
        Annotations.of(gateway).add_warning_v2(  # type: ignore[arg-type]
            "aws-cdk-lib.aws-bedrockagentcore:wildcardSecretArnGrant", _WILDCARD_WARNING.format(method=method))
        resources = [stack.format_arn(service="secretsmanager", resource="secret",
                                      resource_name="bedrock-agentcore-identity!*",
                                      arn_format=ArnFormat.COLON_RESOURCE_NAME)]
    else:
        resources = [secret_arn]
    return iam().Grant.add_to_principal(grantee=gateway.role, actions=list(_SECRETS), resource_arns=resources)


class _ApiKeyCredentialProviderConfiguration:
    """An API key from an AgentCore Identity provider (``ICredentialProviderConfig``)."""

    def __init__(self, provider_arn: str, secret_arn: str,
                 credential_location: ApiKeyCredentialLocation | None) -> None:
        self.credential_provider_type = CredentialProviderType.API_KEY
        self.provider_arn = provider_arn
        self.secret_arn = secret_arn
        if credential_location is None:
            from l2.bedrockagentcore._identity import ApiKeyCredentialLocation

            credential_location = ApiKeyCredentialLocation.header()
        self.credential_location = credential_location

    def grant_needed_permissions_to_role(self, gateway: IGateway) -> Grant | None:
        stack, directory, identity, token_vault = _identity_arns(gateway)
        grant = iam().Grant
        workload = grant.add_to_principal(grantee=gateway.role, actions=list(_WORKLOAD_IDENTITY),
                                          resource_arns=[directory, identity])
        api_key = grant.add_to_principal(grantee=gateway.role, actions=list(_API_KEY),
                                         resource_arns=[token_vault, self.provider_arn, directory, identity])
        secret = _secret_grant(gateway, stack, self.secret_arn, "fromApiKeyIdentityArn")
        return workload.combine(api_key).combine(secret)

    def _render(self) -> dict[str, Any]:
        location = self.credential_location
        provider: dict[str, Any] = {"provider_arn": self.provider_arn,
                                    "credential_location": location.credential_location_type,
                                    "credential_parameter_name": location.credential_parameter_name}
        if location.credential_prefix is not None:
            provider["credential_prefix"] = location.credential_prefix
        return {"credential_provider_type": self.credential_provider_type.value,
                "credential_provider": {"api_key_credential_provider": provider}}


class _OAuthCredentialProviderConfiguration:
    """An OAuth token from an AgentCore Identity provider (``ICredentialProviderConfig``)."""

    def __init__(self, provider_arn: str, secret_arn: str, scopes: Sequence[str],
                 custom_parameters: Mapping[str, str] | None) -> None:
        self.credential_provider_type = CredentialProviderType.OAUTH
        self.provider_arn = provider_arn
        self.secret_arn = secret_arn
        self.scopes = list(scopes)
        self.custom_parameters = custom_parameters

    def grant_needed_permissions_to_role(self, gateway: IGateway) -> Grant | None:
        stack, directory, identity, token_vault = _identity_arns(gateway)
        grant = iam().Grant
        arns = [token_vault, self.provider_arn, directory, identity]
        workload = grant.add_to_principal(grantee=gateway.role, actions=list(_WORKLOAD_IDENTITY_OAUTH),
                                          resource_arns=[directory, identity])
        complete = grant.add_to_principal(grantee=gateway.role, actions=list(_OAUTH_COMPLETE_AUTH),
                                          resource_arns=list(arns))
        oauth = grant.add_to_principal(grantee=gateway.role, actions=list(_OAUTH), resource_arns=list(arns))
        secret = _secret_grant(gateway, stack, self.secret_arn, "fromOauthIdentityArn")
        return workload.combine(complete).combine(oauth).combine(secret)

    def _render(self) -> dict[str, Any]:
        provider: dict[str, Any] = {"provider_arn": self.provider_arn, "scopes": self.scopes}
        if self.custom_parameters is not None:
            provider["custom_parameters"] = dict(self.custom_parameters)
        return {"credential_provider_type": self.credential_provider_type.value,
                "credential_provider": {"oauth_credential_provider": provider}}


class _GatewayIamRoleCredentialProviderConfig:
    """The gateway's IAM role (``ICredentialProviderConfig``)."""

    def __init__(self, service: str | None, region: str | None) -> None:
        self.credential_provider_type = CredentialProviderType.GATEWAY_IAM_ROLE
        self.service = service
        self.region = region
        if region is not None and service is None:
            raise UnscopedValidationError(
                "service must be provided when region is specified for the IAM credential provider")
        errors: list[str] = []
        if service is not None:
            errors += length_errors(service, "IAM credential provider service", 1, 64)
            errors += pattern_errors(service, "IAM credential provider service", r"^[a-zA-Z0-9._-]+$")
        if region is not None:
            errors += length_errors(region, "IAM credential provider region", 1, 32)
            errors += pattern_errors(region, "IAM credential provider region", r"^[a-zA-Z0-9-]+$")
        if errors:
            raise UnscopedValidationError("\n".join(errors))

    def grant_needed_permissions_to_role(self, gateway: IGateway) -> Grant | None:
        return None

    def _render(self) -> dict[str, Any]:
        if self.service is None:
            return {"credential_provider_type": self.credential_provider_type.value}
        iam_provider: dict[str, Any] = {"service": self.service}
        if self.region is not None:
            iam_provider["region"] = self.region
        return {"credential_provider_type": self.credential_provider_type.value,
                "credential_provider": {"iam_credential_provider": iam_provider}}


class GatewayCredentialProvider:
    """Factory of the credential provider configurations of gateway targets."""

    @staticmethod
    def from_api_key_identity(provider: IApiKeyCredentialProvider, *,
                              credential_location: ApiKeyCredentialLocation | None = None,
                              ) -> ICredentialProviderConfig:
        """An API key from ``provider`` (an ``ApiKeyCredentialProvider``); its secret is granted to the gateway."""
        binding = provider.bind_for_gateway_api_key_target()
        return _ApiKeyCredentialProviderConfiguration(binding.provider_arn, binding.secret_arn, credential_location)

    @staticmethod
    def from_api_key_identity_arn(*, provider_arn: str, secret_arn: str,
                                  credential_location: ApiKeyCredentialLocation | None = None,
                                  ) -> ICredentialProviderConfig:
        """An API key from the provider ``provider_arn`` whose secret is ``secret_arn``."""
        return _ApiKeyCredentialProviderConfiguration(provider_arn, secret_arn, credential_location)

    @staticmethod
    def from_oauth_identity(provider: IOAuth2CredentialProvider, *, scopes: Sequence[str],
                            custom_parameters: Mapping[str, str] | None = None,
                            ) -> ICredentialProviderConfig:
        """An OAuth token from ``provider`` (an ``OAuth2CredentialProvider``) with ``scopes``."""
        binding = provider.bind_for_gateway_o_auth_target(scopes, custom_parameters)
        return _OAuthCredentialProviderConfiguration(binding.provider_arn, binding.secret_arn, binding.scopes,
                                                     binding.custom_parameters)

    @staticmethod
    def from_oauth_identity_arn(*, provider_arn: str, scopes: Sequence[str], secret_arn: str,
                                custom_parameters: Mapping[str, str] | None = None,
                                ) -> ICredentialProviderConfig:
        """An OAuth token from the provider ``provider_arn`` whose client secret is ``secret_arn``."""
        return _OAuthCredentialProviderConfiguration(provider_arn, secret_arn, scopes, custom_parameters)

    @staticmethod
    def from_iam_role(*, region: str | None = None,
                      service: str | None = None) -> ICredentialProviderConfig:
        """The gateway's IAM role (SigV4 for ``service`` in ``region`` when given)."""
        return _GatewayIamRoleCredentialProviderConfig(service, region)
