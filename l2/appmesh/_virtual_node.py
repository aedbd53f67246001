"""``VirtualNode`` and its listeners: a workload behind an Envoy proxy, new or imported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Fn, Lazy, Names, Resource, Stack, ValidationError
from constructs.internals import cached_property, structs
from l1._private.interfaces.appmesh import VirtualNodeReference
from l2.appmesh._enums import _Protocol
from l2.appmesh._grants import VirtualNodeGrants
from l2.appmesh._interfaces import IMesh, IVirtualNode
from l2.appmesh._private import as_property, prune, render_mesh_owner
from l2.appmesh._shared import (
    AccessLog,
    Backend,
    BackendDefaults,
    GrpcConnectionPool,
    GrpcTimeout,
    HealthCheck,
    Http2ConnectionPool,
    HttpConnectionPool,
    HttpTimeout,
    OutlierDetection,
    ServiceDiscovery,
    ServiceDiscoveryConfig,
    TcpConnectionPool,
    TcpTimeout,
    render_backend_defaults,
    render_ms,
)
from l2.appmesh._tls import ListenerTlsOptions, render_listener_tls

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


@structs.frozen(kw_only=True)
class VirtualNodeListenerConfig:
    """What ``VirtualNodeListener.bind`` returns.

    Args:
        listener: the listener in CloudFormation's shape.
    """

    listener: Mapping[str, object]


@structs.frozen(kw_only=True)
class HttpVirtualNodeListenerOptions:
    """An HTTP virtual node listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        outlier_detection: when hosts are ejected (default never).
        port: the port (default 8080).
        timeout: the listener's timeouts (default the service's).
        tls: TLS on the listener (default none).
    """

    connection_pool: HttpConnectionPool | None = None
    health_check: HealthCheck | None = None
    outlier_detection: OutlierDetection | None = None
    port: int | float | None = None
    timeout: HttpTimeout | None = None
    tls: ListenerTlsOptions | None = None


@structs.frozen(kw_only=True)
class Http2VirtualNodeListenerOptions:
    """An HTTP/2 virtual node listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        outlier_detection: when hosts are ejected (default never).
        port: the port (default 8080).
        timeout: the listener's timeouts (default the service's).
        tls: TLS on the listener (default none).
    """

    connection_pool: Http2ConnectionPool | None = None
    health_check: HealthCheck | None = None
    outlier_detection: OutlierDetection | None = None
    port: int | float | None = None
    timeout: HttpTimeout | None = None
    tls: ListenerTlsOptions | None = None


@structs.frozen(kw_only=True)
class GrpcVirtualNodeListenerOptions:
    """A gRPC virtual node listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        outlier_detection: when hosts are ejected (default never).
        port: the port (default 8080).
        timeout: the listener's timeouts (default the service's).
        tls: TLS on the listener (default none).
    """

    connection_pool: GrpcConnectionPool | None = None
    health_check: HealthCheck | None = None
    outlier_detection: OutlierDetection | None = None
    port: int | float | None = None
    timeout: GrpcTimeout | None = None
    tls: ListenerTlsOptions | None = None


@structs.frozen(kw_only=True)
class TcpVirtualNodeListenerOptions:
    """A TCP virtual node listener.

    Args:
        connection_pool: connection limits (default none).
        health_check: the listener's health check (default none).
        outlier_detection: when hosts are ejected (default never).
        port: the port (default 8080).
        timeout: the listener's timeouts (default the service's).
        tls: TLS on the listener (default none).
    """

    connection_pool: TcpConnectionPool | None = None
    health_check: HealthCheck | None = None
    outlier_detection: OutlierDetection | None = None
    port: int | float | None = None
    timeout: TcpTimeout | None = None
    tls: ListenerTlsOptions | None = None


def _timeout(protocol: _Protocol, timeout: HttpTimeout | GrpcTimeout | TcpTimeout | None) -> dict[str, object] | None:
    if timeout is None:
        return None
    per_request = getattr(timeout, "per_request", None)
    return {protocol.value: prune({"idle": render_ms(timeout.idle), "perRequest": render_ms(per_request)})}


def _pool(protocol: _Protocol, pool: object | None) -> dict[str, object] | None:
    if pool is None:
        return None
    return {protocol.value: prune({
        "maxRequests": getattr(pool, "max_requests", None),
        "maxConnections": getattr(pool, "max_connections", None),
        "maxPendingRequests": getattr(pool, "max_pending_requests", None),
    })}


class VirtualNodeListener:
    """A virtual node's inbound listener (use the factories).

    Args:
        protocol: the listener's protocol.
        port: the port (default 8080).
        health_check: the health check (default none).
        timeout: the listener's timeouts (default the service's).
        tls: TLS on the listener (default none).
        outlier_detection: when hosts are ejected (default never).
        connection_pool: connection limits (default none).
    """

    def __init__(self, protocol: _Protocol, port: int | float | None, health_check: HealthCheck | None,
                 timeout: HttpTimeout | GrpcTimeout | TcpTimeout | None, tls: ListenerTlsOptions | None,
                 outlier_detection: OutlierDetection | None, connection_pool: object | None) -> None:
        self._protocol = protocol
        self._port = 8080 if port is None else port
        self._health_check = health_check
        self._timeout = timeout
        self._tls = tls
        self._outlier = outlier_detection
        self._pool = connection_pool

    @staticmethod
    def http(*, connection_pool: HttpConnectionPool | None = None, timeout: HttpTimeout | None = None,
             health_check: HealthCheck | None = None, outlier_detection: OutlierDetection | None = None,
             port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualNodeListener:
        """An HTTP listener (port default 8080)."""
        return VirtualNodeListener(_Protocol.HTTP, port, health_check, timeout, tls, outlier_detection,
                                   connection_pool)

    @staticmethod
    def http2(*, connection_pool: Http2ConnectionPool | None = None, timeout: HttpTimeout | None = None,
              health_check: HealthCheck | None = None, outlier_detection: OutlierDetection | None = None,
              port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualNodeListener:
        """An HTTP/2 listener (port default 8080)."""
        return VirtualNodeListener(_Protocol.HTTP2, port, health_check, timeout, tls, outlier_detection,
                                   connection_pool)

    @staticmethod
    def grpc(*, connection_pool: GrpcConnectionPool | None = None, timeout: GrpcTimeout | None = None,
             health_check: HealthCheck | None = None, outlier_detection: OutlierDetection | None = None,
             port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualNodeListener:
        """A gRPC listener (port default 8080)."""
        return VirtualNodeListener(_Protocol.GRPC, port, health_check, timeout, tls, outlier_detection,
                                   connection_pool)

    @staticmethod
    def tcp(*, connection_pool: TcpConnectionPool | None = None, timeout: TcpTimeout | None = None,
            health_check: HealthCheck | None = None, outlier_detection: OutlierDetection | None = None,
            port: int | float | None = None, tls: ListenerTlsOptions | None = None) -> VirtualNodeListener:
        """A TCP listener (port default 8080)."""
        return VirtualNodeListener(_Protocol.TCP, port, health_check, timeout, tls, outlier_detection,
                                   connection_pool)

    def bind(self, scope: Construct) -> VirtualNodeListenerConfig:
        """The listener's CloudFormation configuration."""
        outlier = self._outlier
        return VirtualNodeListenerConfig(listener=prune({
            "portMapping": {"port": self._port, "protocol": self._protocol.value},
            "healthCheck": (self._health_check.bind(scope, default_port=self._port).virtual_node_health_check
                            if self._health_check is not None else None),
            "timeout": _timeout(self._protocol, self._timeout),
            "tls": render_listener_tls(scope, self._tls),
            "outlierDetection": prune({
                "baseEjectionDuration": render_ms(outlier.base_ejection_duration),
                "interval": render_ms(outlier.interval),
                "maxEjectionPercent": outlier.max_ejection_percent,
                "maxServerErrors": outlier.max_server_errors,
            }) if outlier is not None else None,
            "connectionPool": _pool(self._protocol, self._pool),
        }))


