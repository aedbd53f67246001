"""AgentCore Identity: API key and OAuth2 credential providers of the token vault, their interfaces, the bindings a
gateway target uses, and where a gateway puts an API key (``ApiKeyCredentialLocation``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Lazy,
    Names,
    Resource,
    SecretValue,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import (
        ApiKeyCredentialProviderReference,
        OAuth2CredentialProviderReference,
    )
    from l1.bedrockagentcore import CfnOAuth2CredentialProvider
    from l2.iam import Grant, IGrantable, IPrincipal

TOKEN_VAULT_API_KEY_PARENT_RESOURCES = ("token-vault/default", "token-vault/default/apikeycredentialprovider")
TOKEN_VAULT_OAUTH2_PARENT_RESOURCES = ("token-vault/default", "token-vault/default/oauth2credentialprovider")
WORKLOAD_IDENTITY_PARENT_RESOURCES = ("workload-identity-directory/default",
                                      "workload-identity-directory/default/workload-identity")
WORKLOAD_IDENTITY_USE_RESOURCES = ("workload-identity-directory/default",
                                   "workload-identity-directory/default/workload-identity/*")
_SECRET_READ = ("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret")
_SECRET_WRITE = ("secretsmanager:PutSecretValue",)
_NAME_PATTERN = r"^[a-zA-Z0-9\-_]+$"
_TAG_PATTERN = r"^[a-zA-Z0-9\s._:/=+@-]*$"


def _full(read: list[str], list_: list[str], admin: list[str], use: list[str]) -> list[str]:
    return list(dict.fromkeys([*read, *list_, *admin, *use]))


class ApiKeyCredentialProviderIdentityPerms:
    """The IAM actions of API key credential providers."""

    READ_PERMS = ["bedrock-agentcore:GetApiKeyCredentialProvider"]
    """Read one provider."""
    LIST_PERMS = ["bedrock-agentcore:ListApiKeyCredentialProviders"]
    """List providers."""
    ADMIN_PERMS = ["bedrock-agentcore:CreateApiKeyCredentialProvider", "bedrock-agentcore:GetApiKeyCredentialProvider",
                   "bedrock-agentcore:UpdateApiKeyCredentialProvider",
                   "bedrock-agentcore:DeleteApiKeyCredentialProvider"]
    """Create, read, update and delete providers."""
    USE_PERMS = ["bedrock-agentcore:GetResourceApiKey"]
    """Fetch the API key at run time."""
    FULL_ACCESS_PERMS = _full(READ_PERMS, LIST_PERMS, ADMIN_PERMS, USE_PERMS)
    """All of the above."""


class OAuth2CredentialProviderIdentityPerms:
    """The IAM actions of OAuth2 credential providers."""

    READ_PERMS = ["bedrock-agentcore:GetOauth2CredentialProvider"]
    """Read one provider."""
    LIST_PERMS = ["bedrock-agentcore:ListOauth2CredentialProviders"]
    """List providers."""
    ADMIN_PERMS = ["bedrock-agentcore:CreateOauth2CredentialProvider", "bedrock-agentcore:GetOauth2CredentialProvider",
                   "bedrock-agentcore:UpdateOauth2CredentialProvider",
                   "bedrock-agentcore:DeleteOauth2CredentialProvider"]
    """Create, read, update and delete providers."""
    USE_PERMS = ["bedrock-agentcore:GetResourceOauth2Token", "bedrock-agentcore:CompleteResourceTokenAuth"]
    """Obtain OAuth2 tokens at run time."""
    FULL_ACCESS_PERMS = _full(READ_PERMS, LIST_PERMS, ADMIN_PERMS, USE_PERMS)
    """All of the above."""


# --- grant helpers (shared with WorkloadIdentity) --------------------------------------------------------------------

def identity_resource_arns(scope: Construct, instance_arn: str, parents: Sequence[str]) -> list[str]:
    """``instance_arn`` and the ARNs of its parent resources (token vault / identity directory)."""
    stack = Stack.of(scope)
    return [instance_arn, *(stack.format_arn(service="bedrock-agentcore", resource=resource,
                                             arn_format=ArnFormat.NO_RESOURCE_NAME) for resource in parents)]


def grant_read_with_list(scope: Construct, grantee: IGrantable, arn: str, read: Sequence[str],
                         list_: Sequence[str], parents: Sequence[str]) -> Grant:
    """Grant reading ``arn`` and listing its kind."""
    return iam().Grant.add_to_principal(grantee=grantee, actions=[*read, *list_],
                                        resource_arns=identity_resource_arns(scope, arn, parents))


def _grant_secret(scope: Construct, grantee: IGrantable, secret_arn: str | None,
                  actions: Sequence[str]) -> Grant | None:
    if secret_arn is None or secret_arn == "":
        return None
    if Token.is_unresolved(secret_arn):
        Annotations.of(scope).add_warning_v2(
            "aws-cdk-lib.aws-bedrockagentcore:wildcardSecretArnGrant",
            "The secret ARN is an unresolved token. Granting access using a wildcard prefix "
            "(bedrock-agentcore-identity!*). To scope the grant to a specific secret, import the credential provider "
            "with an explicit secretArn.")
        arns = [Stack.of(scope).format_arn(service="secretsmanager", resource="secret",
                                           resource_name="bedrock-agentcore-identity!*",
                                           arn_format=ArnFormat.COLON_RESOURCE_NAME)]
    else:
        arns = [secret_arn]
    return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)


def _with_secret(bedrock: Grant, secret: Grant | None) -> Grant:
    return bedrock.combine(secret) if secret is not None else bedrock


def name_errors(name: str) -> list[str]:
    """The errors of a credential provider name."""
    return length_errors(name, "Credential provider name", 1, 128) + pattern_errors(
        name, "Credential provider name", _NAME_PATTERN,
        "Credential provider name may only contain letters, numbers, hyphens, and underscores.")


def tags_errors(tags: Mapping[str, str] | None) -> list[str]:
    """The errors of the tags of an identity resource (as aws-cdk-lib words them)."""
    errors: list[str] = []
    if tags is None or Token.is_unresolved(tags):
        return errors
    for key, value in tags.items():
        if not Token.is_unresolved(key):
            if key.lower().startswith("aws:"):
                errors.append(f'Tag key "{key}" cannot start with "aws:" as this prefix is reserved by AWS')
            errors += length_errors(key, "Tag key", 1, 256) + pattern_errors(key, "Tag key", _TAG_PATTERN)
        if not Token.is_unresolved(value):
            errors += length_errors(value, "Tag value", 1, 256) + pattern_errors(value, "Tag value", _TAG_PATTERN)
    return errors


def cfn_tags(tags: Mapping[str, str] | None) -> list[dict[str, str]] | None:
    """``tags`` as the ``[{key, value}]`` list of the identity L1 resources (``None`` when empty)."""
    if not tags:
        return None
    return [{"key": key, "value": value} for key, value in tags.items()]


# --- bindings and locations ------------------------------------------------------------------------------------------

@structs.frozen(kw_only=True)
class GatewayApiKeyIdentityBinding:
    """What a gateway target needs to use an API key credential provider."""

    provider_arn: str
    """The ARN of the credential provider."""
    secret_arn: str
    """The ARN of the Secrets Manager secret holding the API key."""


@structs.frozen(kw_only=True)
class GatewayOAuth2IdentityBinding:
    """What a gateway target needs to use an OAuth2 credential provider."""

    provider_arn: str
    """The ARN of the credential provider."""
    scopes: Sequence[str]
    """The OAuth2 scopes to request."""
    secret_arn: str
    """The ARN of the Secrets Manager secret holding the client secret."""
    custom_parameters: Mapping[str, str] | None = None
    """Extra parameters of the OAuth2 flow."""


@structs.frozen(kw_only=True)
class ApiKeyAdditionalConfiguration:
    """Where in the request the API key goes: the parameter name and a prefix."""

    credential_parameter_name: str | None = None
    """The header or query parameter name (default ``Authorization`` for a header, ``api_key`` for a query)."""
    credential_prefix: str | None = None
    """A prefix before the key (default ``Bearer `` for a header, none for a query)."""


class ApiKeyCredentialLocation:
    """Where a gateway sends the API key: a header or a query parameter.

    Args:
        credential_location_type: where the key goes in the request: a header or a query parameter.
        credential_parameter_name: the header or query parameter name that carries the key.
        credential_prefix: text put before the key (for example ``Bearer``).
    """

    def __init__(self, credential_location_type: str, credential_parameter_name: str,
                 credential_prefix: str | None = None) -> None:
        self.credential_location_type = credential_location_type
        """``HEADER`` or ``QUERY_PARAMETER``."""
        self.credential_parameter_name = credential_parameter_name
        """The header or query parameter name."""
        self.credential_prefix = credential_prefix
        """The prefix before the key."""

    @staticmethod
    def header(*, credential_parameter_name: str | None = None,
               credential_prefix: str | None = None) -> ApiKeyCredentialLocation:
        """In a header (default ``Authorization: Bearer <key>``)."""
        return ApiKeyCredentialLocation(
            "HEADER", credential_parameter_name if credential_parameter_name is not None else "Authorization",
            credential_prefix if credential_prefix is not None else "Bearer ")

    @staticmethod
    def query_parameter(*, credential_parameter_name: str | None = None,
                        credential_prefix: str | None = None) -> ApiKeyCredentialLocation:
        """In a query parameter (default ``api_key``)."""
        return ApiKeyCredentialLocation(
            "QUERY_PARAMETER", credential_parameter_name if credential_parameter_name is not None else "api_key",
            credential_prefix)


@structs.frozen(kw_only=True)
class ApiKeyCredentialProviderOptions:
    """An API key credential provider a gateway target uses, by ARN."""

    provider_arn: str
    """The ARN of the API key credential provider."""
    secret_arn: str
    """The ARN of the secret holding the key."""
    credential_location: ApiKeyCredentialLocation | None = None
    """Where the key goes (default ``ApiKeyCredentialLocation.header()``)."""


# --- interfaces ------------------------------------------------------------------------------------------------------

@runtime_checkable
class IApiKeyCredentialProvider(Protocol):
    """An API key credential provider: ``ApiKeyCredentialProvider`` or an imported one."""

    @property
    def credential_provider_arn(self) -> str:
        """The ARN of the provider."""
        ...

    @property
    def api_key_secret_arn(self) -> str | None:
        """The ARN of the secret holding the key (when known)."""
        ...

    @property
    def created_time(self) -> str | None:
        """When it was created."""
        ...

    @property
    def last_updated_time(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal (an unknown one: providers do not act)."""
        ...

    @property
    def api_key_credential_provider_ref(self) -> ApiKeyCredentialProviderReference:
        """A reference to the provider."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the provider."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading and listing."""
        ...

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant managing the provider."""
        ...

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant fetching the key at run time."""
        ...

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant everything."""
        ...

    def bind_for_gateway_api_key_target(self) -> GatewayApiKeyIdentityBinding:
        """The provider and secret ARNs a gateway target uses."""
        ...


@runtime_checkable
class IOAuth2CredentialProvider(Protocol):
    """An OAuth2 credential provider: ``OAuth2CredentialProvider`` or an imported one."""

    @property
    def credential_provider_arn(self) -> str:
        """The ARN of the provider."""
        ...

    @property
    def credential_provider_vendor(self) -> str:
        """The vendor (``GoogleOauth2``, ``CustomOauth2``...)."""
        ...

    @property
    def callback_url(self) -> str | None:
        """The OAuth2 callback URL (when known)."""
        ...

    @property
    def client_secret_arn(self) -> str | None:
        """The ARN of the secret holding the client secret (when known)."""
        ...

    @property
    def created_time(self) -> str | None:
        """When it was created."""
        ...

    @property
    def last_updated_time(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal (an unknown one: providers do not act)."""
        ...

    @property
    def o_auth2_credential_provider_ref(self) -> OAuth2CredentialProviderReference:
        """A reference to the provider."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the provider."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading and listing."""
        ...

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant managing the provider."""
        ...

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant obtaining tokens at run time."""
        ...

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant everything."""
        ...

    def bind_for_gateway_o_auth_target(self, scopes: Sequence[str],
                                       custom_parameters: Mapping[str, str] | None = None
                                       ) -> GatewayOAuth2IdentityBinding:
        """The provider and secret ARNs, scopes and parameters a gateway target uses."""
        ...


# --- API key credential provider -------------------------------------------------------------------------------------

@structs.frozen(kw_only=True)
class ApiKeyCredentialProviderProps:
    """The properties of an ``ApiKeyCredentialProvider``."""

    api_key: SecretValue | None = None
    """The API key (stored by the service in Secrets Manager; visible in the template)."""
    api_key_credential_provider_name: str | None = None
    """The name (default generated)."""
    tags: Mapping[str, str] | None = None
    """Tags of the provider."""


@structs.frozen(kw_only=True)
class ApiKeyCredentialProviderAttributes:
    """What ``ApiKeyCredentialProvider.from_api_key_credential_provider_attributes`` needs to know."""

    credential_provider_arn: str
    """The ARN of the provider."""
    api_key_secret_arn: str | None = None
    """The ARN of its secret (needed to bind it to a gateway target)."""
    created_time: str | None = None
    """When it was created."""
    last_updated_time: str | None = None
    """When it was last updated."""


class _CredentialProviderBase(Resource):
    """The grants of a token-vault credential provider; a subclass names its permissions, its parent resources in the
    token vault and the secret it keeps (``_secret_arn_for_grants``)."""

    credential_provider_arn: str
    created_time: str | None = None
    last_updated_time: str | None = None
    _perms: ClassVar[type[ApiKeyCredentialProviderIdentityPerms] | type[OAuth2CredentialProviderIdentityPerms]]
    _parents: ClassVar[tuple[str, ...]]

    def __init__(self, scope: Construct, id: str, *, physical_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=physical_name)
        self.grant_principal: IPrincipal = iam().UnknownPrincipal(resource=self)
        """Providers do not act: an unknown principal."""

    def _secret_arn_for_grants(self) -> str | None:
        raise NotImplementedError

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this provider (and the token vault it lives in)."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=identity_resource_arns(
            self, self.credential_provider_arn, self._parents))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading this provider and listing providers."""
        return grant_read_with_list(self, grantee, self.credential_provider_arn, self._perms.READ_PERMS,
                                    self._perms.LIST_PERMS, self._parents)

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant managing this provider (and writing its secret)."""
        bedrock = self.grant(grantee, *self._perms.ADMIN_PERMS)
        return _with_secret(bedrock, _grant_secret(self, grantee, self._secret_arn_for_grants(), _SECRET_WRITE))

    def _grant_run_time(self, grantee: IGrantable, actions: Sequence[str], secret: Sequence[str]) -> Grant:
        bedrock = iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=identity_resource_arns(
            self, self.credential_provider_arn, [*self._parents, *WORKLOAD_IDENTITY_USE_RESOURCES]))
        return _with_secret(bedrock, _grant_secret(self, grantee, self._secret_arn_for_grants(), secret))

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant using this provider at run time: fetching its API key or OAuth2 tokens (and reading its secret)."""
        return self._grant_run_time(grantee, self._perms.USE_PERMS, _SECRET_READ)

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant every action on this provider and its secret."""
        return self._grant_run_time(grantee, self._perms.FULL_ACCESS_PERMS, [*_SECRET_READ, *_SECRET_WRITE])


class _ApiKeyCredentialProviderBase(_CredentialProviderBase):
    _perms = ApiKeyCredentialProviderIdentityPerms
    _parents = TOKEN_VAULT_API_KEY_PARENT_RESOURCES

    @property
    def api_key_secret_arn(self) -> str | None:
        """The ARN of the secret holding the key."""
        return None

    def _secret_arn_for_grants(self) -> str | None:
        return self.api_key_secret_arn

    @property
    def api_key_credential_provider_ref(self) -> ApiKeyCredentialProviderReference:
        """A reference to the provider."""
        from l1._private.interfaces.bedrockagentcore import ApiKeyCredentialProviderReference

        return ApiKeyCredentialProviderReference(credential_provider_arn=self.credential_provider_arn)


class _ImportedApiKeyCredentialProvider(_ApiKeyCredentialProviderBase):
    def __init__(self, scope: Construct, id: str, attrs: ApiKeyCredentialProviderAttributes) -> None:
        super().__init__(scope, id)
        self.credential_provider_arn = attrs.credential_provider_arn
        self._secret_arn = attrs.api_key_secret_arn
        self.created_time = attrs.created_time
        self.last_updated_time = attrs.last_updated_time

    @property
    def api_key_secret_arn(self) -> str | None:
        """The ARN of the secret holding the key (as given)."""
        return self._secret_arn

    def bind_for_gateway_api_key_target(self) -> GatewayApiKeyIdentityBinding:
        """The provider and secret ARNs a gateway target uses (the secret ARN must have been given)."""
        if self._secret_arn is None or self._secret_arn == "":
            raise ValidationError(
                "apiKeySecretArn is not available on this ApiKeyCredentialProvider (imported providers must pass "
                "apiKeySecretArn in fromApiKeyCredentialProviderAttributes).", self)
        return GatewayApiKeyIdentityBinding(provider_arn=self.credential_provider_arn, secret_arn=self._secret_arn)


class ApiKeyCredentialProvider(_ApiKeyCredentialProviderBase):
    """An API key credential provider in the AgentCore token vault
    (``AWS::BedrockAgentCore::ApiKeyCredentialProvider``).

    Args:
        api_key: the API key (the service stores it in Secrets Manager; the value is in the template).
        api_key_credential_provider_name: the name (default generated, at most 128 characters).
        tags: tags of the provider.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.ApiKeyCredentialProvider"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, api_key: SecretValue | None = None,
                 api_key_credential_provider_name: str | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=api_key_credential_provider_name
                         if api_key_credential_provider_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=128)))
        self.api_key_credential_provider_name: str = self.physical_name
        """The name of the provider."""
        key = api_key.unsafe_unwrap() if api_key is not None else None
        for errors in (name_errors(self.api_key_credential_provider_name),
                       [] if key is None or key == "" else length_errors(key, "API key", 1, 65536),
                       tags_errors(tags)):
            if errors:
                raise ValidationError("\n".join(errors), self)
        from l1.bedrockagentcore import CfnApiKeyCredentialProvider

        self._resource = CfnApiKeyCredentialProvider(
            self, "Resource", name=self.api_key_credential_provider_name, api_key=key, tags=cfn_tags(tags))
        self.credential_provider_arn = self._resource.attr_credential_provider_arn
        self.created_time = self._resource.attr_created_time
        self.last_updated_time = self._resource.attr_last_updated_time
        self._secret_arn: str | None = None

    @property
    def api_key_secret_arn(self) -> str | None:
        """The ARN of the secret the service created for the key."""
        if self._secret_arn is None:
            self._secret_arn = Token.as_string(self._resource.attr_api_key_secret_arn)
        return self._secret_arn

    def bind_for_gateway_api_key_target(self) -> GatewayApiKeyIdentityBinding:
        """The provider and secret ARNs a gateway target uses."""
        secret_arn = self.api_key_secret_arn
        assert secret_arn is not None
        return GatewayApiKeyIdentityBinding(provider_arn=self.credential_provider_arn, secret_arn=secret_arn)

    @staticmethod
    def from_api_key_credential_provider_attributes(
            scope: Construct, id: str, *, credential_provider_arn: str, api_key_secret_arn: str | None = None,
            created_time: str | None = None, last_updated_time: str | None = None) -> IApiKeyCredentialProvider:
        """A provider made outside this app."""
        return _ImportedApiKeyCredentialProvider(scope, id, ApiKeyCredentialProviderAttributes(
            credential_provider_arn=credential_provider_arn, api_key_secret_arn=api_key_secret_arn,
            created_time=created_time, last_updated_time=last_updated_time))


