"""``VirtualRouter`` and its listeners: routes requests of a virtual service to virtual nodes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Fn, Lazy, Names, Resource, Stack
from constructs.internals import structs
from l1._private.interfaces.appmesh import VirtualRouterReference
from l2.appmesh._enums import _Protocol
from l2.appmesh._interfaces import IMesh, IVirtualRouter
from l2.appmesh._private import render_mesh_owner

if TYPE_CHECKING:
    from l2.appmesh._route import Route, RouteSpec


@structs.frozen(kw_only=True)
class VirtualRouterListenerConfig:
    """What ``VirtualRouterListener.bind`` returns.

    Args:
        listener: the listener in CloudFormation's shape.
    """

    listener: Mapping[str, object]


class VirtualRouterListener:
    """A port and protocol a virtual router listens on (use the factories).

    Args:
        protocol: the listener's protocol.
        port: the port (default 8080).
    """

    def __init__(self, protocol: _Protocol, port: int | float | None) -> None:
        self._protocol = protocol
        self._port = 8080 if port is None else port

    @staticmethod
    def http(port: int | float | None = None) -> VirtualRouterListener:
        """HTTP on ``port`` (default 8080)."""
        return VirtualRouterListener(_Protocol.HTTP, port)

    @staticmethod
    def http2(port: int | float | None = None) -> VirtualRouterListener:
        """HTTP/2 on ``port`` (default 8080)."""
        return VirtualRouterListener(_Protocol.HTTP2, port)

    @staticmethod
    def grpc(port: int | float | None = None) -> VirtualRouterListener:
        """gRPC on ``port`` (default 8080)."""
        return VirtualRouterListener(_Protocol.GRPC, port)

    @staticmethod
    def tcp(port: int | float | None = None) -> VirtualRouterListener:
        """TCP on ``port`` (default 8080)."""
        return VirtualRouterListener(_Protocol.TCP, port)

    def bind(self, scope: Construct) -> VirtualRouterListenerConfig:
        """The listener's CloudFormation configuration."""
        return VirtualRouterListenerConfig(
            listener={"portMapping": {"port": self._port, "protocol": self._protocol.value}})


@structs.frozen(kw_only=True)
class VirtualRouterAttributes:
    """An existing virtual router (``VirtualRouter.from_virtual_router_attributes``).

    Args:
        mesh: the router's mesh.
        virtual_router_name: the router's name.
    """

    mesh: IMesh
    virtual_router_name: str


@structs.frozen(kw_only=True)
class VirtualRouterBaseProps:
    """A virtual router's properties without its mesh (``Mesh.add_virtual_router``).

    Args:
        listeners: the router's listeners (default HTTP on port 8080).
        virtual_router_name: a physical name (default the construct's unique id).
    """

    listeners: Sequence[VirtualRouterListener] | None = None
    virtual_router_name: str | None = None


@structs.frozen(kw_only=True)
class VirtualRouterProps:
    """The properties of a ``VirtualRouter`` (see that class for each keyword).

    Args:
        mesh: the router's mesh.
        listeners: the router's listeners (default HTTP on port 8080).
        virtual_router_name: a physical name (default the construct's unique id).
    """

    mesh: IMesh
    listeners: Sequence[VirtualRouterListener] | None = None
    virtual_router_name: str | None = None


class _VirtualRouterBase(Resource):
    virtual_router_name: str
    virtual_router_arn: str
    mesh: IMesh

    @property
    def virtual_router_ref(self) -> VirtualRouterReference:
        """A reference to the router (its ARN)."""
        return VirtualRouterReference(virtual_router_arn=self.virtual_router_arn)

    def add_route(self, id: str, *, route_spec: RouteSpec, route_name: str | None = None) -> Route:
        """A new route of this router, named ``id`` (``route_name`` is ignored, as in aws-cdk-lib)."""
        from l2.appmesh._route import Route

        return Route(self, id, route_spec=route_spec, route_name=id, mesh=self.mesh, virtual_router=self)


class _ImportedVirtualRouter(_VirtualRouterBase):
    pass


class VirtualRouter(_VirtualRouterBase):
    """A new virtual router (``AWS::AppMesh::VirtualRouter``).

    Args:
        scope: the parent construct.
        id: the construct id.
        mesh: the router's mesh.
        listeners: the router's listeners (default HTTP on port 8080).
        virtual_router_name: a physical name (default the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.VirtualRouter"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        mesh: IMesh,
        listeners: Sequence[VirtualRouterListener] | None = None,
        virtual_router_name: str | None = None,
    ) -> None:
        super().__init__(scope, id,
                         physical_name=virtual_router_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnVirtualRouter

        self.mesh = mesh
        chosen = list(listeners) if listeners else [VirtualRouterListener.http()]
        rendered = [listener.bind(self).listener for listener in chosen]
        resource = CfnVirtualRouter(
            self,
            "Resource",
            virtual_router_name=self.physical_name,
            mesh_name=mesh.mesh_name,
            mesh_owner=render_mesh_owner(self.env.account, mesh.env.account),
            spec={"listeners": rendered},
        )
        self.virtual_router_name: str = self.get_resource_name_attribute(resource.attr_virtual_router_name)
        self.virtual_router_arn: str = self.get_resource_arn_attribute(resource.ref, {
            "service": "appmesh",
            "resource": f"mesh/{mesh.mesh_name}/virtualRouter",
            "resource_name": self.physical_name,
        })

    @staticmethod
    def from_virtual_router_arn(scope: Construct, id: str, virtual_router_arn: str) -> IVirtualRouter:
        """Import the virtual router of ARN ``virtual_router_arn``."""
        from l2.appmesh._mesh import Mesh

        router = _ImportedVirtualRouter(scope, id)
        router.virtual_router_arn = virtual_router_arn
        resource_name = Stack.of(scope).split_arn(virtual_router_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        parsed = Fn.split("/", resource_name or "")
        router.virtual_router_name = Fn.select(2, parsed)
        router.mesh = Mesh.from_mesh_name(router, "Mesh", Fn.select(0, parsed))
        return router

    @staticmethod
    def from_virtual_router_attributes(scope: Construct, id: str, *, mesh: IMesh,
                                       virtual_router_name: str) -> IVirtualRouter:
        """Import the virtual router ``virtual_router_name`` of ``mesh``."""
        router = _ImportedVirtualRouter(scope, id)
        router.virtual_router_name = virtual_router_name
        router.mesh = mesh
        router.virtual_router_arn = Stack.of(router).format_arn(
            service="appmesh", resource=f"mesh/{mesh.mesh_name}/virtualRouter", resource_name=virtual_router_name)
        return router
