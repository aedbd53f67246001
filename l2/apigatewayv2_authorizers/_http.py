"""Authorizers of HTTP API routes: JWT, Lambda, Cognito user pool and IAM."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Names, Stack, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.apigatewayv2 import (
    AuthorizerPayloadVersion,
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpRouteAuthorizerConfig,
)

if TYPE_CHECKING:
    from l2.apigatewayv2 import IHttpRoute
    from l2.iam import IRole
    from l2.lambda_ import IFunction

_DEFAULT_IDENTITY = ["$request.header.Authorization"]


@runtime_checkable
class IUserPoolClient(Protocol):
    """A Cognito user pool client (aws-cdk-lib's ``cognito.IUserPoolClient``): its id."""

    @property
    def user_pool_client_id(self) -> str: ...


@runtime_checkable
class IUserPool(Protocol):
    """A Cognito user pool (aws-cdk-lib's ``cognito.IUserPool``): its id, and ``add_client``."""

    @property
    def user_pool_id(self) -> str: ...

    def add_client(self, id: str) -> IUserPoolClient:
        """Add a user pool client."""
        ...


def lambda_authorizer_arn(handler: IFunction) -> str:
    """The API Gateway invocation URI of a Lambda function."""
    stack = Stack.of(handler)  # type: ignore[arg-type]
    return (
        f"arn:{stack.partition}:apigateway:{stack.region}:lambda:path/2015-03-31/functions/"
        f"{handler.function_arn}/invocations"
    )


def _given(value: Any, default: Any) -> Any:
    """``value ?? default()`` (aws-cdk-lib's defaults apply to missing values only, not to empty ones)."""
    return default() if value is None else value


def _not_attached() -> UnscopedValidationError:
    return UnscopedValidationError("Cannot access authorizerId until authorizer is attached to a HttpRoute")


# -- JWT ----------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class HttpJwtAuthorizerProps:
    """The options of an ``HttpJwtAuthorizer`` (see ``HttpJwtAuthorizer``)."""

    jwt_audience: Sequence[str]
    authorizer_name: str | None = None
    identity_source: Sequence[str] | None = None


class HttpJwtAuthorizer:
    """A JWT authorizer (one ``HttpAuthorizer`` made on the first bind).

    Args:
        id: the construct id of the authorizer.
        jwt_issuer: the issuer.
        jwt_audience: the audiences.
        authorizer_name: default ``id``.
        identity_source: default ``['$request.header.Authorization']``.
    """

    authorization_type = "JWT"

    def __init__(
        self,
        id: str,
        jwt_issuer: str,
        *,
        jwt_audience: Sequence[str],
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
    ) -> None:
        self.id = id
        self.jwt_issuer = jwt_issuer
        self._props = HttpJwtAuthorizerProps(
            jwt_audience=jwt_audience, authorizer_name=authorizer_name, identity_source=identity_source
        )
        self._authorizer: HttpAuthorizer | None = None

    @property
    def authorizer_id(self) -> str:
        """The authorizer's id (once bound to a route).

        Raises:
            UnscopedValidationError: not bound yet.
        """
        if self._authorizer is None:
            raise _not_attached()
        return self._authorizer.authorizer_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """The authorizer, made on the first bind."""
        if self._authorizer is None:
            self._authorizer = HttpAuthorizer(
                scope,
                self.id,
                http_api=route.http_api,
                identity_source=_given(self._props.identity_source, lambda: _DEFAULT_IDENTITY),
                type=HttpAuthorizerType.JWT,
                authorizer_name=_given(self._props.authorizer_name, lambda: self.id),
                jwt_audience=self._props.jwt_audience,
                jwt_issuer=self.jwt_issuer,
            )
        return HttpRouteAuthorizerConfig(
            authorizer_id=self._authorizer.authorizer_id, authorization_type=self.authorization_type
        )


# -- Lambda -------------------------------------------------------------------------------------------------
class HttpLambdaResponseType(enum.Enum):
    """The response types of a Lambda authorizer."""

    SIMPLE = 0
    IAM = 1


@structs.frozen(kw_only=True)
class HttpLambdaAuthorizerProps:
    """The options of an ``HttpLambdaAuthorizer`` (see ``HttpLambdaAuthorizer``)."""

    authorizer_name: str | None = None
    identity_source: Sequence[str] | None = None
    response_types: Sequence[HttpLambdaResponseType] | None = None
    results_cache_ttl: Duration | None = None
    role: IRole | None = None


class HttpLambdaAuthorizer:
    """A Lambda authorizer (one ``HttpAuthorizer`` and invoke permission made on the first bind).

    Args:
        id: the construct id of the authorizer.
        handler: the function.
        authorizer_name: default ``id``.
        identity_source: default ``['$request.header.Authorization']``.
        response_types: default ``[IAM]``; ``SIMPLE`` turns on simple responses (payload 2.0).
        results_cache_ttl: default 5 minutes.
        role: the role API Gateway assumes to invoke the function (default: a resource-policy permission).
    """

    authorization_type = "CUSTOM"

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
        response_types: Sequence[HttpLambdaResponseType] | None = None,
        results_cache_ttl: Duration | None = None,
        role: IRole | None = None,
    ) -> None:
        self.id = id
        self.handler = handler
        self._props = HttpLambdaAuthorizerProps(
            authorizer_name=authorizer_name,
            identity_source=identity_source,
            response_types=response_types,
            results_cache_ttl=results_cache_ttl,
            role=role,
        )
        self._authorizer: HttpAuthorizer | None = None
        self._http_api: Any = None

    @property
    def authorizer_id(self) -> str:
        """The authorizer's id (once bound to a route).

        Raises:
            UnscopedValidationError: not bound yet.
        """
        if self._authorizer is None:
            raise _not_attached()
        return self._authorizer.authorizer_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """The authorizer, made on the first bind.

        Raises:
            ValidationError: bound to a second API.
        """
        if self._http_api is not None and self._http_api.api_id != route.http_api.api_id:
            raise ValidationError("Cannot attach the same authorizer to multiple Apis", scope)
        if self._authorizer is None:
            from l2 import iam

            p = self._props
            response_types = _given(p.response_types, lambda: [HttpLambdaResponseType.IAM])
            simple = HttpLambdaResponseType.SIMPLE in response_types or None
            self._http_api = route.http_api
            self._authorizer = HttpAuthorizer(
                scope,
                self.id,
                http_api=route.http_api,
                identity_source=_given(p.identity_source, lambda: _DEFAULT_IDENTITY),
                type=HttpAuthorizerType.LAMBDA,
                authorizer_name=_given(p.authorizer_name, lambda: self.id),
                enable_simple_responses=simple,
                payload_format_version=(
                    AuthorizerPayloadVersion.VERSION_2_0 if simple else AuthorizerPayloadVersion.VERSION_1_0
                ),
                authorizer_uri=lambda_authorizer_arn(self.handler),
                results_cache_ttl=_given(p.results_cache_ttl, lambda: Duration.minutes(5)),
                role=p.role,
            )
            if p.role is None:
                self.handler.add_permission(
                    f"{Names.node_unique_id(self._authorizer.node)}-Permission",
                    scope=scope,
                    principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
                    source_arn=Stack.of(route).format_arn(  # type: ignore[arg-type]
                        service="execute-api",
                        resource=route.http_api.api_id,
                        resource_name=f"authorizers/{self._authorizer.authorizer_id}",
                    ),
                )
        return HttpRouteAuthorizerConfig(
            authorizer_id=self._authorizer.authorizer_id, authorization_type=self.authorization_type
        )


