"""``RuntimeAuthorizerConfiguration``: how callers authenticate to an agent runtime."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Resource, Stack, Token, UnscopedValidationError

if TYPE_CHECKING:
    from l2.bedrockagentcore._types import RuntimeCustomClaim
    from l2.cognito import IUserPool, IUserPoolClient

_WELL_KNOWN = "/.well-known/openid-configuration"


class RuntimeAuthorizerConfiguration:
    """Inbound authentication of a runtime: IAM (SigV4, the default), JWT, Cognito or OAuth.

    Args:
        discovery_url: the OpenID Connect discovery URL of the token issuer (JWT, OAuth).
        allowed_audience: audiences a token may carry.
        allowed_clients: client ids a token may come from.
        allowed_scopes: scopes a token may carry.
        custom_claims: further claims a token must satisfy.
        user_pool: the Cognito user pool that issues the tokens (Cognito).
        user_pool_clients: the user pool clients whose tokens are accepted (Cognito).
    """

    def __init__(self, discovery_url: str | None = None, allowed_clients: Sequence[str] | None = None,
                 allowed_audience: Sequence[str] | None = None, allowed_scopes: Sequence[str] | None = None,
                 custom_claims: Sequence[RuntimeCustomClaim] | None = None,
                 user_pool: IUserPool | None = None,
                 user_pool_clients: Sequence[IUserPoolClient] | None = None) -> None:
        self._discovery_url = discovery_url
        self._allowed_clients = allowed_clients
        self._allowed_audience = allowed_audience
        self._allowed_scopes = allowed_scopes
        self._custom_claims = custom_claims
        self._user_pool = user_pool
        self._user_pool_clients = user_pool_clients

    @staticmethod
    def using_iam() -> RuntimeAuthorizerConfiguration:
        """IAM (SigV4-signed requests); nothing is rendered, the service default applies."""
        return RuntimeAuthorizerConfiguration()

    @staticmethod
    def using_jwt(discovery_url: str, allowed_clients: Sequence[str] | None = None,
                  allowed_audience: Sequence[str] | None = None, allowed_scopes: Sequence[str] | None = None,
                  custom_claims: Sequence[RuntimeCustomClaim] | None = None) -> RuntimeAuthorizerConfiguration:
        """JWTs checked against the OIDC provider at ``discovery_url`` (ending ``/.well-known/openid-configuration``)."""
        if not Token.is_unresolved(discovery_url) and not discovery_url.endswith(_WELL_KNOWN):
            raise UnscopedValidationError("JWT discovery URL must end with /.well-known/openid-configuration")
        return RuntimeAuthorizerConfiguration(discovery_url, allowed_clients, allowed_audience, allowed_scopes,
                                              custom_claims)

    @staticmethod
    def using_cognito(user_pool: IUserPool, user_pool_clients: Sequence[IUserPoolClient],
                      allowed_audience: Sequence[str] | None = None, allowed_scopes: Sequence[str] | None = None,
                      custom_claims: Sequence[RuntimeCustomClaim] | None = None) -> RuntimeAuthorizerConfiguration:
        """JWTs issued by the Cognito ``user_pool`` to ``user_pool_clients``."""
        return RuntimeAuthorizerConfiguration(None, None, allowed_audience, allowed_scopes, custom_claims,
                                              user_pool, list(user_pool_clients))

    @staticmethod
    def using_o_auth(discovery_url: str, client_id: str, allowed_audience: Sequence[str] | None = None,
                     allowed_scopes: Sequence[str] | None = None,
                     custom_claims: Sequence[RuntimeCustomClaim] | None = None) -> RuntimeAuthorizerConfiguration:
        """OAuth 2.0 tokens for ``client_id`` from the provider at ``discovery_url``."""
        if not Token.is_unresolved(discovery_url) and not discovery_url.endswith(_WELL_KNOWN):
            raise UnscopedValidationError("OAuth discovery URL must end with /.well-known/openid-configuration")
        return RuntimeAuthorizerConfiguration(discovery_url, [client_id], allowed_audience, allowed_scopes,
                                              custom_claims)

    def _render(self) -> dict[str, Any] | None:
        if self._user_pool is not None:
            pool = self._user_pool
            region = pool.env.region if isinstance(pool, Resource) else Stack.of(pool).region
            discovery_url: str = (f"https://cognito-idp.{region}.amazonaws.com/"
                                  f"{self._user_pool.user_pool_id}{_WELL_KNOWN}")
            clients: list[str] | None = [c.user_pool_client_id for c in self._user_pool_clients or ()]
        elif self._discovery_url is not None:
            discovery_url = self._discovery_url
            clients = list(self._allowed_clients) if self._allowed_clients is not None else None
        else:
            return None
        claims = [c._render() for c in self._custom_claims] if self._custom_claims else None
        jwt: dict[str, object] = {"discovery_url": discovery_url}
        for key, value in (("allowed_clients", clients), ("allowed_audience", self._allowed_audience),
                           ("allowed_scopes", self._allowed_scopes), ("custom_claims", claims)):
            if value is not None:
                jwt[key] = list(value)
        return {"custom_jwt_authorizer": jwt}
