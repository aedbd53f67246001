"""``Route`` and ``RouteSpec``: how a virtual router sends matching requests to weighted virtual nodes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Fn,
    Lazy,
    Names,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.appmesh import RouteReference
from l2.appmesh._enums import (
    GrpcRetryEvent,
    HttpRetryEvent,
    HttpRouteMethod,
    HttpRouteProtocol,
    TcpRetryEvent,
    _Protocol,
)
from l2.appmesh._interfaces import IMesh, IRoute, IVirtualNode, IVirtualRouter
from l2.appmesh._matches import HeaderMatch, HttpRoutePathMatch, QueryParameterMatch, check_count
from l2.appmesh._private import prune, render_mesh_owner
from l2.appmesh._shared import GrpcTimeout, HttpTimeout, TcpTimeout, render_ms


@structs.frozen(kw_only=True)
class WeightedTarget:
    """A virtual node a route sends a share of its traffic to.

    Args:
        virtual_node: the node.
        port: the node's port the traffic goes to (default not set).
        weight: the node's relative share (default 1).
    """

    virtual_node: IVirtualNode
    port: int | float | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class HttpRouteMatch:
    """Which HTTP requests a route takes.

    Args:
        headers: 1 to 10 header conditions, all required (default headers not checked).
        method: the request method (default any).
        path: the URL path condition (default every path: prefix ``/``).
        port: the request port (default any).
        protocol: the ``:scheme`` of HTTP/2 requests (default any).
        query_parameters: 1 to 10 query parameter conditions, all required (default not checked).
    """

    headers: Sequence[HeaderMatch] | None = None
    method: HttpRouteMethod | None = None
    path: HttpRoutePathMatch | None = None
    port: int | float | None = None
    protocol: HttpRouteProtocol | None = None
    query_parameters: Sequence[QueryParameterMatch] | None = None


@structs.frozen(kw_only=True)
class GrpcRouteMatch:
    """Which gRPC requests a route takes (at least one of service name, method name, metadata).

    Args:
        metadata: 1 to 10 metadata conditions, all required (default not checked).
        method_name: the method (requires ``service_name``; default any).
        port: the request port (default any).
        service_name: the fully qualified service name (default any).
    """

    metadata: Sequence[HeaderMatch] | None = None
    method_name: str | None = None
    port: int | float | None = None
    service_name: str | None = None


@structs.frozen(kw_only=True)
class HttpRetryPolicy:
    """When and how often an HTTP route retries (at least one retry event).

    Args:
        retry_attempts: the most retries.
        retry_timeout: the timeout of each retry.
        http_retry_events: HTTP outcomes to retry on (default none).
        tcp_retry_events: TCP outcomes to retry on (default none).
    """

    retry_attempts: int | float
    retry_timeout: Duration
    http_retry_events: Sequence[HttpRetryEvent] | None = None
    tcp_retry_events: Sequence[TcpRetryEvent] | None = None


@structs.frozen(kw_only=True)
class GrpcRetryPolicy:
    """When and how often a gRPC route retries (at least one retry event).

    Args:
        retry_attempts: the most retries.
        retry_timeout: the timeout of each retry.
        grpc_retry_events: gRPC status codes to retry on (default none).
        http_retry_events: HTTP outcomes to retry on (default none).
        tcp_retry_events: TCP outcomes to retry on (default none).
    """

    retry_attempts: int | float
    retry_timeout: Duration
    grpc_retry_events: Sequence[GrpcRetryEvent] | None = None
    http_retry_events: Sequence[HttpRetryEvent] | None = None
    tcp_retry_events: Sequence[TcpRetryEvent] | None = None


@structs.frozen(kw_only=True)
class RouteSpecOptionsBase:
    """What every route spec takes.

    Args:
        priority: the route's order among the router's routes, 0 first (default unordered).
    """

    priority: int | float | None = None


@structs.frozen(kw_only=True)
class HttpRouteSpecOptions:
    """An HTTP or HTTP/2 route.

    Args:
        weighted_targets: the nodes the traffic goes to.
        match: which requests the route takes (default every path).
        priority: the route's order among the router's routes, 0 first (default unordered).
        retry_policy: retries (default none).
        timeout: request timeouts (default the service's).
    """

    weighted_targets: Sequence[WeightedTarget]
    match: HttpRouteMatch | None = None
    priority: int | float | None = None
    retry_policy: HttpRetryPolicy | None = None
    timeout: HttpTimeout | None = None


@structs.frozen(kw_only=True)
class TcpRouteSpecOptions:
    """A TCP route.

    Args:
        weighted_targets: the nodes the traffic goes to.
        priority: the route's order among the router's routes, 0 first (default unordered).
        timeout: the idle timeout (default the service's).
    """

    weighted_targets: Sequence[WeightedTarget]
    priority: int | float | None = None
    timeout: TcpTimeout | None = None


@structs.frozen(kw_only=True)
class GrpcRouteSpecOptions:
    """A gRPC route.

    Args:
        match: which requests the route takes.
        weighted_targets: the nodes the traffic goes to.
        priority: the route's order among the router's routes, 0 first (default unordered).
        retry_policy: retries (default none).
        timeout: request timeouts (default the service's).
    """

    match: GrpcRouteMatch
    weighted_targets: Sequence[WeightedTarget]
    priority: int | float | None = None
    retry_policy: GrpcRetryPolicy | None = None
    timeout: GrpcTimeout | None = None


@structs.frozen(kw_only=True)
class RouteSpecConfig:
    """What ``RouteSpec.bind`` returns (one of the protocol specs).

    Args:
        grpc_route_spec: a gRPC route in CloudFormation's shape.
        http2_route_spec: an HTTP/2 route in CloudFormation's shape.
        http_route_spec: an HTTP route in CloudFormation's shape.
        priority: the route's priority.
        tcp_route_spec: a TCP route in CloudFormation's shape.
    """

    grpc_route_spec: Mapping[str, object] | None = None
    http2_route_spec: Mapping[str, object] | None = None
    http_route_spec: Mapping[str, object] | None = None
    priority: int | float | None = None
    tcp_route_spec: Mapping[str, object] | None = None


def _targets(targets: Sequence[WeightedTarget]) -> list[dict[str, object]]:
    return [prune({"virtualNode": t.virtual_node.virtual_node_name, "weight": 1 if t.weight is None else t.weight,
                   "port": t.port}) for t in targets]


def _timeout(timeout: HttpTimeout | GrpcTimeout | TcpTimeout | None) -> dict[str, object] | None:
    if timeout is None:
        return None
    return prune({"idle": render_ms(timeout.idle), "perRequest": render_ms(getattr(timeout, "per_request", None))})


def _values(events: Sequence[HttpRetryEvent] | Sequence[TcpRetryEvent] | Sequence[GrpcRetryEvent] | None
            ) -> list[str] | None:
    return [e.value for e in events] if events else None


def _retry(policy: HttpRetryPolicy | GrpcRetryPolicy | None) -> dict[str, object] | None:
    if policy is None:
        return None
    rendered: dict[str, object] = prune({
        "maxRetries": policy.retry_attempts,
        "perRetryTimeout": render_ms(policy.retry_timeout),
        "httpRetryEvents": _values(policy.http_retry_events),
        "tcpRetryEvents": _values(policy.tcp_retry_events),
    })
    if isinstance(policy, GrpcRetryPolicy):
        grpc = _values(policy.grpc_retry_events)
        if grpc is not None:
            rendered["grpcRetryEvents"] = grpc
    return rendered


class RouteSpec:
    """A route's protocol, match and targets (use the factories).

    Args:
        protocol: the route's protocol.
        options: the protocol's options.
    """

    def __init__(self, protocol: _Protocol, options: HttpRouteSpecOptions | TcpRouteSpecOptions |
                 GrpcRouteSpecOptions) -> None:
        self._protocol = protocol
        self._options = options
        policy = getattr(options, "retry_policy", None)
        if isinstance(policy, GrpcRetryPolicy):
            if not (policy.grpc_retry_events or policy.http_retry_events or policy.tcp_retry_events):
                raise UnscopedValidationError("You must specify one value for at least one of `grpcRetryEvents`, "
                                              "`httpRetryEvents` or `tcpRetryEvents`")
        elif isinstance(policy, HttpRetryPolicy):
            if not (policy.http_retry_events or policy.tcp_retry_events):
                raise UnscopedValidationError(
                    "You must specify one value for at least one of `httpRetryEvents` or `tcpRetryEvents`")

    @staticmethod
    def http(*, weighted_targets: Sequence[WeightedTarget], match: HttpRouteMatch | None = None,
             retry_policy: HttpRetryPolicy | None = None, timeout: HttpTimeout | None = None,
             priority: int | float | None = None) -> RouteSpec:
        """An HTTP route (see ``HttpRouteSpecOptions``)."""
        return RouteSpec(_Protocol.HTTP, HttpRouteSpecOptions(
            weighted_targets=weighted_targets, match=match, retry_policy=retry_policy, timeout=timeout,
            priority=priority))

    @staticmethod
    def http2(*, weighted_targets: Sequence[WeightedTarget], match: HttpRouteMatch | None = None,
              retry_policy: HttpRetryPolicy | None = None, timeout: HttpTimeout | None = None,
              priority: int | float | None = None) -> RouteSpec:
        """An HTTP/2 route (see ``HttpRouteSpecOptions``)."""
        return RouteSpec(_Protocol.HTTP2, HttpRouteSpecOptions(
            weighted_targets=weighted_targets, match=match, retry_policy=retry_policy, timeout=timeout,
            priority=priority))

    @staticmethod
    def tcp(*, weighted_targets: Sequence[WeightedTarget], timeout: TcpTimeout | None = None,
            priority: int | float | None = None) -> RouteSpec:
        """A TCP route (see ``TcpRouteSpecOptions``)."""
        return RouteSpec(_Protocol.TCP, TcpRouteSpecOptions(
            weighted_targets=weighted_targets, timeout=timeout, priority=priority))

    @staticmethod
    def grpc(*, match: GrpcRouteMatch, weighted_targets: Sequence[WeightedTarget],
             retry_policy: GrpcRetryPolicy | None = None, timeout: GrpcTimeout | None = None,
             priority: int | float | None = None) -> RouteSpec:
        """A gRPC route (see ``GrpcRouteSpecOptions``)."""
        return RouteSpec(_Protocol.GRPC, GrpcRouteSpecOptions(
            match=match, weighted_targets=weighted_targets, retry_policy=retry_policy, timeout=timeout,
            priority=priority))

    def bind(self, scope: Construct) -> RouteSpecConfig:
        """The route's CloudFormation configuration."""
        options = self._options
        if isinstance(options, TcpRouteSpecOptions):
            return RouteSpecConfig(priority=options.priority, tcp_route_spec=prune({
                "action": {"weightedTargets": _targets(options.weighted_targets)},
                "timeout": _timeout(options.timeout),
            }))
        if isinstance(options, GrpcRouteSpecOptions):
            match = options.match
            if (match.service_name is None and match.metadata is None and match.method_name is None
                    and match.port is None):
                raise ValidationError("At least one gRPC route match property must be provided", scope)
            check_count("metadata", match.metadata)
            if match.method_name and not match.service_name:
                raise ValidationError("If you specify a method name, you must also specify a service name", scope)
            return RouteSpecConfig(priority=options.priority, grpc_route_spec=prune({
                "action": {"weightedTargets": _targets(options.weighted_targets)},
                "match": prune({
                    "serviceName": match.service_name,
                    "methodName": match.method_name,
                    "metadata": [m.bind(scope).header_match for m in match.metadata]
                    if match.metadata is not None else None,
                    "port": match.port,
                }),
                "timeout": _timeout(options.timeout),
                "retryPolicy": _retry(options.retry_policy),
            }))
        http_match = options.match or HttpRouteMatch()
        path = (http_match.path or HttpRoutePathMatch.starts_with("/")).bind(scope)
        check_count("headers", http_match.headers)
        check_count("query parameters", http_match.query_parameters)
        spec = prune({
            "action": {"weightedTargets": _targets(options.weighted_targets)},
            "match": prune({
                "prefix": path.prefix_path_match,
                "path": path.whole_path_match,
                "headers": [h.bind(scope).header_match for h in http_match.headers]
                if http_match.headers is not None else None,
                "method": http_match.method.value if http_match.method is not None else None,
                "scheme": http_match.protocol.value if http_match.protocol is not None else None,
                "queryParameters": [q.bind(scope).query_parameter_match for q in http_match.query_parameters]
                if http_match.query_parameters is not None else None,
                "port": http_match.port,
            }),
            "timeout": _timeout(options.timeout),
            "retryPolicy": _retry(options.retry_policy),
        })
        if self._protocol is _Protocol.HTTP:
            return RouteSpecConfig(priority=options.priority, http_route_spec=spec)
        return RouteSpecConfig(priority=options.priority, http2_route_spec=spec)


@structs.frozen(kw_only=True)
class RouteAttributes:
    """An existing route (``Route.from_route_attributes``).

    Args:
        route_name: the route's name.
        virtual_router: the route's router.
    """

    route_name: str
    virtual_router: IVirtualRouter


@structs.frozen(kw_only=True)
class RouteBaseProps:
    """A route's properties without its router (``VirtualRouter.add_route``).

    Args:
        route_spec: the route's protocol, match and targets.
        route_name: a physical name (default the construct's unique id).
    """

    route_spec: RouteSpec
    route_name: str | None = None


@structs.frozen(kw_only=True)
class RouteProps:
    """The properties of a ``Route`` (see that class for each keyword).

    Args:
        mesh: the mesh the route is in.
        route_spec: the route's protocol, match and targets.
        virtual_router: the router the route belongs to.
        route_name: a physical name (default the construct's unique id).
    """

    mesh: IMesh
    route_spec: RouteSpec
    virtual_router: IVirtualRouter
    route_name: str | None = None


class _RouteBase(Resource):
    route_name: str
    route_arn: str
    virtual_router: IVirtualRouter

    @property
    def route_ref(self) -> RouteReference:
        """A reference to the route (its ARN)."""
        return RouteReference(route_arn=self.route_arn)


class _ImportedRoute(_RouteBase):
    pass


class Route(_RouteBase):
    """A new route of a virtual router (``AWS::AppMesh::Route``).

    Args:
        scope: the parent construct.
        id: the construct id.
        mesh: the mesh the route is in (its name is used in the route's ARN).
        route_spec: the route's protocol, match and targets.
        virtual_router: the router the route belongs to.
        route_name: a physical name (default the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.Route"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        mesh: IMesh,
        route_spec: RouteSpec,
        virtual_router: IVirtualRouter,
        route_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=route_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnRoute

        self.virtual_router = virtual_router
        spec = route_spec.bind(self)
        router_mesh = virtual_router.mesh
        resource = CfnRoute(
            self,
            "Resource",
            route_name=self.physical_name,
            mesh_name=router_mesh.mesh_name,
            mesh_owner=render_mesh_owner(self.env.account, router_mesh.env.account),
            virtual_router_name=virtual_router.virtual_router_name,
            spec=prune({
                "tcpRoute": spec.tcp_route_spec,
                "httpRoute": spec.http_route_spec,
                "http2Route": spec.http2_route_spec,
                "grpcRoute": spec.grpc_route_spec,
                "priority": spec.priority,
            }),
        )
        self.route_name: str = self.get_resource_name_attribute(resource.attr_route_name)
        self.route_arn: str = self.get_resource_arn_attribute(resource.ref, {
            "service": "appmesh",
            "resource": f"mesh/{mesh.mesh_name}/virtualRouter/{virtual_router.virtual_router_name}/route",
            "resource_name": self.physical_name,
        })

    @staticmethod
    def from_route_arn(scope: Construct, id: str, route_arn: str) -> IRoute:
        """Import the route of ARN ``route_arn``."""
        from l2.appmesh._virtual_router import VirtualRouter

        route = _ImportedRoute(scope, id)
        route.route_arn = route_arn
        route.virtual_router = VirtualRouter.from_virtual_router_arn(route, "VirtualRouter", route_arn)
        resource_name = Stack.of(scope).split_arn(route_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        route.route_name = Fn.select(4, Fn.split("/", resource_name or ""))
        return route

    @staticmethod
    def from_route_attributes(scope: Construct, id: str, *, route_name: str,
                              virtual_router: IVirtualRouter) -> IRoute:
        """Import the route ``route_name`` of ``virtual_router``."""
        route = _ImportedRoute(scope, id)
        route.route_name = route_name
        route.virtual_router = virtual_router
        route.route_arn = Stack.of(route).format_arn(
            service="appmesh",
            resource=f"mesh/{virtual_router.mesh.mesh_name}/virtualRouter/{virtual_router.virtual_router_name}/route",
            resource_name=route_name)
        return route