@structs.frozen(kw_only=True)
class VirtualNodeAttributes:
    """An existing virtual node (``VirtualNode.from_virtual_node_attributes``).

    Args:
        mesh: the node's mesh.
        virtual_node_name: the node's name.
    """

    mesh: IMesh
    virtual_node_name: str


@structs.frozen(kw_only=True)
class VirtualNodeBaseProps:
    """A virtual node's properties without its mesh (``Mesh.add_virtual_node``).

    Args:
        access_log: where Envoy writes access logs (default none).
        backend_defaults: client settings for every backend (default none).
        backends: the virtual services the node sends traffic to (default none).
        listeners: the node's inbound listeners (default none; a listener needs ``service_discovery``).
        service_discovery: how clients find the node's instances (default none).
        virtual_node_name: a physical name (default the construct's unique id).
    """

    access_log: AccessLog | None = None
    backend_defaults: BackendDefaults | None = None
    backends: Sequence[Backend] | None = None
    listeners: Sequence[VirtualNodeListener] | None = None
    service_discovery: ServiceDiscovery | None = None
    virtual_node_name: str | None = None


@structs.frozen(kw_only=True)
class VirtualNodeProps:
    """The properties of a ``VirtualNode`` (see that class for each keyword).

    Args:
        mesh: the node's mesh.
        access_log: where Envoy writes access logs (default none).
        backend_defaults: client settings for every backend (default none).
        backends: the virtual services the node sends traffic to (default none).
        listeners: the node's inbound listeners (default none).
        service_discovery: how clients find the node's instances (default none).
        virtual_node_name: a physical name (default the construct's unique id).
    """

    mesh: IMesh
    access_log: AccessLog | None = None
    backend_defaults: BackendDefaults | None = None
    backends: Sequence[Backend] | None = None
    listeners: Sequence[VirtualNodeListener] | None = None
    service_discovery: ServiceDiscovery | None = None
    virtual_node_name: str | None = None


