"""Routes of HTTP APIs: ``HttpRoute``, ``HttpRouteKey``, ``HttpMethod`` and the authorizer bind structs."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs import Aws, Construct, Resource, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import RouteReference
from l2.apigatewayv2._http_integration import HttpRouteIntegration

if TYPE_CHECKING:
    from l2.apigatewayv2._interfaces import IHttpApi, IHttpApiRef, IHttpRoute, IHttpRouteAuthorizer
    from l2.iam import Grant, IGrantable


class HttpMethod(enum.Enum):
    """The HTTP methods of routes."""

    ANY = "ANY"
    DELETE = "DELETE"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"


_AUTHORIZATION_TYPES = ("AWS_IAM", "JWT", "CUSTOM", "NONE")


class HttpRouteKey:
    """The key of a route: a method and a path, or ``$default``.

    Args:
        method: the HTTP method the route answers (default ``ANY``).
        path: the route's path; none makes the ``$default`` route.
    """

    DEFAULT: ClassVar[HttpRouteKey]
    """The default route (``$default``): requests no other route matches."""

    def __init__(self, method: HttpMethod | None = None, path: str | None = None) -> None:
        self.method: HttpMethod = method or HttpMethod.ANY
        self.path: str | None = path
        self.key: str = f"{method.value if method else 'undefined'} {path}" if path else "$default"

    @staticmethod
    def with_(path: str, method: HttpMethod | None = None) -> HttpRouteKey:
        """The key of ``method`` (default ``ANY``) on ``path``.

        Raises:
            UnscopedValidationError: the path does not start with ``/`` or ends with one.
        """
        if path != "/" and (not path.startswith("/") or path.endswith("/")):
            raise UnscopedValidationError('A route path must always start with a "/" and not end with a "/"')
        return HttpRouteKey(method, path)


HttpRouteKey.DEFAULT = HttpRouteKey()


@structs.frozen(kw_only=True)
class HttpRouteAuthorizerBindOptions:
    """What an authorizer is bound with: the route and the scope for new constructs.

    Args:
        route: the route the authorizer is attached to.
    """

    route: IHttpRoute
    scope: Construct


@structs.frozen(kw_only=True)
class HttpRouteAuthorizerConfig:
    """What an authorizer binds to.

    Args:
        authorization_type: ``AWS_IAM``, ``JWT``, ``CUSTOM`` or ``NONE``.
        authorization_scopes: the scopes a JWT must carry.
        authorizer_id: the authorizer's id (none for IAM and NONE).
    """

    authorization_type: str
    authorization_scopes: Sequence[str] | None = None
    authorizer_id: str | None = None


@structs.frozen(kw_only=True)
class BatchHttpRouteOptions:
    """Options shared by routes added in one call.

    Args:
        integration: the integration of the routes.
    """

    integration: HttpRouteIntegration


@structs.frozen(kw_only=True)
class HttpRouteProps(BatchHttpRouteOptions):
    """The properties of an ``HttpRoute`` (see ``HttpRoute``)."""

    http_api: IHttpApiRef
    route_key: HttpRouteKey
    authorization_scopes: Sequence[str] | None = None
    authorizer: IHttpRouteAuthorizer | None = None


@structs.frozen(kw_only=True)
class GrantInvokeOptions:
    """Options of ``HttpRoute.grant_invoke``.

    Args:
        http_methods: the methods to allow (default: the route's).
    """

    http_methods: Sequence[HttpMethod] | None = None


class HttpRoute(Resource):
    """A route of an HTTP API (``AWS::ApiGatewayV2::Route``).

    Args:
        scope: the parent construct.
        id: the construct id.
        http_api: the API.
        route_key: the method and path.
        integration: what the route calls.
        authorizer: who may call it (default: the API's default authorizer, else none).
        authorization_scopes: scopes a JWT must carry, added to the authorizer's (default: the API's).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpRoute"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApiRef,
        route_key: HttpRouteKey,
        integration: HttpRouteIntegration,
        authorization_scopes: Sequence[str] | None = None,
        authorizer: IHttpRouteAuthorizer | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._http_api = http_api
        self.path: str | None = route_key.path
        self.method: HttpMethod = route_key.method
        self.route_arn: str = self._produce_route_arn(route_key.method)
        integration_id = integration._bind_to_route(route=self, scope=self)  # type: ignore[arg-type]
        api = self.http_api
        authorizer = authorizer or api.default_authorizer
        bound = None
        if authorizer is not None:
            bind_scope = api if isinstance(api, Construct) else self
            bound = authorizer.bind(route=self, scope=bind_scope)  # type: ignore[arg-type]
            if bound.authorization_type not in _AUTHORIZATION_TYPES:
                raise ValidationError(
                    "authorizationType should either be AWS_IAM, JWT, CUSTOM, or NONE but was "
                    f"'{bound.authorization_type}'",
                    scope,
                )
        self._auth_bind_result = bound
        scopes = list(bound.authorization_scopes) if bound and bound.authorization_scopes is not None else None
        extra = authorization_scopes if authorization_scopes is not None else api.default_authorization_scopes
        if bound is not None and (authorization_scopes or api.default_authorization_scopes):
            scopes = list(dict.fromkeys([*(scopes or []), *(extra or [])]))
        if scopes is not None and not scopes:
            scopes = None
        route = cfn().CfnRoute(
            self,
            "Resource",
            api_id=http_api.api_ref.api_id,
            route_key=route_key.key,
            target=f"integrations/{integration_id}",
            authorizer_id=bound.authorizer_id if bound else None,
            authorization_type=bound.authorization_type if bound else "NONE",
            authorization_scopes=scopes,
        )
        self._route_id: str = route.ref

    def _produce_route_arn(self, http_method: HttpMethod) -> str:
        iam_method = "*" if http_method is HttpMethod.ANY else http_method.value
        path = self.path or "/"
        if len(path) > 1000:
            raise ValidationError(f"Path is too long: {path}", self)
        iam_path = re.sub(r"\{.*?\}.*", "*", path, count=1)
        return (
            f"arn:{Aws.PARTITION}:execute-api:{self.env.region}:{self.env.account}:"
            f"{self._http_api.api_ref.api_id}/*/{iam_method}{iam_path}"
        )

    def grant_invoke(self, grantee: IGrantable, *, http_methods: Sequence[HttpMethod] | None = None) -> Grant:
        """Allow ``grantee`` to invoke the route (``execute-api:Invoke``); the route must use IAM authorization.

        Raises:
            ValidationError: the route does not use IAM authorization, or a method is not the route's.
        """
        from l2 import iam

        if self._auth_bind_result is None or self._auth_bind_result.authorization_type != "AWS_IAM":
            raise ValidationError("To use grantInvoke, you must use IAM authorization", self)
        methods = list(dict.fromkeys(http_methods if http_methods is not None else [self.method]))
        if self.method is not HttpMethod.ANY and any(m is not self.method for m in methods):
            raise ValidationError("This route does not support granting invoke for all requested http methods", self)
        return iam.Grant.add_to_principal(
            grantee=grantee,
            actions=["execute-api:Invoke"],
            resource_arns=[self._produce_route_arn(m) for m in methods],
        )

    @property
    def http_api(self) -> IHttpApi:
        """The API."""
        return self._http_api  # type: ignore[return-value]

    @property
    def route_id(self) -> str:
        """The route's id."""
        return self._route_id

    @property
    def route_ref(self) -> RouteReference:
        """The route by API id and id."""
        return RouteReference(api_id=self._http_api.api_ref.api_id, route_id=self.route_id)
