"""Inbound authorization of a gateway: ``GatewayAuthorizer`` and the authorizers it builds (JWT, IAM, none)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError
from constructs.internals import structs
from l2.bedrockagentcore._types import CustomClaimOperator

if TYPE_CHECKING:
    from l2.cognito import IUserPool, IUserPoolClient


class GatewayAuthorizerType(enum.Enum):
    """How callers authenticate to a gateway."""

    CUSTOM_JWT = "CUSTOM_JWT"
    """JWTs from an OIDC provider."""
    AWS_IAM = "AWS_IAM"
    """IAM (SigV4)."""
    NONE = "NONE"
    """No authentication."""


class GatewayCustomClaim:
    """A custom claim a gateway's JWT authorizer checks (build one with the static methods).

    Args:
        name: the claim's name.
        value_type: ``STRING`` or ``STRING_ARRAY``.
        operator: how the claim is matched.
        value: the value(s) matched.
    """

    def __init__(self, name: str, value_type: str, operator: CustomClaimOperator, value: str | Sequence[str]) -> None:
        self._name = name
        self._value_type = value_type
        self._operator = operator
        self._value = value
        if not Token.is_unresolved(value):
            if value_type == "STRING" and not isinstance(value, str):
                raise UnscopedValidationError(
                    f"Custom claim '{name}': STRING type requires a string value, got {type(value).__name__}")
            if value_type == "STRING_ARRAY" and isinstance(value, str):
                raise UnscopedValidationError(
                    f"Custom claim '{name}': STRING_ARRAY type requires an array value, got string")

    @staticmethod
    def with_string_value(name: str, value: str) -> GatewayCustomClaim:
        """A string claim that must equal ``value``."""
        return GatewayCustomClaim(name, "STRING", CustomClaimOperator.EQUALS, value)

    @staticmethod
    def with_string_array_value(name: str, values: Sequence[str],
                                operator: CustomClaimOperator | None = None) -> GatewayCustomClaim:
        """A string-list claim matched with ``operator`` (``CONTAINS``, the default, or ``CONTAINS_ANY``)."""
        operator = operator if operator is not None else CustomClaimOperator.CONTAINS
        if operator not in (CustomClaimOperator.CONTAINS, CustomClaimOperator.CONTAINS_ANY):
            raise UnscopedValidationError(
                f"Custom claim '{name}': STRING_ARRAY type only supports CONTAINS or CONTAINS_ANY operators, "
                f"got {operator.value}")
        return GatewayCustomClaim(name, "STRING_ARRAY", operator, list(values))

    def _render(self) -> dict[str, object]:
        value = self._value
        if self._operator is CustomClaimOperator.CONTAINS and not isinstance(value, str):
            if not Token.is_unresolved(value[0]) and len(value) != 1:
                raise UnscopedValidationError(
                    f"Custom claim '{self._name}': CONTAINS operator requires exactly one value, "
                    f"got {len(value)} values")
        if self._value_type == "STRING" or self._operator is CustomClaimOperator.CONTAINS:
            match_value: dict[str, object] = {"match_value_string": value if isinstance(value, str) else value[0]}
        else:
            match_value = {"match_value_string_list": list(value)}
        return {"inbound_token_claim_name": self._name, "inbound_token_claim_value_type": self._value_type,
                "authorizing_claim_match_value": {"claim_match_operator": self._operator.value,
                                                  "claim_match_value": match_value}}


@structs.frozen(kw_only=True)
class CustomJwtConfiguration:
    """The settings of a custom JWT authorizer."""

    discovery_url: str
    """The OIDC discovery URL (ending ``/.well-known/openid-configuration``)."""
    allowed_audience: Sequence[str] | None = None
    """The audiences accepted (default any)."""
    allowed_clients: Sequence[str] | None = None
    """The client ids accepted (default any)."""
    allowed_scopes: Sequence[str] | None = None
    """The scopes accepted (default any)."""
    custom_claims: Sequence[GatewayCustomClaim] | None = None
    """Custom claims to check (default none)."""


@structs.frozen(kw_only=True)
class CognitoAuthorizerProps:
    """The settings of ``GatewayAuthorizer.using_cognito``."""

    user_pool: IUserPool
    """The Cognito user pool that issues the tokens."""
    allowed_audiences: Sequence[str] | None = None
    """The audiences accepted (default any)."""
    allowed_clients: Sequence[IUserPoolClient] | None = None
    """The user pool clients accepted (default any)."""
    allowed_scopes: Sequence[str] | None = None
    """The scopes accepted (default any)."""
    custom_claims: Sequence[GatewayCustomClaim] | None = None
    """Custom claims to check (default none)."""


class CustomJwtAuthorizer:
    """JWTs checked against an OIDC provider (``IGatewayAuthorizerConfig``).

    Args:
        discovery_url: the OIDC discovery URL.
        allowed_audience: the audiences accepted.
        allowed_clients: the client ids accepted.
        allowed_scopes: the scopes accepted.
        custom_claims: custom claims to check.
    """

    def __init__(self, *, discovery_url: str, allowed_audience: Sequence[str] | None = None,
                 allowed_clients: Sequence[str] | None = None, allowed_scopes: Sequence[str] | None = None,
                 custom_claims: Sequence[GatewayCustomClaim] | None = None) -> None:
        self.authorizer_type = GatewayAuthorizerType.CUSTOM_JWT
        """``CUSTOM_JWT``."""
        self._discovery_url = discovery_url
        self._allowed_audience = allowed_audience
        self._allowed_clients = allowed_clients
        self._allowed_scopes = allowed_scopes
        self._custom_claims = custom_claims

    def _render(self) -> dict[str, Any] | None:
        jwt: dict[str, Any] = {"discovery_url": self._discovery_url}
        # (a list given empty is rendered, as aws-cdk-lib does)
        if self._allowed_audience is not None:
            jwt["allowed_audience"] = list(self._allowed_audience)
        if self._allowed_clients is not None:
            jwt["allowed_clients"] = list(self._allowed_clients)
        if self._allowed_scopes is not None:
            jwt["allowed_scopes"] = list(self._allowed_scopes)
        if self._custom_claims:
            jwt["custom_claims"] = [claim._render() for claim in self._custom_claims]
        return {"custom_jwt_authorizer": jwt}


class IamAuthorizer:
    """IAM (SigV4-signed requests) (``IGatewayAuthorizerConfig``)."""

    def __init__(self) -> None:
        self.authorizer_type = GatewayAuthorizerType.AWS_IAM
        """``AWS_IAM``."""

    def _render(self) -> dict[str, Any] | None:
        return None


class NoAuthAuthorizer:
    """No inbound authentication: the gateway is public (``IGatewayAuthorizerConfig``)."""

    def __init__(self) -> None:
        self.authorizer_type = GatewayAuthorizerType.NONE
        """``NONE``."""

    def _render(self) -> dict[str, Any] | None:
        return None


class GatewayAuthorizer:
    """Factory of gateway authorizers."""

    @staticmethod
    def using_aws_iam() -> IamAuthorizer:
        """IAM (SigV4-signed requests)."""
        return IamAuthorizer()

    @staticmethod
    def using_custom_jwt(*, discovery_url: str, allowed_audience: Sequence[str] | None = None,
                         allowed_clients: Sequence[str] | None = None, allowed_scopes: Sequence[str] | None = None,
                         custom_claims: Sequence[GatewayCustomClaim] | None = None) -> CustomJwtAuthorizer:
        """JWTs from the OIDC provider at ``discovery_url``; at least one of the checks must be given."""
        if allowed_audience is None and allowed_clients is None and allowed_scopes is None and custom_claims is None:
            raise UnscopedValidationError(
                "At least one of allowedAudience, allowedClients, allowedScopes, or customClaims must be defined "
                "for CUSTOM_JWT authorizer")
        return CustomJwtAuthorizer(discovery_url=discovery_url, allowed_audience=allowed_audience,
                                   allowed_clients=allowed_clients, allowed_scopes=allowed_scopes,
                                   custom_claims=custom_claims)

    @staticmethod
    def using_cognito(*, user_pool: IUserPool, allowed_audiences: Sequence[str] | None = None,
                      allowed_clients: Sequence[IUserPoolClient] | None = None,
                      allowed_scopes: Sequence[str] | None = None,
                      custom_claims: Sequence[GatewayCustomClaim] | None = None) -> CustomJwtAuthorizer:
        """JWTs issued by the Cognito ``user_pool`` (to ``allowed_clients``)."""
        from constructs import Resource, Stack

        region = user_pool.env.region if isinstance(user_pool, Resource) else Stack.of(user_pool).region
        discovery_url = (f"https://cognito-idp.{region}.amazonaws.com/{user_pool.user_pool_id}"
                         "/.well-known/openid-configuration")
        clients = [c.user_pool_client_id for c in allowed_clients] if allowed_clients is not None else None
        return CustomJwtAuthorizer(discovery_url=discovery_url, allowed_clients=clients,
                                   allowed_audience=allowed_audiences, allowed_scopes=allowed_scopes,
                                   custom_claims=custom_claims)

    @staticmethod
    def with_no_auth() -> NoAuthAuthorizer:
        """No inbound authentication (the gateway is public; a warning says so)."""
        return NoAuthAuthorizer()
