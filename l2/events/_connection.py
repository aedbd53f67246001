"""``Connection``: how EventBridge authorizes calls to an HTTP endpoint (``AWS::Events::Connection``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from constructs import Construct, Resource, SecretValue, Stack, UnscopedValidationError
from constructs.internals import structs
from l1._private.interfaces.events import ConnectionReference as ConnectionReference
from l1.events import CfnConnection


class HttpMethod(enum.Enum):
    """HTTP methods of API destinations and OAuth endpoints."""

    POST = "POST"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"


class HttpParameter:
    """A header, query string or body parameter of a connection: a plain string or a secret."""

    @staticmethod
    def from_string(value: str) -> HttpParameter:
        """A plain (not secret) value."""
        return _HttpParameter(value, False)

    @staticmethod
    def from_secret(value: SecretValue) -> HttpParameter:
        """A secret value (stored in the connection's secret)."""
        return _HttpParameter(value.unsafe_unwrap(), True)

    def _render(self, name: str) -> dict[str, Any]:
        raise NotImplementedError


class _HttpParameter(HttpParameter):
    def __init__(self, value: str, secret: bool) -> None:
        self._value = value
        self._secret = secret

    def _render(self, name: str) -> dict[str, Any]:
        return {"key": name, "value": self._value, "is_value_secret": self._secret}


def _render_http_parameters(params: Mapping[str, HttpParameter] | None) -> list[dict[str, Any]] | None:
    if not params:
        return None
    return [p._render(name) for name, p in params.items()]


@structs.frozen(kw_only=True)
class OAuthAuthorizationProps:
    """OAuth client-credentials authorization (``Authorization.oauth``).

    Args:
        authorization_endpoint: the URL of the authorization endpoint.
        client_id: the client id.
        client_secret: the client secret.
        http_method: the method of the authorization request (GET, POST or PUT).
        body_parameters: extra body parameters.
        header_parameters: extra header parameters.
        query_string_parameters: extra query string parameters.
    """

    authorization_endpoint: str
    client_id: str
    client_secret: SecretValue
    http_method: HttpMethod
    body_parameters: Mapping[str, HttpParameter] | None = None
    header_parameters: Mapping[str, HttpParameter] | None = None
    query_string_parameters: Mapping[str, HttpParameter] | None = None


class Authorization:
    """How a connection authorizes: an API key, basic auth or OAuth client credentials."""

    @staticmethod
    def api_key(api_key_name: str, api_key_value: SecretValue) -> Authorization:
        """An API key sent in the header ``api_key_name``."""
        return _Authorization(
            "API_KEY",
            {"api_key_auth_parameters": {"api_key_name": api_key_name, "api_key_value": api_key_value.unsafe_unwrap()}},
        )

    @staticmethod
    def basic(username: str, password: SecretValue) -> Authorization:
        """HTTP basic authentication."""
        return _Authorization(
            "BASIC", {"basic_auth_parameters": {"username": username, "password": password.unsafe_unwrap()}}
        )

    @staticmethod
    def oauth(
        *,
        authorization_endpoint: str,
        client_id: str,
        client_secret: SecretValue,
        http_method: HttpMethod,
        body_parameters: Mapping[str, HttpParameter] | None = None,
        header_parameters: Mapping[str, HttpParameter] | None = None,
        query_string_parameters: Mapping[str, HttpParameter] | None = None,
    ) -> Authorization:
        """OAuth client credentials.

        Raises:
            UnscopedValidationError: ``http_method`` is not GET, POST or PUT.
        """
        if http_method not in (HttpMethod.POST, HttpMethod.GET, HttpMethod.PUT):
            raise UnscopedValidationError("httpMethod must be one of GET, POST, PUT")
        return _Authorization(
            "OAUTH_CLIENT_CREDENTIALS",
            {
                "o_auth_parameters": {
                    "authorization_endpoint": authorization_endpoint,
                    "client_parameters": {"client_id": client_id, "client_secret": client_secret.unsafe_unwrap()},
                    "http_method": http_method.value,
                    "o_auth_http_parameters": {
                        "body_parameters": _render_http_parameters(body_parameters),
                        "header_parameters": _render_http_parameters(header_parameters),
                        "query_string_parameters": _render_http_parameters(query_string_parameters),
                    },
                }
            },
        )

    def _bind(self) -> tuple[str, dict[str, Any]]:
        raise NotImplementedError


class _Authorization(Authorization):
    def __init__(self, authorization_type: str, auth_parameters: dict[str, Any]) -> None:
        self._type = authorization_type
        self._parameters = auth_parameters

    def _bind(self) -> tuple[str, dict[str, Any]]:
        return self._type, dict(self._parameters)


@structs.frozen(kw_only=True)
class ConnectionAttributes:
    """What ``Connection.from_connection_attributes`` needs.

    Args:
        connection_arn: the connection's ARN.
        connection_name: the connection's name.
        connection_secret_arn: the ARN of the connection's secret.
    """

    connection_arn: str
    connection_name: str
    connection_secret_arn: str


@structs.frozen(kw_only=True)
class ConnectionProps:
    """The properties of a ``Connection`` (see ``Connection`` for each keyword)."""

    authorization: Authorization
    body_parameters: Mapping[str, HttpParameter] | None = None
    connection_name: str | None = None
    description: str | None = None
    header_parameters: Mapping[str, HttpParameter] | None = None
    query_string_parameters: Mapping[str, HttpParameter] | None = None


@runtime_checkable
class IConnection(Protocol):
    """A connection: ``Connection`` or an imported one."""

    @property
    def connection_arn(self) -> str: ...

    @property
    def connection_name(self) -> str: ...

    @property
    def connection_secret_arn(self) -> str: ...


class Connection(Resource):
    """An EventBridge connection: the authorization (and extra parameters) for an API destination.

    Args:
        scope: the parent construct.
        id: the construct id.
        authorization: how to authorize (``Authorization``).
        body_parameters: extra body parameters of every invocation.
        connection_name: the connection's name (default: generated).
        description: the connection's description.
        header_parameters: extra header parameters of every invocation.
        query_string_parameters: extra query string parameters of every invocation.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-events.Connection"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        authorization: Authorization,
        body_parameters: Mapping[str, HttpParameter] | None = None,
        connection_name: str | None = None,
        description: str | None = None,
        header_parameters: Mapping[str, HttpParameter] | None = None,
        query_string_parameters: Mapping[str, HttpParameter] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=connection_name)
        if not isinstance(authorization, Authorization):
            raise TypeError(f"Connection: authorization must be an Authorization, got {type(authorization).__name__}")
        auth_type, auth_parameters = authorization._bind()
        if header_parameters or query_string_parameters or body_parameters:
            auth_parameters["invocation_http_parameters"] = {
                "body_parameters": _render_http_parameters(body_parameters),
                "header_parameters": _render_http_parameters(header_parameters),
                "query_string_parameters": _render_http_parameters(query_string_parameters),
            }
        self._resource = CfnConnection(
            self,
            "Connection",
            authorization_type=auth_type,
            auth_parameters=auth_parameters,
            description=description,
            name=self.physical_name if connection_name is not None else None,
        )

    @staticmethod
    def from_event_bus_arn(scope: Construct, id: str, connection_arn: str, connection_secret_arn: str) -> IConnection:
        """A connection defined outside the app, by ARN (the name is the ARN's resource name)."""
        parts = Stack.of(scope).parse_arn(connection_arn)
        return _ImportedConnection(
            scope,
            id,
            ConnectionAttributes(
                connection_arn=connection_arn,
                connection_name=parts.resource_name or "",
                connection_secret_arn=connection_secret_arn,
            ),
        )

    @staticmethod
    def from_connection_attributes(
        scope: Construct, id: str, *, connection_arn: str, connection_name: str, connection_secret_arn: str
    ) -> IConnection:
        """A connection defined outside the app, from its attributes."""
        return _ImportedConnection(
            scope,
            id,
            ConnectionAttributes(
                connection_arn=connection_arn,
                connection_name=connection_name,
                connection_secret_arn=connection_secret_arn,
            ),
        )

    @property
    def connection_name(self) -> str:
        """The connection's name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def connection_arn(self) -> str:
        """The connection's ARN."""
        return self._resource.attr_arn

    @property
    def connection_secret_arn(self) -> str:
        """The ARN of the secret holding the connection's credentials."""
        return self._resource.attr_secret_arn

    @property
    def connection_ref(self) -> ConnectionReference:
        """The connection's name and ARN."""
        return ConnectionReference(connection_arn=self.connection_arn, connection_name=self.connection_name)


class _ImportedConnection(Resource):
    def __init__(self, scope: Construct, id: str, attrs: ConnectionAttributes) -> None:
        parts = Stack.of(scope).parse_arn(attrs.connection_arn)
        super().__init__(scope, id, account=parts.account, region=parts.region)
        self.connection_arn = attrs.connection_arn
        self.connection_name = attrs.connection_name
        self.connection_secret_arn = attrs.connection_secret_arn

    @property
    def connection_ref(self) -> ConnectionReference:
        return ConnectionReference(connection_arn=self.connection_arn, connection_name=self.connection_name)
