"""Authorizers of HTTP APIs: ``HttpAuthorizer`` (the resource) and ``HttpNoneAuthorizer``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Resource, ValidationError
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import AuthorizerReference
from l2.apigatewayv2._http_route import HttpRouteAuthorizerConfig

if TYPE_CHECKING:
    from l2.apigatewayv2._interfaces import IHttpApiRef, IHttpRoute, IHttpRouteAuthorizer
    from l2.iam import IRole


class HttpAuthorizerType(enum.Enum):
    """The type of an HTTP API authorizer."""

    IAM = "AWS_IAM"
    JWT = "JWT"
    LAMBDA = "REQUEST"


class AuthorizerPayloadVersion(enum.Enum):
    """The payload format version of a Lambda authorizer."""

    VERSION_1_0 = "1.0"
    VERSION_2_0 = "2.0"


@structs.frozen(kw_only=True)
class HttpAuthorizerProps:
    """The properties of an ``HttpAuthorizer`` (see ``HttpAuthorizer``)."""

    http_api: IHttpApiRef
    identity_source: Sequence[str]
    type: HttpAuthorizerType
    authorizer_name: str | None = None
    authorizer_uri: str | None = None
    enable_simple_responses: bool | None = None
    jwt_audience: Sequence[str] | None = None
    jwt_issuer: str | None = None
    payload_format_version: AuthorizerPayloadVersion | None = None
    results_cache_ttl: Duration | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class HttpAuthorizerAttributes:
    """The attributes of an existing authorizer.

    Args:
        authorizer_id: the id of the authorizer.
        authorizer_type: the authorizer's type (``JWT``, ``AWS_IAM`` or ``REQUEST`` for a Lambda authorizer).
    """

    authorizer_id: str
    authorizer_type: str


class _ImportedHttpAuthorizer(Resource):
    def __init__(self, scope: Construct, id: str, attrs: HttpAuthorizerAttributes) -> None:
        super().__init__(scope, id)
        self.authorizer_id = attrs.authorizer_id
        self.authorizer_type = attrs.authorizer_type

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """The authorizer by id and type."""
        return HttpRouteAuthorizerConfig(authorizer_id=self.authorizer_id, authorization_type=self.authorizer_type)


class HttpAuthorizer(Resource):
    """An authorizer of an HTTP API (``AWS::ApiGatewayV2::Authorizer``).

    Args:
        scope: the parent construct.
        id: the construct id.
        http_api: the API.
        identity_source: where the identity comes from (``$request.header.Authorization``, ...).
        type: ``JWT``, ``LAMBDA`` or ``IAM``.
        authorizer_name: default the construct id.
        authorizer_uri: the Lambda function's invocation URI (``LAMBDA``, required there).
        enable_simple_responses: Lambda authorizers return a boolean (payload 2.0).
        jwt_audience: the audiences (``JWT``, required there).
        jwt_issuer: the issuer (``JWT``, required there).
        payload_format_version: Lambda payload version (default 2.0 for ``LAMBDA``).
        results_cache_ttl: how long results are cached (default: API Gateway's, none).
        role: the role API Gateway assumes to call the Lambda function (``LAMBDA`` only).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpAuthorizer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApiRef,
        identity_source: Sequence[str],
        type: HttpAuthorizerType,
        authorizer_name: str | None = None,
        authorizer_uri: str | None = None,
        enable_simple_responses: bool | None = None,
        jwt_audience: Sequence[str] | None = None,
        jwt_issuer: str | None = None,
        payload_format_version: AuthorizerPayloadVersion | None = None,
        results_cache_ttl: Duration | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id)
        if type is HttpAuthorizerType.JWT and (not jwt_audience or not jwt_issuer):
            raise ValidationError("jwtAudience and jwtIssuer are mandatory for JWT authorizers", scope)
        if type is HttpAuthorizerType.LAMBDA and not authorizer_uri:
            raise ValidationError("authorizerUri is mandatory for Lambda authorizers", scope)
        if type is not HttpAuthorizerType.LAMBDA and role is not None:
            raise ValidationError("role is supported only for Lambda authorizers", scope)
        if type is HttpAuthorizerType.LAMBDA and payload_format_version is None:
            payload_format_version = AuthorizerPayloadVersion.VERSION_2_0
        self.api_id: str = http_api.api_ref.api_id
        jwt = None
        if jwt_audience is not None or jwt_issuer is not None:
            jwt = cfn().CfnAuthorizer.JWTConfigurationProperty(
                audience=list(jwt_audience) if jwt_audience is not None else None, issuer=jwt_issuer
            )
        resource = cfn().CfnAuthorizer(
            self,
            "Resource",
            name=authorizer_name if authorizer_name is not None else id,
            api_id=self.api_id,
            authorizer_type=type.value,
            identity_source=list(identity_source),
            jwt_configuration=jwt,
            enable_simple_responses=enable_simple_responses,
            authorizer_payload_format_version=payload_format_version.value if payload_format_version else None,
            authorizer_uri=authorizer_uri,
            authorizer_result_ttl_in_seconds=results_cache_ttl.to_seconds() if results_cache_ttl else None,
            authorizer_credentials_arn=role.role_arn if role is not None else None,
        )
        self.authorizer_id: str = resource.ref

    @staticmethod
    def from_http_authorizer_attributes(
        scope: Construct, id: str, *, authorizer_id: str, authorizer_type: str
    ) -> IHttpRouteAuthorizer:
        """An existing authorizer."""
        return _ImportedHttpAuthorizer(
            scope, id, HttpAuthorizerAttributes(authorizer_id=authorizer_id, authorizer_type=authorizer_type)
        )

    @property
    def authorizer_ref(self) -> AuthorizerReference:
        """The authorizer by API id and id."""
        return AuthorizerReference(authorizer_id=self.authorizer_id, api_id=self.api_id)


class HttpNoneAuthorizer:
    """Explicitly no authorization (overrides an API's default authorizer on a route)."""

    authorization_type = "NONE"

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """``NONE``."""
        return HttpRouteAuthorizerConfig(authorization_type=self.authorization_type)