class _VirtualNodeBase(Resource):
    virtual_node_name: str
    virtual_node_arn: str
    mesh: IMesh

    @cached_property
    def grants(self) -> VirtualNodeGrants:
        """The grant methods of this virtual node."""
        return VirtualNodeGrants(self)

    @property
    def virtual_node_ref(self) -> VirtualNodeReference:
        """A reference to the node (its ARN)."""
        return VirtualNodeReference(virtual_node_arn=self.virtual_node_arn)

    def grant_stream_aggregated_resources(self, identity: IGrantable) -> Grant:
        """Let ``identity`` stream the node's Envoy configuration (``appmesh:StreamAggregatedResources``)."""
        return self.grants.stream_aggregated_resources(identity)


class _ImportedVirtualNode(_VirtualNodeBase):
    pass


class VirtualNode(_VirtualNodeBase):
    """A new virtual node (``AWS::AppMesh::VirtualNode``).

    Args:
        scope: the parent construct.
        id: the construct id.
        mesh: the node's mesh.
        access_log: where Envoy writes access logs (default none).
        backend_defaults: client settings for every backend (default none).
        backends: the virtual services the node sends traffic to (default none).
        listeners: the node's inbound listeners (default none; a listener needs ``service_discovery``).
        service_discovery: how clients find the node's instances (default none).
        virtual_node_name: a physical name (default the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.VirtualNode"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        mesh: IMesh,
        access_log: AccessLog | None = None,
        backend_defaults: BackendDefaults | None = None,
        backends: Sequence[Backend] | None = None,
        listeners: Sequence[VirtualNodeListener] | None = None,
        service_discovery: ServiceDiscovery | None = None,
        virtual_node_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=virtual_node_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnVirtualNode

        self.mesh = mesh
        self._discovery: ServiceDiscoveryConfig | None = (
            service_discovery.bind(self) if service_discovery is not None else None
        )
        self._backends: list[Mapping[str, object]] = []
        self._listeners: list[Mapping[str, object]] = []
        for backend in backends or ():
            self.add_backend(backend)
        for listener in listeners or ():
            self.add_listener(listener)
        logging = access_log.bind(self) if access_log is not None else None
        discovery = self._discovery
        resource = CfnVirtualNode(
            self,
            "Resource",
            virtual_node_name=self.physical_name,
            mesh_name=mesh.mesh_name,
            mesh_owner=render_mesh_owner(self.env.account, mesh.env.account),
            spec=prune({
                "backends": Lazy.any(lambda: [as_property(CfnVirtualNode.BackendProperty, b) for b in self._backends],
                                     omit_empty_array=True),
                "listeners": Lazy.any(lambda: [as_property(CfnVirtualNode.ListenerProperty, x) for x in self._listeners],
                                      omit_empty_array=True),
                "backendDefaults": render_backend_defaults(self, backend_defaults),
                "serviceDiscovery": prune({"dns": discovery.dns, "awsCloudMap": discovery.cloudmap})
                if discovery is not None else None,
                "logging": {"accessLog": logging.virtual_node_access_log} if logging is not None else None,
            }),
        )
        self.virtual_node_name: str = self.get_resource_name_attribute(resource.attr_virtual_node_name)
        self.virtual_node_arn: str = self.get_resource_arn_attribute(resource.ref, {
            "service": "appmesh",
            "resource": f"mesh/{mesh.mesh_name}/virtualNode",
            "resource_name": self.physical_name,
        })

    def add_listener(self, listener: VirtualNodeListener) -> None:
        """Add an inbound listener (the node needs service discovery)."""
        if self._discovery is None:
            raise ValidationError("Service discovery information is required for a VirtualNode with a listener.",
                                  self)
        self._listeners.append(listener.bind(self).listener)

    def add_backend(self, backend: Backend) -> None:
        """Add a virtual service the node sends traffic to."""
        self._backends.append(backend.bind(self).virtual_service_backend)

    @staticmethod
    def from_virtual_node_arn(scope: Construct, id: str, virtual_node_arn: str) -> IVirtualNode:
        """Import the virtual node of ARN ``virtual_node_arn``."""
        from l2.appmesh._mesh import Mesh

        node = _ImportedVirtualNode(scope, id)
        node.virtual_node_arn = virtual_node_arn
        resource_name = Stack.of(scope).split_arn(virtual_node_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        parsed = Fn.split("/", resource_name or "")
        node.mesh = Mesh.from_mesh_name(node, "Mesh", Fn.select(0, parsed))
        node.virtual_node_name = Fn.select(2, parsed)
        return node

    @staticmethod
    def from_virtual_node_attributes(scope: Construct, id: str, *, mesh: IMesh,
                                     virtual_node_name: str) -> IVirtualNode:
        """Import the virtual node ``virtual_node_name`` of ``mesh``."""
        node = _ImportedVirtualNode(scope, id)
        node.mesh = mesh
        node.virtual_node_name = virtual_node_name
        node.virtual_node_arn = Stack.of(node).format_arn(
            service="appmesh", resource=f"mesh/{mesh.mesh_name}/virtualNode", resource_name=virtual_node_name)
        return node
