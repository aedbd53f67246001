"""``GatewayRoute`` and ``GatewayRouteSpec``: how a virtual gateway sends matching requests to a virtual service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import (
    ArnFormat,
    Construct,
    Fn,
    Lazy,
    Names,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.appmesh import GatewayRouteReference
from l2.appmesh._enums import HttpRouteMethod, _Protocol
from l2.appmesh._interfaces import IGatewayRoute, IVirtualGateway, IVirtualService
from l2.appmesh._matches import HeaderMatch, QueryParameterMatch, check_count
from l2.appmesh._private import prune, render_mesh_owner


@structs.frozen(kw_only=True)
class GatewayRouteHostnameMatchConfig:
    """What ``GatewayRouteHostnameMatch.bind`` returns.

    Args:
        hostname_match: the match in CloudFormation's shape.
    """

    hostname_match: Mapping[str, object]


class GatewayRouteHostnameMatch:
    """A condition on the request's host name (use the factories).

    Args:
        match: the host name condition in CloudFormation's shape.
    """

    def __init__(self, match: Mapping[str, object]) -> None:
        self._match = dict(match)

    @staticmethod
    def exactly(name: str) -> GatewayRouteHostnameMatch:
        """The host name is ``name``."""
        return GatewayRouteHostnameMatch({"exact": name})

    @staticmethod
    def ends_with(suffix: str) -> GatewayRouteHostnameMatch:
        """The host name finishes with ``suffix``."""
        return GatewayRouteHostnameMatch({"suffix": suffix})

    def bind(self, scope: Construct) -> GatewayRouteHostnameMatchConfig:
        """The match's CloudFormation configuration."""
        return GatewayRouteHostnameMatchConfig(hostname_match=self._match)


@structs.frozen(kw_only=True)
class HttpGatewayRoutePathMatchConfig:
    """What ``HttpGatewayRoutePathMatch.bind`` returns.

    Args:
        prefix_path_match: the path prefix matched (default none).
        prefix_path_rewrite: the prefix rewrite in CloudFormation's shape (default the service's: to ``/``).
        whole_path_match: the whole-path match in CloudFormation's shape (default none).
        whole_path_rewrite: the whole-path rewrite in CloudFormation's shape (default none).
    """

    prefix_path_match: str | None = None
    prefix_path_rewrite: Mapping[str, object] | None = None
    whole_path_match: Mapping[str, object] | None = None
    whole_path_rewrite: Mapping[str, object] | None = None


class HttpGatewayRoutePathMatch:
    """A condition on a gateway request's URL path, with an optional rewrite (use the factories).

    Args:
        config: the match and rewrite, already in their bound form.
    """

    def __init__(self, config: HttpGatewayRoutePathMatchConfig) -> None:
        self._config = config

    @staticmethod
    def starts_with(prefix: str, rewrite_to: str | None = None) -> HttpGatewayRoutePathMatch:
        """The path begins with ``prefix``; ``rewrite_to`` replaces it (``""`` turns the automatic rewrite off)."""
        if prefix[:1] != "/":
            raise UnscopedValidationError(f"Prefix path for the match must start with '/', got: {prefix}")
        if rewrite_to:
            if prefix[-1:] != "/":
                raise UnscopedValidationError("When prefix path for the rewrite is specified, prefix path for the "
                                              f"match must end with '/', got: {prefix}")
            if rewrite_to[:1] != "/" or rewrite_to[-1:] != "/":
                raise UnscopedValidationError(f"Prefix path for the rewrite must start and end with '/', got: "
                                              f"{rewrite_to}")
        rewrite = None if rewrite_to is None else prune({
            "defaultPrefix": "DISABLED" if rewrite_to == "" else None,
            "value": rewrite_to if rewrite_to != "" else None,
        })
        return HttpGatewayRoutePathMatch(HttpGatewayRoutePathMatchConfig(prefix_path_match=prefix,
                                                                          prefix_path_rewrite=rewrite))

    @staticmethod
    def exactly(path: str, rewrite_to: str | None = None) -> HttpGatewayRoutePathMatch:
        """The path is ``path``; ``rewrite_to`` replaces it (default kept)."""
        return HttpGatewayRoutePathMatch._whole({"exact": path}, rewrite_to)

    @staticmethod
    def regex(regex: str, rewrite_to: str | None = None) -> HttpGatewayRoutePathMatch:
        """The path matches ``regex``; ``rewrite_to`` replaces it (default kept)."""
        return HttpGatewayRoutePathMatch._whole({"regex": regex}, rewrite_to)

    @staticmethod
    def _whole(match: Mapping[str, str], rewrite_to: str | None) -> HttpGatewayRoutePathMatch:
        exact = match.get("exact")
        if exact and exact[0] != "/":
            raise UnscopedValidationError(f"Exact Path for the match must start with '/', got: {exact}")
        if rewrite_to == "":
            raise UnscopedValidationError("Exact Path for the rewrite cannot be empty. Unlike startsWith() method, "
                                          "no automatic rewrite on whole path match")
        if rewrite_to and rewrite_to[0] != "/":
            raise UnscopedValidationError(f"Exact Path for the rewrite must start with '/', got: {rewrite_to}")
        return HttpGatewayRoutePathMatch(HttpGatewayRoutePathMatchConfig(
            whole_path_match=dict(match),
            whole_path_rewrite={"exact": rewrite_to} if rewrite_to is not None else None))

    def bind(self, scope: Construct) -> HttpGatewayRoutePathMatchConfig:
        """The match's CloudFormation configuration."""
        return self._config


