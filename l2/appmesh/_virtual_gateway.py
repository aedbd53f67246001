"""``VirtualGateway`` and its listeners: lets traffic from outside the mesh reach its virtual services."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Fn, Lazy, Names, Resource, Stack
from constructs.internals import cached_property, structs
from l1._private.interfaces.appmesh import VirtualGatewayReference
from l2.appmesh._enums import _Protocol
from l2.appmesh._grants import VirtualGatewayGrants
from l2.appmesh._interfaces import IMesh, IVirtualGateway
from l2.appmesh._private import prune, render_mesh_owner
from l2.appmesh._shared import (
    AccessLog,
    BackendDefaults,
    GrpcConnectionPool,
    HealthCheck,
    Http2ConnectionPool,
    HttpConnectionPool,
    render_backend_defaults,
)
from l2.appmesh._tls import ListenerTlsOptions, render_listener_tls

if TYPE_CHECKING:
    from l2.appmesh._gateway_route import GatewayRoute, GatewayRouteSpec
    from l2.iam import Grant, IGrantable


@structs.frozen(kw_only=True)
class VirtualGatewayListenerConfig:
    """What ``VirtualGatewayListener.bind`` returns.

    Args:
        listener: the listener in CloudFormation's shape.
    """

    listener: Mapping[str, object]


@structs.frozen(kw_only=True)
class HttpGatewayListenerOptions:
    """An HTTP gateway listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        port: the port (default 8080).
        tls: TLS on the listener (default none).
    """

    connection_pool: HttpConnectionPool | None = None
    health_check: HealthCheck | None = None
    port: int | float | None = None
    tls: ListenerTlsOptions | None = None


@structs.frozen(kw_only=True)
class Http2GatewayListenerOptions:
    """An HTTP/2 gateway listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        port: the port (default 8080).
        tls: TLS on the listener (default none).
    """

    connection_pool: Http2ConnectionPool | None = None
    health_check: HealthCheck | None = None
    port: int | float | None = None
    tls: ListenerTlsOptions | None = None


@structs.frozen(kw_only=True)
class GrpcGatewayListenerOptions:
    """A gRPC gateway listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        port: the port (default 8080).
        tls: TLS on the listener (default none).
    """

    connection_pool: GrpcConnectionPool | None = None
    health_check: HealthCheck | None = None
    port: int | float | None = None
    tls: ListenerTlsOptions | None = None


class VirtualGatewayListener:
    """A virtual gateway's listener (use the factories).

    Args:
        protocol: the listener's protocol.
        port: the port (default 8080).
        health_check: the health check (default none).
        tls: TLS on the listener (default none).
        connection_pool: connection limits (default none).
    """

    def __init__(self, protocol: _Protocol, port: int | float | None, health_check: HealthCheck | None,
                 tls: ListenerTlsOptions | None,
                 connection_pool: HttpConnectionPool | Http2ConnectionPool | GrpcConnectionPool | None) -> None:
        self._protocol = protocol
        self._port = 8080 if port is None else port
        self._health_check = health_check
        self._tls = tls
        self._pool = connection_pool

    @staticmethod
    def http(*, connection_pool: HttpConnectionPool | None = None, health_check: HealthCheck | None = None,
             port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualGatewayListener:
        """An HTTP listener (port default 8080)."""
        return VirtualGatewayListener(_Protocol.HTTP, port, health_check, tls, connection_pool)

    @staticmethod
    def http2(*, connection_pool: Http2ConnectionPool | None = None, health_check: HealthCheck | None = None,
              port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualGatewayListener:
        """An HTTP/2 listener (port default 8080)."""
        return VirtualGatewayListener(_Protocol.HTTP2, port, health_check, tls, connection_pool)

    @staticmethod
    def grpc(*, connection_pool: GrpcConnectionPool | None = None, health_check: HealthCheck | None = None,
             port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualGatewayListener:
        """A gRPC listener (port default 8080)."""
        return VirtualGatewayListener(_Protocol.GRPC, port, health_check, tls, connection_pool)

    def bind(self, scope: Construct) -> VirtualGatewayListenerConfig:
        """The listener's CloudFormation configuration."""
        pool = self._pool
        return VirtualGatewayListenerConfig(listener=prune({
            "portMapping": {"port": self._port, "protocol": self._protocol.value},
            "healthCheck": (self._health_check.bind(scope, default_port=self._port).virtual_gateway_health_check
                            if self._health_check is not None else None),
            "tls": render_listener_tls(scope, self._tls),
            "connectionPool": {self._protocol.value: prune({
                "maxRequests": getattr(pool, "max_requests", None),
                "maxConnections": getattr(pool, "max_connections", None),
                "maxPendingRequests": getattr(pool, "max_pending_requests", None),
            })} if pool is not None else None,
        }))


@structs.frozen(kw_only=True)
class VirtualGatewayAttributes:
    """An existing virtual gateway (``VirtualGateway.from_virtual_gateway_attributes``).

    Args:
        mesh: the gateway's mesh.
        virtual_gateway_name: the gateway's name.
    """

    mesh: IMesh
    virtual_gateway_name: str


@structs.frozen(kw_only=True)
class VirtualGatewayBaseProps:
    """A virtual gateway's properties without its mesh (``Mesh.add_virtual_gateway``).

    Args:
        access_log: where Envoy writes access logs (default none).
        backend_defaults: client settings for every backend (default none).
        listeners: the gateway's listeners (default HTTP on port 8080).
        virtual_gateway_name: a physical name (default the construct's unique id).
    """

    access_log: AccessLog | None = None
    backend_defaults: BackendDefaults | None = None
    listeners: Sequence[VirtualGatewayListener] | None = None
    virtual_gateway_name: str | None = None


