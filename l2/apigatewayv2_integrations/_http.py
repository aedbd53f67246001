"""Integrations of HTTP API routes: Lambda, URL, private (ALB, NLB, Cloud Map), SQS, EventBridge, Step Functions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Names, Stack, ValidationError
from constructs.internals import structs
from l2.apigatewayv2 import (
    HttpConnectionType,
    HttpIntegrationSubtype,
    HttpIntegrationType,
    HttpMethod,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    IntegrationCredentials,
    IVpcLink,
    ParameterMapping,
    PayloadFormatVersion,
)
from l2.apigatewayv2_integrations._interfaces import (
    IApplicationListener,
    INetworkListener,
    IServiceRef,
    IStateMachine,
    listener_vpc,
)

if TYPE_CHECKING:
    from l2.apigatewayv2 import IHttpRoute
    from l2.events._event_bus import EventBusReference
    from l2.lambda_ import IFunction
    from l2.sqs import IQueue


# -- Lambda -------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class HttpLambdaIntegrationProps:
    """The options of an ``HttpLambdaIntegration`` (see ``HttpLambdaIntegration``)."""

    parameter_mapping: ParameterMapping | None = None
    payload_format_version: PayloadFormatVersion | None = None
    scope_permission_to_route: bool | None = None
    timeout: Duration | None = None


class HttpLambdaIntegration(HttpRouteIntegration):
    """A Lambda proxy integration; each route gets a permission to invoke the function.

    Args:
        id: the construct id of the integration.
        handler: the function.
        parameter_mapping: request parameter mappings.
        payload_format_version: default 2.0.
        scope_permission_to_route: one permission per route, scoped to its path (default true); false gives one
            permission per function and API.
        timeout: 50 milliseconds to 29 seconds.
    """

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        parameter_mapping: ParameterMapping | None = None,
        payload_format_version: PayloadFormatVersion | None = None,
        scope_permission_to_route: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.handler = handler
        self._props = HttpLambdaIntegrationProps(
            parameter_mapping=parameter_mapping,
            payload_format_version=payload_format_version,
            scope_permission_to_route=scope_permission_to_route,
            timeout=timeout,
        )
        self._id = id

    def complete_bind(self, *, route: IHttpRoute, scope: Construct) -> None:
        """Give the route (or the API) permission to invoke the function."""
        from l2 import iam
        from l2.lambda_ import CfnPermission

        if self._props.scope_permission_to_route is None or self._props.scope_permission_to_route:
            self.handler.add_permission(
                f"{self._id}-Permission",
                scope=scope,
                principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
                source_arn=Stack.of(route).format_arn(  # type: ignore[arg-type]
                    service="execute-api", resource=route.http_api.api_id, resource_name=f"*/*{route.path or ''}"
                ),
            )
            return
        permission_id = (
            f"ApiPermission.ApiScoped.{Names.node_unique_id(self.handler.node)}."  # type: ignore[attr-defined]
            f"{Names.node_unique_id(route.http_api.node)}"  # type: ignore[attr-defined]
        )
        exists = any(
            isinstance(c, CfnPermission) and c.node.id == permission_id for c in Stack.of(scope).node.find_all()
        )
        if not exists:
            self.handler.add_permission(
                permission_id,
                scope=scope,
                principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
                source_arn=Stack.of(route).format_arn(  # type: ignore[arg-type]
                    service="execute-api", resource=route.http_api.api_id, resource_name="*/*/*"
                ),
            )

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``AWS_PROXY`` integration with the function."""
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.AWS_PROXY,
            uri=self.handler.function_arn,
            payload_format_version=self._props.payload_format_version or PayloadFormatVersion.VERSION_2_0,
            parameter_mapping=self._props.parameter_mapping,
            timeout=self._props.timeout,
        )