@structs.frozen(kw_only=True)
class HttpGatewayRouteMatch:
    """Which HTTP requests a gateway route takes.

    Args:
        headers: 1 to 10 header conditions, all required (default not checked).
        hostname: the host name condition (default any).
        method: the request method (default any).
        path: the path condition and rewrite (default any path, rewritten to ``/``).
        port: the request port (default any).
        query_parameters: 1 to 10 query parameter conditions (default not checked).
        rewrite_request_hostname: rewrite the host to the target service's name (default the service's: true).
    """

    headers: Sequence[HeaderMatch] | None = None
    hostname: GatewayRouteHostnameMatch | None = None
    method: HttpRouteMethod | None = None
    path: HttpGatewayRoutePathMatch | None = None
    port: int | float | None = None
    query_parameters: Sequence[QueryParameterMatch] | None = None
    rewrite_request_hostname: bool | None = None


@structs.frozen(kw_only=True)
class GrpcGatewayRouteMatch:
    """Which gRPC requests a gateway route takes.

    Args:
        hostname: the host name condition (default any).
        metadata: 1 to 10 metadata conditions (default not checked).
        port: the request port (default any).
        rewrite_request_hostname: rewrite the host to the target service's name (default the service's: true).
        service_name: the fully qualified service name (default any).
    """

    hostname: GatewayRouteHostnameMatch | None = None
    metadata: Sequence[HeaderMatch] | None = None
    port: int | float | None = None
    rewrite_request_hostname: bool | None = None
    service_name: str | None = None


@structs.frozen(kw_only=True)
class CommonGatewayRouteSpecOptions:
    """What every gateway route spec takes.

    Args:
        priority: the gateway route's order, 0 first (default unordered).
    """

    priority: int | float | None = None


@structs.frozen(kw_only=True)
class HttpGatewayRouteSpecOptions:
    """An HTTP or HTTP/2 gateway route.

    Args:
        route_target: the virtual service the traffic goes to.
        match: which requests the route takes (default any path, rewritten to ``/``).
        priority: the gateway route's order, 0 first (default unordered).
    """

    route_target: IVirtualService
    match: HttpGatewayRouteMatch | None = None
    priority: int | float | None = None


@structs.frozen(kw_only=True)
class GrpcGatewayRouteSpecOptions:
    """A gRPC gateway route.

    Args:
        match: which requests the route takes.
        route_target: the virtual service the traffic goes to.
        priority: the gateway route's order, 0 first (default unordered).
    """

    match: GrpcGatewayRouteMatch
    route_target: IVirtualService
    priority: int | float | None = None


@structs.frozen(kw_only=True)
class GatewayRouteSpecConfig:
    """What ``GatewayRouteSpec.bind`` returns (one of the protocol specs).

    Args:
        grpc_spec_config: a gRPC gateway route in CloudFormation's shape.
        http2_spec_config: an HTTP/2 gateway route in CloudFormation's shape.
        http_spec_config: an HTTP gateway route in CloudFormation's shape.
        priority: the gateway route's priority.
    """

    grpc_spec_config: Mapping[str, object] | None = None
    http2_spec_config: Mapping[str, object] | None = None
    http_spec_config: Mapping[str, object] | None = None
    priority: int | float | None = None


def _hostname_rewrite(rewrite: bool | None) -> dict[str, object] | None:
    if rewrite is None:
        return None
    return {"defaultTargetHostname": "ENABLED" if rewrite else "DISABLED"}