@structs.frozen(kw_only=True)
class VirtualGatewayProps:
    """The properties of a ``VirtualGateway`` (see that class for each keyword).

    Args:
        mesh: the gateway's mesh.
        access_log: where Envoy writes access logs (default none).
        backend_defaults: client settings for every backend (default none).
        listeners: the gateway's listeners (default HTTP on port 8080).
        virtual_gateway_name: a physical name (default the construct's unique id).
    """

    mesh: IMesh
    access_log: AccessLog | None = None
    backend_defaults: BackendDefaults | None = None
    listeners: Sequence[VirtualGatewayListener] | None = None
    virtual_gateway_name: str | None = None


class _VirtualGatewayBase(Resource):
    virtual_gateway_name: str
    virtual_gateway_arn: str
    mesh: IMesh

    @cached_property
    def grants(self) -> VirtualGatewayGrants:
        """The grant methods of this virtual gateway."""
        return VirtualGatewayGrants(self)

    @property
    def virtual_gateway_ref(self) -> VirtualGatewayReference:
        """A reference to the gateway (its ARN)."""
        return VirtualGatewayReference(virtual_gateway_arn=self.virtual_gateway_arn)

    def add_gateway_route(self, id: str, *, route_spec: GatewayRouteSpec,
                          gateway_route_name: str | None = None) -> GatewayRoute:
        """A new gateway route of this gateway, as a child of the gateway (see ``GatewayRoute``)."""
        from l2.appmesh._gateway_route import GatewayRoute

        return GatewayRoute(self, id, route_spec=route_spec, gateway_route_name=gateway_route_name,
                            virtual_gateway=self)

    def grant_stream_aggregated_resources(self, identity: IGrantable) -> Grant:
        """Let ``identity`` stream the gateway's Envoy configuration (``appmesh:StreamAggregatedResources``)."""
        return self.grants.stream_aggregated_resources(identity)


class _ImportedVirtualGateway(_VirtualGatewayBase):
    pass


class VirtualGateway(_VirtualGatewayBase):
    """A new virtual gateway (``AWS::AppMesh::VirtualGateway``).

    Args:
        scope: the parent construct.
        id: the construct id.
        mesh: the gateway's mesh.
        access_log: where Envoy writes access logs (default none).
        backend_defaults: client settings for every backend (default none).
        listeners: the gateway's listeners (default HTTP on port 8080).
        virtual_gateway_name: a physical name (default the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.VirtualGateway"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        mesh: IMesh,
        access_log: AccessLog | None = None,
        backend_defaults: BackendDefaults | None = None,
        listeners: Sequence[VirtualGatewayListener] | None = None,
        virtual_gateway_name: str | None = None,
    ) -> None:
        super().__init__(scope, id,
                         physical_name=virtual_gateway_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnVirtualGateway

        self.mesh = mesh
        chosen = list(listeners) if listeners is not None else [VirtualGatewayListener.http()]
        rendered = [listener.bind(self).listener for listener in chosen]
        self._listener_count = len(rendered)
        logging = access_log.bind(self) if access_log is not None else None
        resource = CfnVirtualGateway(
            self,
            "Resource",
            virtual_gateway_name=self.physical_name,
            mesh_name=mesh.mesh_name,
            mesh_owner=render_mesh_owner(self.env.account, mesh.env.account),
            spec=prune({
                "listeners": rendered,
                "backendDefaults": render_backend_defaults(self, backend_defaults),
                "logging": {"accessLog": logging.virtual_gateway_access_log} if logging is not None else None,
            }),
        )
        self.virtual_gateway_name: str = self.get_resource_name_attribute(resource.attr_virtual_gateway_name)
        self.virtual_gateway_arn: str = self.get_resource_arn_attribute(resource.ref, {
            "service": "appmesh",
            "resource": f"mesh/{mesh.mesh_name}/virtualGateway",
            "resource_name": self.physical_name,
        })

    @staticmethod
    def from_virtual_gateway_arn(scope: Construct, id: str, virtual_gateway_arn: str) -> IVirtualGateway:
        """Import the virtual gateway of ARN ``virtual_gateway_arn``."""
        from l2.appmesh._mesh import Mesh

        gateway = _ImportedVirtualGateway(scope, id)
        resource_name = Stack.of(scope).split_arn(virtual_gateway_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        parsed = Fn.split("/", resource_name or "")
        gateway.mesh = Mesh.from_mesh_name(gateway, "Mesh", Fn.select(0, parsed))
        gateway.virtual_gateway_arn = virtual_gateway_arn
        gateway.virtual_gateway_name = Fn.select(2, parsed)
        return gateway

    @staticmethod
    def from_virtual_gateway_attributes(scope: Construct, id: str, *, mesh: IMesh,
                                        virtual_gateway_name: str) -> IVirtualGateway:
        """Import the virtual gateway ``virtual_gateway_name`` of ``mesh``."""
        gateway = _ImportedVirtualGateway(scope, id)
        gateway.mesh = mesh
        gateway.virtual_gateway_name = virtual_gateway_name
        gateway.virtual_gateway_arn = Stack.of(gateway).format_arn(
            service="appmesh", resource=f"mesh/{mesh.mesh_name}/virtualGateway",
            resource_name=virtual_gateway_name)
        return gateway