# -- URL ----------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class HttpUrlIntegrationProps:
    """The options of an ``HttpUrlIntegration`` (see ``HttpUrlIntegration``)."""

    method: HttpMethod | None = None
    parameter_mapping: ParameterMapping | None = None
    timeout: Duration | None = None


class HttpUrlIntegration(HttpRouteIntegration):
    """An HTTP proxy integration with a URL.

    Args:
        id: the construct id of the integration.
        url: the URL.
        method: default ``ANY``.
        parameter_mapping: request parameter mappings.
        timeout: 50 milliseconds to 29 seconds.
    """

    def __init__(
        self,
        id: str,
        url: str,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.url = url
        self._props = HttpUrlIntegrationProps(method=method, parameter_mapping=parameter_mapping, timeout=timeout)

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``HTTP_PROXY`` integration with the URL (payload 1.0)."""
        return HttpRouteIntegrationConfig(
            method=self._props.method or HttpMethod.ANY,
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            type=HttpIntegrationType.HTTP_PROXY,
            uri=self.url,
            parameter_mapping=self._props.parameter_mapping,
            timeout=self._props.timeout,
        )


# -- private integrations -----------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class HttpPrivateIntegrationOptions:
    """The options of private integrations (ALB, NLB, Cloud Map).

    Args:
        method: default ``ANY``.
        parameter_mapping: request parameter mappings.
        secure_server_name: the server name to verify the TLS certificate against.
        timeout: 50 milliseconds to 29 seconds.
        vpc_link: the VPC link (default: one the API makes for the load balancer's VPC).
    """

    method: HttpMethod | None = None
    parameter_mapping: ParameterMapping | None = None
    secure_server_name: str | None = None
    timeout: Duration | None = None
    vpc_link: IVpcLink | None = None


@structs.frozen(kw_only=True)
class HttpAlbIntegrationProps(HttpPrivateIntegrationOptions):
    """The options of an ``HttpAlbIntegration``."""


@structs.frozen(kw_only=True)
class HttpNlbIntegrationProps(HttpPrivateIntegrationOptions):
    """The options of an ``HttpNlbIntegration``."""


@structs.frozen(kw_only=True)
class HttpServiceDiscoveryIntegrationProps(HttpPrivateIntegrationOptions):
    """The options of an ``HttpServiceDiscoveryIntegration``."""


class _HttpPrivateIntegration(HttpRouteIntegration):
    _http_method = HttpMethod.ANY
    _payload_format_version = PayloadFormatVersion.VERSION_1_0
    _integration_type = HttpIntegrationType.HTTP_PROXY
    _connection_type = HttpConnectionType.VPC_LINK

    def __init__(self, id: str, props: HttpPrivateIntegrationOptions) -> None:
        super().__init__(id)
        self._props = props

    def _configure_vpc_link(self, route: IHttpRoute, scope: Construct, vpc: Any) -> Any:
        vpc_link = self._props.vpc_link
        if vpc_link is None:
            if vpc is None:
                raise ValidationError("One of vpcLink or vpc should be provided for private integration", scope)
            vpc_link = route.http_api.add_vpc_link(vpc=vpc)
        return vpc_link

    def _config(self, connection_id: str, uri: str, timeout: Duration | None) -> HttpRouteIntegrationConfig:
        return HttpRouteIntegrationConfig(
            method=self._props.method or self._http_method,
            payload_format_version=self._payload_format_version,
            type=self._integration_type,
            connection_type=self._connection_type,
            connection_id=connection_id,
            uri=uri,
            secure_server_name=self._props.secure_server_name,
            parameter_mapping=self._props.parameter_mapping,
            timeout=timeout,
        )


class _ListenerIntegration(_HttpPrivateIntegration):
    _kind = ""

    def __init__(self, id: str, listener: Any, props: HttpPrivateIntegrationOptions) -> None:
        super().__init__(id, props)
        self.listener = listener

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``HTTP_PROXY`` integration with the listener over a VPC link."""
        vpc = self._props.vpc_link.vpc if self._props.vpc_link is not None else None
        if vpc is None:
            vpc = listener_vpc(self.listener)
        if vpc is None:
            raise ValidationError(
                f"The vpcLink property must be specified when using an imported {self._kind} Listener.", scope
            )
        vpc_link = self._configure_vpc_link(route, scope, vpc)
        return self._config(vpc_link.vpc_link_id, self.listener.listener_arn, self._props.timeout)


class HttpAlbIntegration(_ListenerIntegration):
    """A private integration with an Application Load Balancer listener (over a VPC link).

    Args:
        id: the construct id of the integration.
        listener: the listener (an ``elbv2.IApplicationListener``: anything with ``listener_arn``).
        method / parameter_mapping / secure_server_name / timeout / vpc_link: see ``HttpPrivateIntegrationOptions``.
    """

    _kind = "Application"

    def __init__(
        self,
        id: str,
        listener: IApplicationListener,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> None:
        super().__init__(
            id,
            listener,
            HttpAlbIntegrationProps(
                method=method,
                parameter_mapping=parameter_mapping,
                secure_server_name=secure_server_name,
                timeout=timeout,
                vpc_link=vpc_link,
            ),
        )


class HttpNlbIntegration(_ListenerIntegration):
    """A private integration with a Network Load Balancer listener (over a VPC link).

    Args:
        id: the construct id of the integration.
        listener: the listener (an ``elbv2.INetworkListener``: anything with ``listener_arn``).
        method / parameter_mapping / secure_server_name / timeout / vpc_link: see ``HttpPrivateIntegrationOptions``.
    """

    _kind = "Network"

    def __init__(
        self,
        id: str,
        listener: INetworkListener,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> None:
        super().__init__(
            id,
            listener,
            HttpNlbIntegrationProps(
                method=method,
                parameter_mapping=parameter_mapping,
                secure_server_name=secure_server_name,
                timeout=timeout,
                vpc_link=vpc_link,
            ),
        )


class HttpServiceDiscoveryIntegration(_HttpPrivateIntegration):
    """A private integration with a Cloud Map service (over a VPC link, which is required).

    Args:
        id: the construct id of the integration.
        service: the service (a ``servicediscovery.IServiceRef``: anything with ``service_arn``).
        method / parameter_mapping / secure_server_name / timeout / vpc_link: see ``HttpPrivateIntegrationOptions``.
    """

    def __init__(
        self,
        id: str,
        service: IServiceRef,
        *,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> None:
        super().__init__(
            id,
            HttpServiceDiscoveryIntegrationProps(
                method=method,
                parameter_mapping=parameter_mapping,
                secure_server_name=secure_server_name,
                timeout=timeout,
                vpc_link=vpc_link,
            ),
        )
        self.service = service

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``HTTP_PROXY`` integration with the service over the VPC link."""
        if self._props.vpc_link is None:
            raise ValidationError("The vpcLink property is mandatory", scope)
        # aws-cdk-lib passes no timeout for Cloud Map integrations
        return self._config(self._props.vpc_link.vpc_link_id, self.service.service_arn, None)


# -- AWS service integrations -------------------------------------------------------------------------------
def _invoke_role(scope: Construct, sid: str, action: str, resource: str) -> Any:
    from l2 import iam

    role = iam.Role(scope, "InvokeRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.ALLOW, sid=sid, actions=[action], resources=[resource]))
    return role


@structs.frozen(kw_only=True)
class HttpSqsIntegrationProps:
    """The options of an ``HttpSqsIntegration`` (see ``HttpSqsIntegration``)."""

    queue: IQueue
    parameter_mapping: ParameterMapping | None = None
    subtype: HttpIntegrationSubtype | None = None


_SQS_ACTIONS = {
    HttpIntegrationSubtype.SQS_SEND_MESSAGE: "sqs:SendMessage",
    HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE: "sqs:ReceiveMessage",
    HttpIntegrationSubtype.SQS_DELETE_MESSAGE: "sqs:DeleteMessage",
    HttpIntegrationSubtype.SQS_PURGE_QUEUE: "sqs:PurgeQueue",
}


class HttpSqsIntegration(HttpRouteIntegration):
    """An integration with an SQS action (send, receive, delete, purge) through a role API Gateway assumes.

    Args:
        id: the construct id of the integration.
        queue: the queue.
        parameter_mapping: default the action's parameters (``QueueUrl``, ``MessageBody``, ``ReceiptHandle``).
        subtype: an ``SQS_*`` subtype (default ``SQS_SEND_MESSAGE``).
    """

    def __init__(
        self,
        id: str,
        *,
        queue: IQueue,
        parameter_mapping: ParameterMapping | None = None,
        subtype: HttpIntegrationSubtype | None = None,
    ) -> None:
        super().__init__(id)
        self._props = HttpSqsIntegrationProps(queue=queue, parameter_mapping=parameter_mapping, subtype=subtype)
        self._subtype = subtype or HttpIntegrationSubtype.SQS_SEND_MESSAGE

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``AWS_PROXY`` integration with the SQS action."""
        if self._props.subtype is not None and not self._props.subtype.value.startswith("SQS-"):
            raise ValidationError("Subtype must start with `SQS_`", scope)
        queue = self._props.queue
        action = _SQS_ACTIONS.get(self._subtype)
        if action is None:
            raise ValidationError(f"Unsupported subtype: {self._subtype.value}", scope)
        role = _invoke_role(scope, "AllowSqsExecution", action, queue.queue_arn)
        return HttpRouteIntegrationConfig(
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            type=HttpIntegrationType.AWS_PROXY,
            subtype=self._subtype,
            credentials=IntegrationCredentials.from_role(role),
            connection_type=HttpConnectionType.INTERNET,
            parameter_mapping=self._props.parameter_mapping or self._default_parameter_mapping(),
        )

    def _default_parameter_mapping(self) -> ParameterMapping:
        mapping = ParameterMapping().custom("QueueUrl", self._props.queue.queue_url)
        if self._subtype is HttpIntegrationSubtype.SQS_SEND_MESSAGE:
            mapping.custom("MessageBody", "$request.body.MessageBody")
        elif self._subtype is HttpIntegrationSubtype.SQS_DELETE_MESSAGE:
            mapping.custom("ReceiptHandle", "$request.body.ReceiptHandle")
        return mapping


@structs.frozen(kw_only=True)
class HttpEventBridgeIntegrationProps:
    """The options of an ``HttpEventBridgeIntegration`` (see ``HttpEventBridgeIntegration``)."""

    event_bus_ref: EventBusReference
    parameter_mapping: ParameterMapping | None = None
    subtype: HttpIntegrationSubtype | None = None


class HttpEventBridgeIntegration(HttpRouteIntegration):
    """An integration that puts events on an event bus through a role API Gateway assumes.

    Args:
        id: the construct id of the integration.
        event_bus_ref: the event bus (``bus.event_bus_ref``).
        parameter_mapping: default ``Detail``, ``DetailType`` and ``Source`` from the body; ``EventBusName`` is
            always set.
        subtype: an ``EVENTBRIDGE_*`` subtype (default ``EVENTBRIDGE_PUT_EVENTS``).
    """

    def __init__(
        self,
        id: str,
        *,
        event_bus_ref: EventBusReference,
        parameter_mapping: ParameterMapping | None = None,
        subtype: HttpIntegrationSubtype | None = None,
    ) -> None:
        super().__init__(id)
        self._props = HttpEventBridgeIntegrationProps(
            event_bus_ref=event_bus_ref, parameter_mapping=parameter_mapping, subtype=subtype
        )
        self._subtype = subtype or HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``AWS_PROXY`` integration with ``events:PutEvents``."""
        if self._props.subtype is not None and not self._props.subtype.value.startswith("EventBridge-"):
            raise ValidationError("Subtype must start with `EventBridge-`", scope)
        bus = self._props.event_bus_ref
        role = _invoke_role(scope, "AllowEventBridgePutEvents", "events:PutEvents", bus.event_bus_arn)
        mapping = self._props.parameter_mapping
        if mapping is None:
            if self._subtype is not HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS:
                raise ValidationError(f"Unsupported subtype: {self._subtype.value}", scope)
            mapping = (
                ParameterMapping()
                .custom("Detail", "$request.body.Detail")
                .custom("DetailType", "$request.body.DetailType")
                .custom("Source", "$request.body.Source")
                .custom("EventBusName", bus.event_bus_name)
            )
        if "EventBusName" not in mapping.mappings:
            mapping.custom("EventBusName", bus.event_bus_name)
        return HttpRouteIntegrationConfig(
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            type=HttpIntegrationType.AWS_PROXY,
            subtype=self._subtype,
            credentials=IntegrationCredentials.from_role(role),
            connection_type=HttpConnectionType.INTERNET,
            parameter_mapping=mapping,
        )


@structs.frozen(kw_only=True)
class HttpStepFunctionsIntegrationProps:
    """The options of an ``HttpStepFunctionsIntegration`` (see ``HttpStepFunctionsIntegration``)."""

    state_machine: IStateMachine
    parameter_mapping: ParameterMapping | None = None
    subtype: HttpIntegrationSubtype | None = None


class HttpStepFunctionsIntegration(HttpRouteIntegration):
    """An integration that starts (or stops) executions of a state machine through a role API Gateway assumes.

    Args:
        id: the construct id of the integration.
        state_machine: the state machine (anything with ``state_machine_arn`` and ``state_machine_name``).
        parameter_mapping: default ``StateMachineArn``.
        subtype: a ``STEPFUNCTIONS_*`` subtype (default ``STEPFUNCTIONS_START_EXECUTION``).
    """

    def __init__(
        self,
        id: str,
        *,
        state_machine: IStateMachine,
        parameter_mapping: ParameterMapping | None = None,
        subtype: HttpIntegrationSubtype | None = None,
    ) -> None:
        super().__init__(id)
        self._props = HttpStepFunctionsIntegrationProps(
            state_machine=state_machine, parameter_mapping=parameter_mapping, subtype=subtype
        )

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """An ``AWS_PROXY`` integration with the Step Functions action."""
        subtype = self._props.subtype
        machine = self._props.state_machine
        if subtype is not None and not subtype.value.startswith("StepFunctions-"):
            raise ValidationError("Subtype must start with `STEPFUNCTIONS_`", scope)
        machine_type = getattr(machine, "state_machine_type", None)
        if subtype is HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION and (
            getattr(machine_type, "value", machine_type) == "STANDARD"
        ):
            raise ValidationError(
                "Cannot use subtype `STEPFUNCTIONS_START_SYNC_EXECUTION` with a standard type state machine", scope
            )
        if subtype is HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION:
            action = "states:StopExecution"
            resource = Stack.of(route).format_arn(  # type: ignore[arg-type]
                service="states", resource=f"execution:{machine.state_machine_name}:*"
            )
        else:
            action = (
                "states:StartSyncExecution"
                if subtype is HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION
                else "states:StartExecution"
            )
            resource = machine.state_machine_arn
        role = _invoke_role(scope, "AllowStepFunctionsExecution", action, resource)
        return HttpRouteIntegrationConfig(
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            type=HttpIntegrationType.AWS_PROXY,
            subtype=subtype or HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION,
            credentials=IntegrationCredentials.from_role(role),
            connection_type=HttpConnectionType.INTERNET,
            parameter_mapping=self._props.parameter_mapping
            or ParameterMapping().custom("StateMachineArn", machine.state_machine_arn),
        )