class GatewayRouteSpec:
    """A gateway route's protocol, match and target (use the factories).

    Args:
        protocol: the gateway route's protocol.
        options: the protocol's options.
    """

    def __init__(self, protocol: _Protocol,
                 options: HttpGatewayRouteSpecOptions | GrpcGatewayRouteSpecOptions) -> None:
        self._protocol = protocol
        self._options = options

    @staticmethod
    def http(*, route_target: IVirtualService, match: HttpGatewayRouteMatch | None = None,
             priority: int | float | None = None) -> GatewayRouteSpec:
        """An HTTP gateway route (see ``HttpGatewayRouteSpecOptions``)."""
        return GatewayRouteSpec(_Protocol.HTTP, HttpGatewayRouteSpecOptions(
            route_target=route_target, match=match, priority=priority))

    @staticmethod
    def http2(*, route_target: IVirtualService, match: HttpGatewayRouteMatch | None = None,
              priority: int | float | None = None) -> GatewayRouteSpec:
        """An HTTP/2 gateway route (see ``HttpGatewayRouteSpecOptions``)."""
        return GatewayRouteSpec(_Protocol.HTTP2, HttpGatewayRouteSpecOptions(
            route_target=route_target, match=match, priority=priority))

    @staticmethod
    def grpc(*, match: GrpcGatewayRouteMatch, route_target: IVirtualService,
             priority: int | float | None = None) -> GatewayRouteSpec:
        """A gRPC gateway route (see ``GrpcGatewayRouteSpecOptions``)."""
        return GatewayRouteSpec(_Protocol.GRPC, GrpcGatewayRouteSpecOptions(
            match=match, route_target=route_target, priority=priority))

    def bind(self, scope: Construct) -> GatewayRouteSpecConfig:
        """The gateway route's CloudFormation configuration."""
        options = self._options
        target = {"virtualService": {"virtualServiceName": options.route_target.virtual_service_name}}
        if isinstance(options, GrpcGatewayRouteSpecOptions):
            match = options.match
            if (match.service_name is None and match.metadata is None and match.hostname is None
                    and match.port is None):
                raise ValidationError("At least one gRPC gateway route match property beside "
                                      "rewriteRequestHostname must be provided", scope)
            check_count("metadata", match.metadata)
            rewrite = _hostname_rewrite(match.rewrite_request_hostname)
            return GatewayRouteSpecConfig(priority=options.priority, grpc_spec_config={
                "match": prune({
                    "serviceName": match.service_name,
                    "hostname": match.hostname.bind(scope).hostname_match if match.hostname is not None else None,
                    "port": match.port,
                    "metadata": [m.bind(scope).header_match for m in match.metadata]
                    if match.metadata is not None else None,
                }),
                "action": prune({"target": target, "rewrite": {"hostname": rewrite} if rewrite is not None else None}),
            })
        http = options.match or HttpGatewayRouteMatch()
        path = (http.path or HttpGatewayRoutePathMatch.starts_with("/")).bind(scope)
        check_count("headers", http.headers)
        check_count("query parameters", http.query_parameters)
        hostname_rewrite = _hostname_rewrite(http.rewrite_request_hostname)
        has_rewrite = hostname_rewrite is not None or path.prefix_path_rewrite or path.whole_path_rewrite
        spec = {
            "match": prune({
                "prefix": path.prefix_path_match,
                "path": path.whole_path_match,
                "hostname": http.hostname.bind(scope).hostname_match if http.hostname is not None else None,
                "method": http.method.value if http.method is not None else None,
                "headers": [h.bind(scope).header_match for h in http.headers] if http.headers is not None else None,
                "queryParameters": [q.bind(scope).query_parameter_match for q in http.query_parameters]
                if http.query_parameters is not None else None,
                "port": http.port,
            }),
            "action": prune({
                "target": target,
                "rewrite": prune({
                    "hostname": hostname_rewrite,
                    "prefix": path.prefix_path_rewrite,
                    "path": path.whole_path_rewrite,
                }) if has_rewrite else None,
            }),
        }
        if self._protocol is _Protocol.HTTP:
            return GatewayRouteSpecConfig(priority=options.priority, http_spec_config=spec)
        return GatewayRouteSpecConfig(priority=options.priority, http2_spec_config=spec)


@structs.frozen(kw_only=True)
class GatewayRouteAttributes:
    """An existing gateway route (``GatewayRoute.from_gateway_route_attributes``).

    Args:
        gateway_route_name: the gateway route's name.
        virtual_gateway: the gateway route's gateway.
    """

    gateway_route_name: str
    virtual_gateway: IVirtualGateway


@structs.frozen(kw_only=True)
class GatewayRouteBaseProps:
    """A gateway route's properties without its gateway (``VirtualGateway.add_gateway_route``).

    Args:
        route_spec: the gateway route's protocol, match and target.
        gateway_route_name: a physical name (default the construct's unique id).
    """

    route_spec: GatewayRouteSpec
    gateway_route_name: str | None = None


