"""The Cognito interfaces: what new and imported user pools, clients, domains, groups and providers offer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Duration
    from l1.cognito import CfnUserPool
    from l2.cognito._attr import ClientAttributes
    from l2.cognito._client import (
        AnalyticsConfiguration,
        AuthFlow,
        OAuthSettings,
        UserPoolClient,
        UserPoolClientIdentityProvider,
    )
    from l2.cognito._domain import (
        CognitoDomainOptions,
        CustomDomainOptions,
        ManagedLoginVersion,
        UserPoolDomain,
    )
    from l2.cognito._group import UserPoolGroup
    from l2.cognito._resource_server import ResourceServerScope, UserPoolResourceServer
    from l2.iam import Grant, IGrantable, IRole


@runtime_checkable
class IUserPoolIdentityProvider(Protocol):
    """A user pool identity provider (aws-cdk-lib's ``IUserPoolIdentityProvider``)."""

    @property
    def provider_name(self) -> str:
        """The provider's name."""
        ...


@runtime_checkable
class IUserPool(Protocol):
    """A Cognito user pool, new or imported (aws-cdk-lib's ``IUserPool``)."""

    @property
    def user_pool_id(self) -> str:
        """The pool's id."""
        ...

    @property
    def user_pool_arn(self) -> str:
        """The pool's ARN."""
        ...

    @property
    def user_pool_provider_name(self) -> str:
        """``cognito-idp.<region>.amazonaws.com/<id>``."""
        ...

    @property
    def identity_providers(self) -> list[IUserPoolIdentityProvider]:
        """The identity providers registered with the pool."""
        ...

    def add_client(
        self,
        id: str,
        *,
        access_token_validity: Duration | None = None,
        analytics: AnalyticsConfiguration | None = None,
        auth_flows: AuthFlow | None = None,
        auth_session_validity: Duration | None = None,
        disable_o_auth: bool | None = None,
        enable_propagate_additional_user_context_data: bool | None = None,
        enable_token_revocation: bool | None = None,
        generate_secret: bool | None = None,
        id_token_validity: Duration | None = None,
        o_auth: OAuthSettings | None = None,
        prevent_user_existence_errors: bool | None = None,
        read_attributes: ClientAttributes | None = None,
        refresh_token_rotation_grace_period: Duration | None = None,
        refresh_token_validity: Duration | None = None,
        supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = None,
        user_pool_client_name: str | None = None,
        write_attributes: ClientAttributes | None = None,
    ) -> UserPoolClient:
        """Add an app client."""
        ...

    def add_domain(
        self,
        id: str,
        *,
        cognito_domain: CognitoDomainOptions | None = None,
        custom_domain: CustomDomainOptions | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> UserPoolDomain:
        """Add a domain."""
        ...

    def add_resource_server(
        self,
        id: str,
        *,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> UserPoolResourceServer:
        """Add a resource server."""
        ...

    def add_group(
        self,
        id: str,
        *,
        description: str | None = None,
        group_name: str | None = None,
        precedence: int | float | None = None,
        role: IRole | None = None,
    ) -> UserPoolGroup:
        """Add a group."""
        ...

    def register_identity_provider(self, provider: IUserPoolIdentityProvider) -> None:
        """Register an identity provider (app clients support it by default)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the pool."""
        ...


@runtime_checkable
class IUserPoolClient(Protocol):
    """An app client (aws-cdk-lib's ``IUserPoolClient``)."""

    @property
    def user_pool_client_id(self) -> str:
        """The client's id."""
        ...

    @property
    def user_pool_client_secret(self) -> object:
        """The client secret (a ``SecretValue``)."""
        ...


@runtime_checkable
class IUserPoolDomain(Protocol):
    """A user pool domain (aws-cdk-lib's ``IUserPoolDomain``)."""

    @property
    def domain_name(self) -> str:
        """The domain name (the prefix, for a Cognito domain)."""
        ...


@runtime_checkable
class IUserPoolGroup(Protocol):
    """A user pool group (aws-cdk-lib's ``IUserPoolGroup``)."""

    @property
    def group_name(self) -> str:
        """The group's name."""
        ...


@runtime_checkable
class IUserPoolResourceServer(Protocol):
    """A user pool resource server (aws-cdk-lib's ``IUserPoolResourceServer``)."""

    @property
    def user_pool_resource_server_id(self) -> str:
        """The resource server's id (its identifier)."""
        ...


def pool_id(pool: IUserPool | CfnUserPool) -> str:
    """The id of a user pool given as ``IUserPool`` or as the L1 (aws-cdk-lib takes any ``IUserPoolRef``)."""
    value = getattr(pool, "user_pool_id", None)
    return value if isinstance(value, str) else str(getattr(pool, "ref"))  # noqa: B009 - the L1's Ref


def pool_arn(pool: IUserPool | CfnUserPool) -> str:
    """The ARN of a user pool given as ``IUserPool`` or as the L1."""
    value = getattr(pool, "user_pool_arn", None)
    return value if isinstance(value, str) else str(getattr(pool, "attr_arn"))  # noqa: B009 - the L1's Arn