# --- OAuth2 credential provider --------------------------------------------------------------------------------------

class OAuth2CredentialProviderVendor:
    """The vendor of an OAuth2 credential provider (``CredentialProviderVendor``).

    Args:
        value: the vendor name as CloudFormation takes it.
    """

    GOOGLE: OAuth2CredentialProviderVendor
    """Google."""
    GITHUB: OAuth2CredentialProviderVendor
    """GitHub."""
    SLACK: OAuth2CredentialProviderVendor
    """Slack."""
    SALESFORCE: OAuth2CredentialProviderVendor
    """Salesforce."""
    MICROSOFT: OAuth2CredentialProviderVendor
    """Microsoft."""
    CUSTOM: OAuth2CredentialProviderVendor
    """A custom OAuth2 server."""
    ATLASSIAN: OAuth2CredentialProviderVendor
    """Atlassian."""
    LINKEDIN: OAuth2CredentialProviderVendor
    """LinkedIn."""
    X: OAuth2CredentialProviderVendor
    """X."""
    OKTA: OAuth2CredentialProviderVendor
    """Okta."""
    ONE_LOGIN: OAuth2CredentialProviderVendor
    """OneLogin."""
    PING_ONE: OAuth2CredentialProviderVendor
    """PingOne."""
    FACEBOOK: OAuth2CredentialProviderVendor
    """Facebook."""
    YANDEX: OAuth2CredentialProviderVendor
    """Yandex."""
    REDDIT: OAuth2CredentialProviderVendor
    """Reddit."""
    ZOOM: OAuth2CredentialProviderVendor
    """Zoom."""
    TWITCH: OAuth2CredentialProviderVendor
    """Twitch."""
    SPOTIFY: OAuth2CredentialProviderVendor
    """Spotify."""
    DROPBOX: OAuth2CredentialProviderVendor
    """Dropbox."""
    NOTION: OAuth2CredentialProviderVendor
    """Notion."""
    HUBSPOT: OAuth2CredentialProviderVendor
    """HubSpot."""
    CYBER_ARK: OAuth2CredentialProviderVendor
    """CyberArk."""
    FUSION_AUTH: OAuth2CredentialProviderVendor
    """FusionAuth."""
    AUTH0: OAuth2CredentialProviderVendor
    """Auth0."""
    COGNITO: OAuth2CredentialProviderVendor
    """Amazon Cognito."""

    def __init__(self, value: str) -> None:
        self.value = value
        """The CloudFormation vendor string."""

    @staticmethod
    def of(value: str) -> OAuth2CredentialProviderVendor:
        """A vendor by its CloudFormation string."""
        return OAuth2CredentialProviderVendor(value)

    def to_string(self) -> str:
        """The vendor string."""
        return self.value

    def __str__(self) -> str:
        return self.value


