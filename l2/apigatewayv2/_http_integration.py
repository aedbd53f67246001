"""Integrations of HTTP APIs: ``HttpIntegration`` (the resource) and ``HttpRouteIntegration`` (what routes bind)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, ClassVar

from constructs import Aws, Construct, Duration, Resource, ValidationError
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import IntegrationReference
from l2.apigatewayv2._parameter_mapping import ParameterMapping

if TYPE_CHECKING:
    from l2.apigatewayv2._http_route import HttpMethod
    from l2.apigatewayv2._interfaces import IHttpApi, IHttpApiRef, IHttpRoute
    from l2.iam import IRole


class HttpIntegrationType(enum.Enum):
    """The type of an HTTP API integration."""

    HTTP_PROXY = "HTTP_PROXY"
    AWS_PROXY = "AWS_PROXY"


class HttpIntegrationSubtype(enum.Enum):
    """The AWS service action of an ``AWS_PROXY`` integration."""

    EVENTBRIDGE_PUT_EVENTS = "EventBridge-PutEvents"
    SQS_SEND_MESSAGE = "SQS-SendMessage"
    SQS_RECEIVE_MESSAGE = "SQS-ReceiveMessage"
    SQS_DELETE_MESSAGE = "SQS-DeleteMessage"
    SQS_PURGE_QUEUE = "SQS-PurgeQueue"
    APPCONFIG_GET_CONFIGURATION = "AppConfig-GetConfiguration"
    KINESIS_PUT_RECORD = "Kinesis-PutRecord"
    STEPFUNCTIONS_START_EXECUTION = "StepFunctions-StartExecution"
    STEPFUNCTIONS_START_SYNC_EXECUTION = "StepFunctions-StartSyncExecution"
    STEPFUNCTIONS_STOP_EXECUTION = "StepFunctions-StopExecution"


class HttpConnectionType(enum.Enum):
    """How an integration is reached: over the internet or a VPC link."""

    VPC_LINK = "VPC_LINK"
    INTERNET = "INTERNET"


class IntegrationCredentials:
    """The credentials API Gateway uses to call an integration.

    Args:
        credentials_arn: the ARN of the role API Gateway assumes, or ``arn:<partition>:iam::*:user/*`` to use the
            caller's identity.
    """

    def __init__(self, credentials_arn: str) -> None:
        self.credentials_arn = credentials_arn

    @staticmethod
    def from_role(role: IRole) -> IntegrationCredentials:
        """Assume ``role``."""
        return IntegrationCredentials(role.role_arn)

    @staticmethod
    def use_caller_identity() -> IntegrationCredentials:
        """Use the caller's identity."""
        return IntegrationCredentials(f"arn:{Aws.PARTITION}:iam::*:user/*")


class PayloadFormatVersion:
    """The payload format version of a Lambda proxy integration (``VERSION_1_0``, ``VERSION_2_0``).

    Args:
        version: the payload format version, such as ``1.0`` or ``2.0``.
    """

    VERSION_1_0: ClassVar[PayloadFormatVersion]
    """Version 1.0."""
    VERSION_2_0: ClassVar[PayloadFormatVersion]
    """Version 2.0."""

    def __init__(self, version: str) -> None:
        self.version = version

    @staticmethod
    def custom(version: str) -> PayloadFormatVersion:
        """Any version."""
        return PayloadFormatVersion(version)


PayloadFormatVersion.VERSION_1_0 = PayloadFormatVersion("1.0")
PayloadFormatVersion.VERSION_2_0 = PayloadFormatVersion("2.0")


@structs.frozen(kw_only=True)
class HttpIntegrationProps:
    """The properties of an ``HttpIntegration`` (see ``HttpIntegration`` for each keyword)."""

    http_api: IHttpApiRef
    integration_type: HttpIntegrationType
    connection_id: str | None = None
    connection_type: HttpConnectionType | None = None
    credentials: IntegrationCredentials | None = None
    integration_subtype: HttpIntegrationSubtype | None = None
    integration_uri: str | None = None
    method: HttpMethod | None = None
    parameter_mapping: ParameterMapping | None = None
    payload_format_version: PayloadFormatVersion | None = None
    secure_server_name: str | None = None
    timeout: Duration | None = None


def _validate_timeout(timeout: Duration | None, scope: Construct) -> None:
    if timeout is not None and not timeout.is_unresolved():
        ms = timeout.to_milliseconds()
        if ms < 50 or ms > 29000:
            raise ValidationError("Integration timeout must be between 50 milliseconds and 29 seconds.", scope)


class HttpIntegration(Resource):
    """An integration of an HTTP API (``AWS::ApiGatewayV2::Integration``).

    Args:
        scope: the parent construct.
        id: the construct id.
        http_api: the API.
        integration_type: ``HTTP_PROXY`` or ``AWS_PROXY``.
        connection_id: the VPC link id (``VPC_LINK`` connections).
        connection_type: ``INTERNET`` (default) or ``VPC_LINK``.
        credentials: the credentials API Gateway uses to call the integration.
        integration_subtype: the AWS service action (``AWS_PROXY``); this or ``integration_uri`` is required.
        integration_uri: the URI of the integration.
        method: the HTTP method to call (``HTTP_PROXY``).
        parameter_mapping: request parameter mappings.
        payload_format_version: default API Gateway's (1.0).
        secure_server_name: the server name to verify the TLS certificate against (private integrations).
        timeout: 50 milliseconds to 29 seconds (default: 29 seconds).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpIntegration"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApiRef,
        integration_type: HttpIntegrationType,
        connection_id: str | None = None,
        connection_type: HttpConnectionType | None = None,
        credentials: IntegrationCredentials | None = None,
        integration_subtype: HttpIntegrationSubtype | None = None,
        integration_uri: str | None = None,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        payload_format_version: PayloadFormatVersion | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        if integration_subtype is None and not integration_uri:
            raise ValidationError("Either `integrationSubtype` or `integrationUri` must be specified.", scope)
        _validate_timeout(timeout, scope)
        integ = cfn().CfnIntegration(
            self,
            "Resource",
            api_id=http_api.api_ref.api_id,
            integration_type=integration_type.value,
            integration_subtype=integration_subtype.value if integration_subtype is not None else None,
            integration_uri=integration_uri,
            integration_method=method.value if method is not None else None,
            connection_id=connection_id,
            connection_type=connection_type.value if connection_type is not None else None,
            payload_format_version=payload_format_version.version if payload_format_version is not None else None,
            request_parameters=parameter_mapping.mappings if parameter_mapping is not None else None,
            credentials_arn=credentials.credentials_arn if credentials is not None else None,
            timeout_in_millis=timeout.to_milliseconds() if timeout is not None else None,
        )
        if secure_server_name:
            integ.tls_config = cfn().CfnIntegration.TlsConfigProperty(server_name_to_verify=secure_server_name)
        self.integration_id: str = integ.ref
        self._http_api = http_api

    @property
    def http_api(self) -> IHttpApi:
        """The API."""
        return self._http_api  # type: ignore[return-value]

    @property
    def integration_ref(self) -> IntegrationReference:
        """The integration by API id and id."""
        return IntegrationReference(api_id=self._http_api.api_ref.api_id, integration_id=self.integration_id)


@structs.frozen(kw_only=True)
class HttpRouteIntegrationBindOptions:
    """What an ``HttpRouteIntegration`` is bound with: the route and the scope for new constructs.

    Args:
        route: the route the integration is attached to.
    """

    route: IHttpRoute
    scope: Construct


@structs.frozen(kw_only=True)
class HttpRouteIntegrationConfig:
    """What an ``HttpRouteIntegration`` binds to (the integration's properties: see ``HttpIntegration`` for each
    keyword).

    Args:
        type: the integration type (such as ``AWS_PROXY`` or ``HTTP_PROXY``).
        subtype: the AWS service action of an AWS service integration (default none).
        uri: the integration's target: a URL, a Lambda function ARN, or a load balancer listener ARN (default none,
            for AWS service integrations).
    """

    payload_format_version: PayloadFormatVersion
    type: HttpIntegrationType
    connection_id: str | None = None
    connection_type: HttpConnectionType | None = None
    credentials: IntegrationCredentials | None = None
    method: HttpMethod | None = None
    parameter_mapping: ParameterMapping | None = None
    secure_server_name: str | None = None
    subtype: HttpIntegrationSubtype | None = None
    timeout: Duration | None = None
    uri: str | None = None


class HttpRouteIntegration:
    """What routes of an HTTP API integrate with; one ``HttpIntegration`` per API, made on the first bind.

    Subclasses implement ``bind`` (and may override ``complete_bind``).

    Args:
        id: the construct id of the integration.
    """

    def __init__(self, id: str) -> None:
        self.id = id
        self._integration: HttpIntegration | None = None

    def _bind_to_route(self, *, route: IHttpRoute, scope: Construct) -> str:
        if self._integration is not None and self._integration.http_api.node.addr != route.http_api.node.addr:  # type: ignore[attr-defined]
            raise ValidationError("A single integration cannot be associated with multiple APIs.", scope)
        if self._integration is None:
            config = self.bind(route=route, scope=scope)
            self._integration = HttpIntegration(
                scope,
                self.id,
                http_api=route.http_api,
                integration_type=config.type,
                integration_subtype=config.subtype,
                integration_uri=config.uri,
                method=config.method,
                connection_id=config.connection_id,
                connection_type=config.connection_type,
                payload_format_version=config.payload_format_version,
                secure_server_name=config.secure_server_name,
                parameter_mapping=config.parameter_mapping,
                credentials=config.credentials,
                timeout=config.timeout,
            )
        self.complete_bind(route=route, scope=scope)
        return self._integration.integration_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """The integration's configuration for ``route``."""
        raise NotImplementedError(f"{type(self).__name__} must implement bind()")

    def complete_bind(self, *, route: IHttpRoute, scope: Construct) -> None:
        """Called after every bind (the integration exists): add per-route permissions here."""
