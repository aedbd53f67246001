"""The interfaces of ``aws_cdk.aws_apigatewayv2`` (``IHttpApi``, ``IWebSocketApi``, ``IStage``, ...) as protocols.

The concrete classes of this package satisfy them; the signatures of the package use them, as aws-cdk-lib's do.
A few interfaces of services pycdk has no L2 for yet (ACM certificates, Elastic Load Balancing listeners, Cloud
Map services, Step Functions state machines, Cognito user pools) are here too, reduced to what this package and
its integrations/authorizers read from them, so that such objects can be used once those L2s exist.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs.internals import protocols

if TYPE_CHECKING:
    from constructs import Construct, Duration
    from l2.apigateway import AccessLogFormat
    from l2.apigatewayv2._common import AccessLogDestinationConfig
    from l2.apigatewayv2._http_route import HttpMethod, HttpRouteAuthorizerConfig
    from l2.apigatewayv2._websocket import WebSocketRouteAuthorizerConfig
    from l2.cloudwatch import Metric, Unit


# -- references ---------------------------------------------------------------------------------------------
@runtime_checkable
class IApiRef(Protocol):
    """Anything that references an API by id (``api_ref``)."""

    @property
    def api_ref(self) -> Any: ...


@runtime_checkable
class IHttpApiRef(IApiRef, Protocol):
    """A reference to an HTTP API."""

    @property
    def is_http_api(self) -> bool: ...


@runtime_checkable
class IWebSocketApiRef(IApiRef, Protocol):
    """A reference to a WebSocket API."""

    @property
    def is_websocket_api(self) -> bool: ...


@runtime_checkable
class IStageRef(Protocol):
    """Anything that references a stage (``stage_ref``)."""

    @property
    def stage_ref(self) -> Any: ...


@runtime_checkable
class IHttpStageRef(IStageRef, Protocol):
    """A reference to a stage of an HTTP API."""

    @property
    def is_http_stage(self) -> bool: ...


@runtime_checkable
class IDomainNameRef(Protocol):
    """Anything that references a custom domain name (``domain_name_ref``)."""

    @property
    def domain_name_ref(self) -> Any: ...


# -- APIs ---------------------------------------------------------------------------------------------------
@runtime_checkable
class IApi(IApiRef, Protocol):
    """An API Gateway v2 API (HTTP or WebSocket)."""

    @property
    def api_id(self) -> str: ...

    @property
    def api_endpoint(self) -> str: ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A CloudWatch metric of this API."""
        ...