for _name, _value in (("GOOGLE", "GoogleOauth2"), ("GITHUB", "GithubOauth2"), ("SLACK", "SlackOauth2"),
                      ("SALESFORCE", "SalesforceOauth2"), ("MICROSOFT", "MicrosoftOauth2"),
                      ("CUSTOM", "CustomOauth2"), ("ATLASSIAN", "AtlassianOauth2"), ("LINKEDIN", "LinkedinOauth2"),
                      ("X", "XOauth2"), ("OKTA", "OktaOauth2"), ("ONE_LOGIN", "OneLoginOauth2"),
                      ("PING_ONE", "PingOneOauth2"), ("FACEBOOK", "FacebookOauth2"), ("YANDEX", "YandexOauth2"),
                      ("REDDIT", "RedditOauth2"), ("ZOOM", "ZoomOauth2"), ("TWITCH", "TwitchOauth2"),
                      ("SPOTIFY", "SpotifyOauth2"), ("DROPBOX", "DropboxOauth2"), ("NOTION", "NotionOauth2"),
                      ("HUBSPOT", "HubspotOauth2"), ("CYBER_ARK", "CyberArkOauth2"),
                      ("FUSION_AUTH", "FusionAuthOauth2"), ("AUTH0", "Auth0Oauth2"), ("COGNITO", "CognitoOauth2")):
    setattr(OAuth2CredentialProviderVendor, _name, OAuth2CredentialProviderVendor(_value))