@structs.frozen(kw_only=True)
class GatewayRouteProps:
    """The properties of a ``GatewayRoute`` (see that class for each keyword).

    Args:
        route_spec: the gateway route's protocol, match and target.
        virtual_gateway: the gateway the route belongs to.
        gateway_route_name: a physical name (default the construct's unique id).
    """

    route_spec: GatewayRouteSpec
    virtual_gateway: IVirtualGateway
    gateway_route_name: str | None = None


class _ListenerCountValidation:
    """aws-cdk-lib's check: a gateway route of a gateway defined in the app that has several listeners fails
    (whatever the route's match, as aws-cdk-lib 2.275 does)."""

    def __init__(self, gateway: IVirtualGateway) -> None:
        self._gateway = gateway

    def validate(self) -> list[str]:
        from l2.appmesh._virtual_gateway import VirtualGateway

        gateway = self._gateway
        if isinstance(gateway, VirtualGateway) and gateway._listener_count > 1:
            return ["Gateway route must define a match port if the parent Virtual Gateway has multiple listeners."]
        return []


class _GatewayRouteBase(Resource):
    gateway_route_name: str
    gateway_route_arn: str
    virtual_gateway: IVirtualGateway

    @property
    def gateway_route_ref(self) -> GatewayRouteReference:
        """A reference to the gateway route (its ARN)."""
        return GatewayRouteReference(gateway_route_arn=self.gateway_route_arn)


class _ImportedGatewayRoute(_GatewayRouteBase):
    pass


class GatewayRoute(_GatewayRouteBase):
    """A new route of a virtual gateway (``AWS::AppMesh::GatewayRoute``).

    Args:
        scope: the parent construct.
        id: the construct id.
        route_spec: the gateway route's protocol, match and target.
        virtual_gateway: the gateway the route belongs to.
        gateway_route_name: a physical name (default the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.GatewayRoute"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        route_spec: GatewayRouteSpec,
        virtual_gateway: IVirtualGateway,
        gateway_route_name: str | None = None,
    ) -> None:
        super().__init__(scope, id,
                         physical_name=gateway_route_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnGatewayRoute

        self.virtual_gateway = virtual_gateway
        spec = route_spec.bind(self)
        mesh = virtual_gateway.mesh
        resource = CfnGatewayRoute(
            self,
            "Resource",
            gateway_route_name=self.physical_name,
            mesh_name=mesh.mesh_name,
            mesh_owner=render_mesh_owner(self.env.account, mesh.env.account),
            spec=prune({
                "httpRoute": spec.http_spec_config,
                "http2Route": spec.http2_spec_config,
                "grpcRoute": spec.grpc_spec_config,
                "priority": spec.priority,
            }),
            virtual_gateway_name=virtual_gateway.virtual_gateway_name,
        )
        self.node.add_validation(_ListenerCountValidation(virtual_gateway))
        self.gateway_route_name: str = self.get_resource_name_attribute(resource.attr_gateway_route_name)
        self.gateway_route_arn: str = self.get_resource_arn_attribute(resource.ref, {
            "service": "appmesh",
            "resource": f"mesh/{mesh.mesh_name}/virtualGateway/{virtual_gateway.virtual_gateway_name}/gatewayRoute",
            "resource_name": self.physical_name,
        })

    @staticmethod
    def from_gateway_route_arn(scope: Construct, id: str, gateway_route_arn: str) -> IGatewayRoute:
        """Import the gateway route of ARN ``gateway_route_arn``."""
        from l2.appmesh._virtual_gateway import VirtualGateway

        route = _ImportedGatewayRoute(scope, id)
        route.gateway_route_arn = gateway_route_arn
        route.virtual_gateway = VirtualGateway.from_virtual_gateway_arn(route, "VirtualGateway", gateway_route_arn)
        resource_name = Stack.of(scope).split_arn(gateway_route_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        route.gateway_route_name = Fn.select(4, Fn.split("/", resource_name or ""))
        return route

    @staticmethod
    def from_gateway_route_attributes(scope: Construct, id: str, *, gateway_route_name: str,
                                      virtual_gateway: IVirtualGateway) -> IGatewayRoute:
        """Import the gateway route ``gateway_route_name`` of ``virtual_gateway``."""
        route = _ImportedGatewayRoute(scope, id)
        route.gateway_route_name = gateway_route_name
        route.virtual_gateway = virtual_gateway
        route.gateway_route_arn = Stack.of(route).format_arn(
            service="appmesh",
            resource=(f"mesh/{virtual_gateway.mesh.mesh_name}/virtualGateway/"
                      f"{virtual_gateway.virtual_gateway_name}/gatewayRoute"),
            resource_name=gateway_route_name)
        return route