@runtime_checkable
class IHttpApi(IApi, IHttpApiRef, Protocol):
    """An HTTP API: ``HttpApi`` or one imported with ``HttpApi.from_http_api_attributes``."""

    @property
    def default_authorizer(self) -> IHttpRouteAuthorizer | None: ...

    @property
    def default_authorization_scopes(self) -> list[str] | None: ...

    @property
    def default_stage(self) -> IHttpStage | None: ...

    def add_vpc_link(self, *, vpc: Any, security_groups: Any = None, subnets: Any = None,
                     vpc_link_name: str | None = None) -> Any:
        """A VPC link for ``vpc`` (one per VPC)."""
        ...

    def arn_for_execute_api(self, method: str | None = None, path: str | None = None,
                            stage: str | None = None) -> str:
        """The ``execute-api`` ARN of a method and path."""
        ...

    def metric_client_error(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Client-side errors (4xx)."""
        ...

    def metric_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The number of requests."""
        ...

    def metric_data_processed(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The data processed, in bytes."""
        ...

    def metric_integration_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The integration latency."""
        ...

    def metric_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The latency."""
        ...

    def metric_server_error(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Server-side errors (5xx)."""
        ...


@runtime_checkable
class IWebSocketApi(IApi, IWebSocketApiRef, Protocol):
    """A WebSocket API: ``WebSocketApi`` or one imported with ``WebSocketApi.from_web_socket_api_attributes``."""


# -- stages -------------------------------------------------------------------------------------------------
@runtime_checkable
class IStage(IStageRef, Protocol):
    """A stage of an API."""

    @property
    def stage_name(self) -> str: ...

    @property
    def url(self) -> str: ...

    def add_stage_variable(self, name: str, value: str) -> None:
        """Add a stage variable."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A CloudWatch metric of this stage."""
        ...


@runtime_checkable
class IHttpStage(IStage, IHttpStageRef, Protocol):
    """A stage of an HTTP API."""

    @property
    def api(self) -> IHttpApi: ...

    @property
    def domain_url(self) -> str: ...

    def metric_client_error(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Client-side errors (4xx)."""
        ...

    def metric_count(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The number of requests."""
        ...

    def metric_data_processed(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The data processed, in bytes."""
        ...

    def metric_integration_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The integration latency."""
        ...

    def metric_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The latency."""
        ...

    def metric_server_error(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Server-side errors (5xx)."""
        ...


@runtime_checkable
class IWebSocketStage(IStage, Protocol):
    """A stage of a WebSocket API."""

    @property
    def api(self) -> IWebSocketApi: ...

    @property
    def callback_url(self) -> str: ...


# -- routes, integrations, authorizers ----------------------------------------------------------------------
@runtime_checkable
class IRoute(Protocol):
    """A route of an API."""

    @property
    def route_id(self) -> str: ...


@runtime_checkable
class IHttpRoute(IRoute, Protocol):
    """A route of an HTTP API."""

    @property
    def http_api(self) -> IHttpApi: ...

    @property
    def path(self) -> str | None: ...

    @property
    def route_arn(self) -> str: ...

    def grant_invoke(self, grantee: Any, *, http_methods: Sequence[HttpMethod] | None = None) -> Any:
        """Allow ``grantee`` to invoke the route (IAM authorization only)."""
        ...


@runtime_checkable
class IWebSocketRoute(IRoute, Protocol):
    """A route of a WebSocket API."""

    @property
    def web_socket_api(self) -> IWebSocketApi: ...

    @property
    def route_key(self) -> str: ...


@runtime_checkable
class IIntegration(Protocol):
    """An integration of an API."""

    @property
    def integration_id(self) -> str: ...


@runtime_checkable
class IHttpIntegration(IIntegration, Protocol):
    """An integration of an HTTP API."""

    @property
    def http_api(self) -> IHttpApi: ...


@runtime_checkable
class IWebSocketIntegration(IIntegration, Protocol):
    """An integration of a WebSocket API."""

    @property
    def web_socket_api(self) -> IWebSocketApi: ...


@runtime_checkable
class IAuthorizer(Protocol):
    """An authorizer of an API."""

    @property
    def authorizer_id(self) -> str: ...


@runtime_checkable
class IHttpAuthorizer(IAuthorizer, Protocol):
    """An authorizer of an HTTP API."""


@runtime_checkable
class IWebSocketAuthorizer(IAuthorizer, Protocol):
    """An authorizer of a WebSocket API."""


@runtime_checkable
class IHttpRouteAuthorizer(Protocol):
    """What authorizes the routes of an HTTP API (``HttpJwtAuthorizer``, ``HttpIamAuthorizer``, ...)."""

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Bind the authorizer to a route."""
        ...


@runtime_checkable
class IWebSocketRouteAuthorizer(Protocol):
    """What authorizes the ``$connect`` route of a WebSocket API."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """Bind the authorizer to a route."""
        ...


# -- the rest -----------------------------------------------------------------------------------------------
@runtime_checkable
class IDomainName(IDomainNameRef, Protocol):
    """A custom domain name."""

    @property
    def name(self) -> str: ...

    @property
    def regional_domain_name(self) -> str: ...

    @property
    def regional_hosted_zone_id(self) -> str: ...


@runtime_checkable
class IApiMapping(Protocol):
    """An API mapping of a custom domain name."""

    @property
    def api_mapping_id(self) -> str: ...


@runtime_checkable
class IVpcLink(Protocol):
    """A VPC link of HTTP APIs."""

    @property
    def vpc_link_id(self) -> str: ...

    @property
    def vpc(self) -> Any: ...


@runtime_checkable
class IMappingValue(Protocol):
    """A value of a parameter mapping."""

    @property
    def value(self) -> str: ...


@runtime_checkable
class IAccessLogDestination(Protocol):
    """Where a stage writes its access logs."""

    def bind(self, stage: IStage) -> AccessLogDestinationConfig:
        """The destination's ARN for ``stage``."""
        ...


@runtime_checkable
class IAccessLogSettings(Protocol):
    """The access log settings of a stage: a destination and, optionally, a format."""

    @property
    def destination(self) -> IAccessLogDestination: ...

    @property
    def format(self) -> AccessLogFormat | None: ...


@runtime_checkable
class IApiKey(Protocol):
    """An API key (WebSocket usage plans)."""

    @property
    def key_id(self) -> str: ...

    @property
    def key_arn(self) -> str: ...


@runtime_checkable
class IApiKeyRef(Protocol):
    """Anything that references an API key (aws-cdk-lib's ``aws_apigateway.IApiKeyRef``): ``api_key_ref``."""

    @property
    def node(self) -> Any: ...

    @property
    def api_key_ref(self) -> Any: ...


@runtime_checkable
class IUsagePlan(Protocol):
    """A usage plan (WebSocket APIs)."""

    @property
    def usage_plan_id(self) -> str: ...

    def add_api_key(self, api_key: IApiKeyRef, *, override_logical_id: str | None = None) -> None:
        """Add an API key to the plan."""
        ...


# -- interfaces of other services (their L2s are not in pycdk yet) ------------------------------------------
@runtime_checkable
class ICertificateRef(Protocol, metaclass=protocols.OptionalMembersMeta):
    """An ACM certificate (aws-cdk-lib's ``ICertificateRef``): a construct with ``certificate_arn`` (an L2),
    ``certificate_ref`` or, for the L1 ``CfnCertificate``, its ``Ref`` (the ARN)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"certificate_arn", "certificate_ref"})

    @property
    def node(self) -> Any: ...

    @property
    def certificate_arn(self) -> str: ...

    @property
    def certificate_ref(self) -> Any: ...


def certificate_arn(certificate: Any) -> str:
    """The ARN of a certificate: ``certificate_arn``, ``certificate_ref.certificate_arn`` or an L1's ``Ref``."""
    arn = getattr(certificate, "certificate_arn", None)
    if arn is not None:
        return str(arn)
    ref = getattr(certificate, "certificate_ref", None)
    if ref is not None:
        return str(ref.certificate_arn)
    return str(certificate.ref)


@runtime_checkable
class ISubnetRef(Protocol):
    """A subnet (aws-cdk-lib's ``ec2.ISubnetRef``): anything with ``subnet_id``."""

    @property
    def subnet_id(self) -> str: ...


@runtime_checkable
class ISecurityGroupRef(Protocol):
    """A security group (aws-cdk-lib's ``ec2.ISecurityGroupRef``): anything with ``security_group_id``."""

    @property
    def security_group_id(self) -> str: ...