@structs.frozen(kw_only=True)
class OAuth2CredentialProviderBaseProps:
    """The name and tags every OAuth2 credential provider takes."""

    o_auth2_credential_provider_name: str | None = None
    """The name (default generated)."""
    tags: Mapping[str, str] | None = None
    """Tags of the provider."""


@structs.frozen(kw_only=True)
class OAuth2ClientCredentials:
    """An OAuth2 client id and secret."""

    client_id: str
    """The client id."""
    client_secret: SecretValue
    """The client secret (the value is in the template)."""


@structs.frozen(kw_only=True)
class OAuth2CredentialProviderFactoryBaseProps(OAuth2CredentialProviderBaseProps, OAuth2ClientCredentials):
    """The properties of the ``OAuth2CredentialProvider.using_*`` factories."""


@structs.frozen(kw_only=True)
class SlackOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_slack``."""


@structs.frozen(kw_only=True)
class GithubOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_github``."""


@structs.frozen(kw_only=True)
class GoogleOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_google``."""


@structs.frozen(kw_only=True)
class SalesforceOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_salesforce``."""


@structs.frozen(kw_only=True)
class MicrosoftOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_microsoft``."""

    tenant_id: str | None = None
    """The Microsoft Entra tenant id."""


@structs.frozen(kw_only=True)
class AtlassianOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_atlassian``."""