# -- Cognito user pool --------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class HttpUserPoolAuthorizerProps:
    """The options of an ``HttpUserPoolAuthorizer`` (see ``HttpUserPoolAuthorizer``)."""

    authorizer_name: str | None = None
    identity_source: Sequence[str] | None = None
    user_pool_clients: Sequence[IUserPoolClient] | None = None
    user_pool_region: str | None = None


class HttpUserPoolAuthorizer:
    """A JWT authorizer for a Cognito user pool (one ``HttpAuthorizer`` made on the first bind).

    Args:
        id: the construct id of the authorizer.
        pool: the user pool.
        authorizer_name: default ``id``.
        identity_source: default ``['$request.header.Authorization']``.
        user_pool_clients: the audiences (default: a new client of the pool).
        user_pool_region: default the stack's region.
    """

    authorization_type = "JWT"

    def __init__(
        self,
        id: str,
        pool: IUserPool,
        *,
        authorizer_name: str | None = None,
        identity_source: Sequence[str] | None = None,
        user_pool_clients: Sequence[IUserPoolClient] | None = None,
        user_pool_region: str | None = None,
    ) -> None:
        self.id = id
        self.pool = pool
        self._props = HttpUserPoolAuthorizerProps(
            authorizer_name=authorizer_name,
            identity_source=identity_source,
            user_pool_clients=user_pool_clients,
            user_pool_region=user_pool_region,
        )
        self._authorizer: HttpAuthorizer | None = None

    @property
    def authorizer_id(self) -> str:
        """The authorizer's id (once bound to a route).

        Raises:
            UnscopedValidationError: not bound yet.
        """
        if self._authorizer is None:
            raise _not_attached()
        return self._authorizer.authorizer_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """The authorizer, made on the first bind."""
        if self._authorizer is None:
            p = self._props
            region = _given(p.user_pool_region, lambda: Stack.of(scope).region)
            clients = _given(p.user_pool_clients, lambda: [self.pool.add_client("UserPoolAuthorizerClient")])
            self._authorizer = HttpAuthorizer(
                scope,
                self.id,
                http_api=route.http_api,
                identity_source=_given(p.identity_source, lambda: _DEFAULT_IDENTITY),
                type=HttpAuthorizerType.JWT,
                authorizer_name=_given(p.authorizer_name, lambda: self.id),
                jwt_audience=[c.user_pool_client_id for c in clients],
                jwt_issuer=f"https://cognito-idp.{region}.amazonaws.com/{self.pool.user_pool_id}",
            )
        return HttpRouteAuthorizerConfig(
            authorizer_id=self._authorizer.authorizer_id, authorization_type=self.authorization_type
        )


# -- IAM ----------------------------------------------------------------------------------------------------
class HttpIamAuthorizer:
    """IAM authorization (SigV4-signed requests; grant with ``HttpRoute.grant_invoke``)."""

    authorization_type = HttpAuthorizerType.IAM.value

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """``AWS_IAM``."""
        return HttpRouteAuthorizerConfig(authorization_type=self.authorization_type)
