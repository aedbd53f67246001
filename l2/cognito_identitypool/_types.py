"""Identity pool enums and structs: login providers, provider URLs, role mappings, user pool providers."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Construct
    from l2.cognito import IUserPool, IUserPoolClient
    from l2.iam import IOpenIdConnectProvider, IRole, ISamlProvider


@runtime_checkable
class IIdentityPool(Protocol):
    """A Cognito identity pool, new or imported (aws-cdk-lib's ``IIdentityPool``)."""

    @property
    def identity_pool_id(self) -> str:
        """The pool's id (``<region>:<uuid>``)."""
        ...

    @property
    def identity_pool_arn(self) -> str:
        """The pool's ARN."""
        ...

    @property
    def identity_pool_name(self) -> str:
        """The pool's name."""
        ...


class IdentityPoolProviderType(enum.Enum):
    """The kind of an identity provider."""

    FACEBOOK = "Facebook"
    GOOGLE = "Google"
    AMAZON = "Amazon"
    APPLE = "Apple"
    TWITTER = "Twitter"
    OPEN_ID = "OpenId"
    SAML = "Saml"
    USER_POOL = "UserPool"
    CUSTOM = "Custom"


class IdentityPoolProviderUrl:
    """The URL (or key) of an identity provider, as role mappings name it.

    Args:
        type: the provider's kind.
        value: the URL.
    """

    FACEBOOK: IdentityPoolProviderUrl
    GOOGLE: IdentityPoolProviderUrl
    AMAZON: IdentityPoolProviderUrl
    APPLE: IdentityPoolProviderUrl
    TWITTER: IdentityPoolProviderUrl

    def __init__(self, type: IdentityPoolProviderType, value: str) -> None:
        self.type = type
        self.value = value

    @staticmethod
    def open_id(url: str) -> IdentityPoolProviderUrl:
        """An OpenID Connect provider."""
        return IdentityPoolProviderUrl(IdentityPoolProviderType.OPEN_ID, url)

    @staticmethod
    def saml(url: str) -> IdentityPoolProviderUrl:
        """A SAML provider."""
        return IdentityPoolProviderUrl(IdentityPoolProviderType.SAML, url)

    @staticmethod
    def user_pool(user_pool: IUserPool, user_pool_client: IUserPoolClient) -> IdentityPoolProviderUrl:
        """A user pool app client (``<pool provider name>:<client id>``)."""
        return IdentityPoolProviderUrl(
            IdentityPoolProviderType.USER_POOL,
            f"{user_pool.user_pool_provider_name}:{user_pool_client.user_pool_client_id}",
        )

    @staticmethod
    def custom(url: str) -> IdentityPoolProviderUrl:
        """A developer provider."""
        return IdentityPoolProviderUrl(IdentityPoolProviderType.CUSTOM, url)


IdentityPoolProviderUrl.FACEBOOK = IdentityPoolProviderUrl(
    IdentityPoolProviderType.FACEBOOK, "graph.facebook.com"
)
IdentityPoolProviderUrl.GOOGLE = IdentityPoolProviderUrl(
    IdentityPoolProviderType.GOOGLE, "accounts.google.com"
)
IdentityPoolProviderUrl.AMAZON = IdentityPoolProviderUrl(IdentityPoolProviderType.AMAZON, "www.amazon.com")
IdentityPoolProviderUrl.APPLE = IdentityPoolProviderUrl(IdentityPoolProviderType.APPLE, "appleid.apple.com")
IdentityPoolProviderUrl.TWITTER = IdentityPoolProviderUrl(IdentityPoolProviderType.TWITTER, "api.twitter.com")


class RoleMappingMatchType(enum.Enum):
    """How a rule compares a claim."""

    EQUALS = "Equals"
    CONTAINS = "Contains"
    STARTS_WITH = "StartsWith"
    NOTEQUAL = "NotEqual"


@structs.frozen(kw_only=True)
class RoleMappingRule:
    """A rule: users whose token claim matches get ``mapped_role``.

    Args:
        claim: the claim's name.
        claim_value: the value it is compared with.
        mapped_role: the role.
        match_type: the comparison (default ``EQUALS``).
    """

    claim: str
    claim_value: str
    mapped_role: IRole
    match_type: RoleMappingMatchType | None = None


@structs.frozen(kw_only=True)
class IdentityPoolRoleMapping:
    """How users of a provider get their role.

    Args:
        provider_url: the provider.
        mapping_key: the mapping's key (default the provider URL; required when that is a token).
        resolve_ambiguous_roles: give the authenticated role when no rule matches (default deny).
        rules: the rules (required unless ``use_token``).
        use_token: take the role from the token's ``cognito:preferred_role`` claim (default ``False``).
    """

    provider_url: IdentityPoolProviderUrl
    mapping_key: str | None = None
    resolve_ambiguous_roles: bool | None = None
    rules: Sequence[RoleMappingRule] | None = None
    use_token: bool | None = None


@structs.frozen(kw_only=True)
class IdentityPoolAmazonLoginProvider:
    """Login with Amazon.

    Args:
        app_id: the app id.
    """

    app_id: str


@structs.frozen(kw_only=True)
class IdentityPoolAppleLoginProvider:
    """Sign in with Apple.

    Args:
        services_id: the services id.
    """

    services_id: str


@structs.frozen(kw_only=True)
class IdentityPoolFacebookLoginProvider:
    """Facebook.

    Args:
        app_id: the app id.
    """

    app_id: str


@structs.frozen(kw_only=True)
class IdentityPoolGoogleLoginProvider:
    """Google.

    Args:
        client_id: the client id.
    """

    client_id: str


@structs.frozen(kw_only=True)
class IdentityPoolTwitterLoginProvider:
    """Twitter.

    Args:
        consumer_key: the consumer key.
        consumer_secret: the consumer secret.
    """

    consumer_key: str
    consumer_secret: str


@structs.frozen(kw_only=True)
class UserPoolAuthenticationProviderBindConfig:
    """What a user pool provider binds to (an entry of the pool's ``CognitoIdentityProviders``).

    Args:
        client_id: the app client's id.
        provider_name: ``cognito-idp.<region>.<url suffix>/<user pool id>``.
        server_side_token_check: check tokens with the user pool.
    """

    client_id: str
    provider_name: str
    server_side_token_check: bool


@structs.frozen(kw_only=True)
class UserPoolAuthenticationProviderBindOptions:
    """Options of ``IUserPoolAuthenticationProvider.bind`` (none yet)."""


@runtime_checkable
class IUserPoolAuthenticationProvider(Protocol):
    """A user pool identity pools authenticate with (aws-cdk-lib's ``IUserPoolAuthenticationProvider``)."""

    def bind(
        self, scope: Construct, identity_pool: IIdentityPool
    ) -> UserPoolAuthenticationProviderBindConfig:
        """The provider's configuration in ``identity_pool``."""
        ...


@structs.frozen(kw_only=True)
class UserPoolAuthenticationProviderProps:
    """The properties of a ``UserPoolAuthenticationProvider``.

    Args:
        user_pool: the user pool.
        disable_server_side_token_check: do not check tokens with the user pool (default ``False``).
        user_pool_client: the app client (default one added to the pool).
    """

    user_pool: IUserPool
    disable_server_side_token_check: bool | None = None
    user_pool_client: IUserPoolClient | None = None


@structs.frozen(kw_only=True)
class IdentityPoolAuthenticationProviders:
    """The identity providers of an identity pool (each default none).

    Args:
        amazon: Login with Amazon.
        apple: Sign in with Apple.
        custom_provider: the developer provider name.
        facebook: Facebook.
        google: Google.
        open_id_connect_providers: IAM OpenID Connect providers.
        saml_providers: IAM SAML providers.
        twitter: Twitter.
        user_pools: user pools.
    """

    amazon: IdentityPoolAmazonLoginProvider | None = None
    apple: IdentityPoolAppleLoginProvider | None = None
    custom_provider: str | None = None
    facebook: IdentityPoolFacebookLoginProvider | None = None
    google: IdentityPoolGoogleLoginProvider | None = None
    open_id_connect_providers: Sequence[IOpenIdConnectProvider] | None = None
    saml_providers: Sequence[ISamlProvider] | None = None
    twitter: IdentityPoolTwitterLoginProvider | None = None
    user_pools: Sequence[IUserPoolAuthenticationProvider] | None = None


@structs.frozen(kw_only=True)
class IdentityPoolProps:
    """The properties of an ``IdentityPool`` (see ``IdentityPool`` for each keyword)."""

    allow_classic_flow: bool | None = None
    allow_unauthenticated_identities: bool | None = None
    authenticated_role: IRole | None = None
    authentication_providers: IdentityPoolAuthenticationProviders | None = None
    identity_pool_name: str | None = None
    role_mappings: Sequence[IdentityPoolRoleMapping] | None = None
    unauthenticated_role: IRole | None = None