@structs.frozen(kw_only=True)
class LinkedinOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_linkedin``."""


@structs.frozen(kw_only=True)
class FacebookOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_facebook``."""


@structs.frozen(kw_only=True)
class XOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_x``."""


@structs.frozen(kw_only=True)
class YandexOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_yandex``."""


@structs.frozen(kw_only=True)
class RedditOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_reddit``."""


@structs.frozen(kw_only=True)
class ZoomOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_zoom``."""


@structs.frozen(kw_only=True)
class TwitchOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_twitch``."""


@structs.frozen(kw_only=True)
class SpotifyOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_spotify``."""


@structs.frozen(kw_only=True)
class DropboxOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_dropbox``."""


@structs.frozen(kw_only=True)
class NotionOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_notion``."""


@structs.frozen(kw_only=True)
class HubspotOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_hubspot``."""


@structs.frozen(kw_only=True)
class IncludedOauth2TenantEndpoints:
    """The tenant endpoints of a built-in (included) OAuth2 vendor such as Okta or Auth0."""

    authorization_endpoint: str | None = None
    """The authorization endpoint."""
    issuer: str | None = None
    """The issuer."""
    token_endpoint: str | None = None
    """The token endpoint."""


@structs.frozen(kw_only=True)
class IncludedOauth2TenantCredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps,
                                                  IncludedOauth2TenantEndpoints):
    """The properties of the tenant-based factories (Okta, OneLogin, PingOne, CyberArk, FusionAuth, Auth0, Cognito)."""


@structs.frozen(kw_only=True)
class OAuth2AuthorizationServerMetadata:
    """The metadata of an OAuth2 authorization server (instead of a discovery URL)."""

    authorization_endpoint: str
    """The authorization endpoint."""
    issuer: str
    """The issuer."""
    token_endpoint: str
    """The token endpoint."""
    response_types: Sequence[str] | None = None
    """The response types supported."""


@structs.frozen(kw_only=True)
class CustomOAuth2CredentialProviderProps(OAuth2CredentialProviderFactoryBaseProps):
    """The properties of ``OAuth2CredentialProvider.using_custom`` (a discovery URL or the server metadata)."""

    authorization_server_metadata: OAuth2AuthorizationServerMetadata | None = None
    """The authorization server metadata (without ``discovery_url``)."""
    discovery_url: str | None = None
    """The OIDC/OAuth2 discovery document URL (without ``authorization_server_metadata``)."""


@structs.frozen(kw_only=True)
class OAuth2CredentialProviderProps:
    """The properties of an ``OAuth2CredentialProvider``."""

    credential_provider_vendor: str
    """The vendor string (``CredentialProviderVendor``)."""
    oauth2_provider_config_input: CfnOAuth2CredentialProvider.Oauth2ProviderConfigInputProperty | Mapping[str, object]
    """The vendor configuration, passed through to ``Oauth2ProviderConfigInput``."""
    o_auth2_credential_provider_name: str | None = None
    """The name (default generated)."""
    tags: Mapping[str, str] | None = None
    """Tags of the provider."""


@structs.frozen(kw_only=True)
class OAuth2CredentialProviderAttributes:
    """What ``OAuth2CredentialProvider.from_o_auth2_credential_provider_attributes`` needs to know."""

    credential_provider_arn: str
    """The ARN of the provider."""
    credential_provider_vendor: str
    """The vendor string."""
    callback_url: str | None = None
    """The callback URL."""
    client_secret_arn: str | None = None
    """The ARN of the client secret (needed to bind it to a gateway target)."""
    created_time: str | None = None
    """When it was created."""
    last_updated_time: str | None = None
    """When it was last updated."""


class _OAuth2CredentialProviderBase(_CredentialProviderBase):
    credential_provider_vendor: str
    callback_url: str | None = None
    _perms = OAuth2CredentialProviderIdentityPerms
    _parents = TOKEN_VAULT_OAUTH2_PARENT_RESOURCES

    @property
    def client_secret_arn(self) -> str | None:
        """The ARN of the secret holding the client secret."""
        return None

    def _secret_arn_for_grants(self) -> str | None:
        return self.client_secret_arn

    @property
    def o_auth2_credential_provider_ref(self) -> OAuth2CredentialProviderReference:
        """A reference to the provider."""
        from l1._private.interfaces.bedrockagentcore import OAuth2CredentialProviderReference

        return OAuth2CredentialProviderReference(credential_provider_arn=self.credential_provider_arn)


class _ImportedOAuth2CredentialProvider(_OAuth2CredentialProviderBase):
    def __init__(self, scope: Construct, id: str, attrs: OAuth2CredentialProviderAttributes) -> None:
        super().__init__(scope, id)
        self.credential_provider_arn = attrs.credential_provider_arn
        self.credential_provider_vendor = attrs.credential_provider_vendor
        self.callback_url = attrs.callback_url
        self._secret_arn = attrs.client_secret_arn
        self.created_time = attrs.created_time
        self.last_updated_time = attrs.last_updated_time

    @property
    def client_secret_arn(self) -> str | None:
        """The ARN of the client secret (as given)."""
        return self._secret_arn

    def bind_for_gateway_o_auth_target(self, scopes: Sequence[str],
                                       custom_parameters: Mapping[str, str] | None = None
                                       ) -> GatewayOAuth2IdentityBinding:
        """The binding a gateway target uses (the client secret ARN must have been given)."""
        if self._secret_arn is None or self._secret_arn == "":
            raise ValidationError(
                "clientSecretArn is not available on this OAuth2CredentialProvider (imported providers must pass "
                "clientSecretArn in fromOAuth2CredentialProviderAttributes).", self)
        return GatewayOAuth2IdentityBinding(provider_arn=self.credential_provider_arn, secret_arn=self._secret_arn,
                                            scopes=list(scopes), custom_parameters=custom_parameters)


def _metadata_unresolved(metadata: OAuth2AuthorizationServerMetadata) -> bool:
    for value in (metadata.authorization_endpoint, metadata.issuer, metadata.token_endpoint,
                  *(metadata.response_types or [])):
        if isinstance(value, str) and Token.is_unresolved(value):
            return True
    return False


class OAuth2CredentialProvider(_OAuth2CredentialProviderBase):
    """An OAuth2 credential provider in the AgentCore token vault
    (``AWS::BedrockAgentCore::OAuth2CredentialProvider``); the ``using_*`` factories build one per vendor.

    Args:
        credential_provider_vendor: the vendor string (``OAuth2CredentialProviderVendor.<X>.value``).
        oauth2_provider_config_input: the vendor configuration (``Oauth2ProviderConfigInput``).
        o_auth2_credential_provider_name: the name (default generated, at most 128 characters).
        tags: tags of the provider.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.OAuth2CredentialProvider"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, credential_provider_vendor: str,
                 oauth2_provider_config_input: CfnOAuth2CredentialProvider.Oauth2ProviderConfigInputProperty
                 | Mapping[str, object],
                 o_auth2_credential_provider_name: str | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=o_auth2_credential_provider_name
                         if o_auth2_credential_provider_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=128)))
        self.o_auth2_credential_provider_name: str = self.physical_name
        """The name of the provider."""
        self.credential_provider_vendor = credential_provider_vendor
        for errors in (name_errors(self.o_auth2_credential_provider_name), tags_errors(tags)):
            if errors:
                raise ValidationError("\n".join(errors), self)
        from l1.bedrockagentcore import CfnOAuth2CredentialProvider

        self._resource = CfnOAuth2CredentialProvider(
            self, "Resource", name=self.o_auth2_credential_provider_name,
            credential_provider_vendor=credential_provider_vendor,
            oauth2_provider_config_input=oauth2_provider_config_input, tags=cfn_tags(tags))
        self.credential_provider_arn = self._resource.attr_credential_provider_arn
        self.callback_url = self._resource.attr_callback_url
        self.created_time = self._resource.attr_created_time
        self.last_updated_time = self._resource.attr_last_updated_time
        self._secret_arn: str | None = None

    @property
    def client_secret_arn(self) -> str | None:
        """The ARN of the secret the service created for the client secret."""
        if self._secret_arn is None:
            self._secret_arn = Token.as_string(self._resource.attr_client_secret_arn)
        return self._secret_arn

    def bind_for_gateway_o_auth_target(self, scopes: Sequence[str],
                                       custom_parameters: Mapping[str, str] | None = None
                                       ) -> GatewayOAuth2IdentityBinding:
        """The provider and secret ARNs, scopes and parameters a gateway target uses."""
        secret_arn = self.client_secret_arn
        assert secret_arn is not None
        return GatewayOAuth2IdentityBinding(provider_arn=self.credential_provider_arn, secret_arn=secret_arn,
                                            scopes=list(scopes), custom_parameters=custom_parameters)

    @staticmethod
    def from_o_auth2_credential_provider_attributes(
            scope: Construct, id: str, *, credential_provider_arn: str, credential_provider_vendor: str,
            callback_url: str | None = None, client_secret_arn: str | None = None, created_time: str | None = None,
            last_updated_time: str | None = None) -> IOAuth2CredentialProvider:
        """A provider made outside this app."""
        return _ImportedOAuth2CredentialProvider(scope, id, OAuth2CredentialProviderAttributes(
            credential_provider_arn=credential_provider_arn, credential_provider_vendor=credential_provider_vendor,
            callback_url=callback_url, client_secret_arn=client_secret_arn, created_time=created_time,
            last_updated_time=last_updated_time))

    # --- vendor factories ---

    @staticmethod
    def _vendor(scope: Construct, id: str, vendor: OAuth2CredentialProviderVendor, config_key: str,
                config: dict[str, object], name: str | None,
                tags: Mapping[str, str] | None) -> OAuth2CredentialProvider:
        return OAuth2CredentialProvider(scope, id, o_auth2_credential_provider_name=name, tags=tags,
                                        credential_provider_vendor=vendor.value,
                                        oauth2_provider_config_input={config_key: config})

    @staticmethod
    def _client(client_id: str, client_secret: SecretValue) -> dict[str, object]:
        return {"client_id": client_id, "client_secret": client_secret.unsafe_unwrap()}

    @staticmethod
    def _tenant(scope: Construct, id: str, vendor: OAuth2CredentialProviderVendor, client_id: str,
                client_secret: SecretValue, authorization_endpoint: str | None, issuer: str | None,
                token_endpoint: str | None, name: str | None,
                tags: Mapping[str, str] | None) -> OAuth2CredentialProvider:
        config = OAuth2CredentialProvider._client(client_id, client_secret)
        config.update(authorization_endpoint=authorization_endpoint, issuer=issuer, token_endpoint=token_endpoint)
        return OAuth2CredentialProvider._vendor(scope, id, vendor, "included_oauth2_provider_config", config, name,
                                                tags)

    @staticmethod
    def using_slack(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                    o_auth2_credential_provider_name: str | None = None,
                    tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Slack provider."""
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.SLACK,
                                                "slack_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret),
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_github(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A GitHub provider."""
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.GITHUB,
                                                "github_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret),
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_google(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Google provider."""
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.GOOGLE,
                                                "google_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret),
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_salesforce(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                         o_auth2_credential_provider_name: str | None = None,
                         tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Salesforce provider."""
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.SALESFORCE,
                                                "salesforce_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret),
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_microsoft(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                        tenant_id: str | None = None, o_auth2_credential_provider_name: str | None = None,
                        tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Microsoft provider (optionally for one tenant)."""
        config = OAuth2CredentialProvider._client(client_id, client_secret)
        config["tenant_id"] = tenant_id
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.MICROSOFT,
                                                "microsoft_oauth2_provider_config", config,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_atlassian(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                        o_auth2_credential_provider_name: str | None = None,
                        tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """An Atlassian provider."""
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.ATLASSIAN,
                                                "atlassian_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret),
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_linkedin(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                       o_auth2_credential_provider_name: str | None = None,
                       tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A LinkedIn provider."""
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.LINKEDIN,
                                                "linkedin_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret),
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def _included(scope: Construct, id: str, vendor: OAuth2CredentialProviderVendor, client_id: str,
                  client_secret: SecretValue, name: str | None,
                  tags: Mapping[str, str] | None) -> OAuth2CredentialProvider:
        return OAuth2CredentialProvider._vendor(scope, id, vendor, "included_oauth2_provider_config",
                                                OAuth2CredentialProvider._client(client_id, client_secret), name, tags)

    @staticmethod
    def using_x(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                o_auth2_credential_provider_name: str | None = None,
                tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """An X provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.X, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_facebook(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                       o_auth2_credential_provider_name: str | None = None,
                       tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Facebook provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.FACEBOOK, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_yandex(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Yandex provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.YANDEX, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_reddit(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Reddit provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.REDDIT, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_zoom(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                   o_auth2_credential_provider_name: str | None = None,
                   tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Zoom provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.ZOOM, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_twitch(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Twitch provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.TWITCH, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_spotify(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                      o_auth2_credential_provider_name: str | None = None,
                      tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Spotify provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.SPOTIFY, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_dropbox(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                      o_auth2_credential_provider_name: str | None = None,
                      tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Dropbox provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.DROPBOX, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_notion(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A Notion provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.NOTION, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_hubspot(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                      o_auth2_credential_provider_name: str | None = None,
                      tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A HubSpot provider."""
        return OAuth2CredentialProvider._included(scope, id, OAuth2CredentialProviderVendor.HUBSPOT, client_id,
                                                  client_secret, o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_okta(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                   authorization_endpoint: str | None = None, issuer: str | None = None,
                   token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                   tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """An Okta provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.OKTA, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_one_login(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                        authorization_endpoint: str | None = None, issuer: str | None = None,
                        token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                        tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A OneLogin provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.ONE_LOGIN, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_ping_one(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                       authorization_endpoint: str | None = None, issuer: str | None = None,
                       token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                       tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A PingOne provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.PING_ONE, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_cyber_ark(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                        authorization_endpoint: str | None = None, issuer: str | None = None,
                        token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                        tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A CyberArk provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.CYBER_ARK, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_fusion_auth(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                          authorization_endpoint: str | None = None, issuer: str | None = None,
                          token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                          tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A FusionAuth provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.FUSION_AUTH, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_auth0(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                    authorization_endpoint: str | None = None, issuer: str | None = None,
                    token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                    tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """An Auth0 provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.AUTH0, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_cognito(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                      authorization_endpoint: str | None = None, issuer: str | None = None,
                      token_endpoint: str | None = None, o_auth2_credential_provider_name: str | None = None,
                      tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """An Amazon Cognito provider (tenant endpoints)."""
        return OAuth2CredentialProvider._tenant(scope, id, OAuth2CredentialProviderVendor.COGNITO, client_id,
                                                client_secret, authorization_endpoint, issuer, token_endpoint,
                                                o_auth2_credential_provider_name, tags)

    @staticmethod
    def using_custom(scope: Construct, id: str, *, client_id: str, client_secret: SecretValue,
                     authorization_server_metadata: OAuth2AuthorizationServerMetadata | None = None,
                     discovery_url: str | None = None, o_auth2_credential_provider_name: str | None = None,
                     tags: Mapping[str, str] | None = None) -> OAuth2CredentialProvider:
        """A provider for a custom OAuth2 server: exactly one of ``discovery_url`` and
        ``authorization_server_metadata``."""
        has_url = discovery_url is not None and discovery_url != ""
        has_metadata = authorization_server_metadata is not None
        if has_url and has_metadata:
            raise ValidationError("Provide either discoveryUrl or authorizationServerMetadata for a custom OAuth2 "
                                  "credential provider, not both.", scope)
        unresolved = ((discovery_url is not None and Token.is_unresolved(discovery_url))
                      or (authorization_server_metadata is not None
                          and _metadata_unresolved(authorization_server_metadata)))
        if not unresolved and not has_url and not has_metadata:
            raise ValidationError("Provide either discoveryUrl or authorizationServerMetadata for a custom OAuth2 "
                                  "credential provider.", scope)
        if discovery_url is not None:
            discovery: dict[str, object] = {"discovery_url": discovery_url}
        else:
            meta = authorization_server_metadata
            assert meta is not None
            discovery = {"authorization_server_metadata": {
                "authorization_endpoint": meta.authorization_endpoint, "issuer": meta.issuer,
                "token_endpoint": meta.token_endpoint, "response_types": meta.response_types}}
        config = OAuth2CredentialProvider._client(client_id, client_secret)
        config["oauth_discovery"] = discovery
        return OAuth2CredentialProvider._vendor(scope, id, OAuth2CredentialProviderVendor.CUSTOM,
                                                "custom_oauth2_provider_config", config,
                                                o_auth2_credential_provider_name, tags)
