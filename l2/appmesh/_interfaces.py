"""The App Mesh interfaces: what new and imported meshes, nodes, routers, services, routes and gateways offer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import IResource, ResourceEnvironment

if TYPE_CHECKING:
    from l2.appmesh._gateway_route import GatewayRoute, GatewayRouteSpec
    from l2.appmesh._route import Route, RouteSpec
    from l2.appmesh._shared import AccessLog, Backend, BackendDefaults, ServiceDiscovery
    from l2.appmesh._virtual_gateway import VirtualGateway, VirtualGatewayListener
    from l2.appmesh._virtual_node import VirtualNode, VirtualNodeListener
    from l2.appmesh._virtual_router import VirtualRouter, VirtualRouterListener
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IMesh(IResource, Protocol):
    """A service mesh (aws-cdk-lib's ``aws_appmesh.IMesh``)."""

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region the mesh lives in."""
        ...

    @property
    def mesh_name(self) -> str:
        """The mesh's name."""
        ...

    @property
    def mesh_arn(self) -> str:
        """The mesh's ARN."""
        ...

    def add_virtual_router(self, id: str, *, listeners: Sequence[VirtualRouterListener] | None = None,
                           virtual_router_name: str | None = None) -> VirtualRouter:
        """A new virtual router in this mesh (in the mesh's stack)."""
        ...

    def add_virtual_node(self, id: str, *, access_log: AccessLog | None = None,
                         backend_defaults: BackendDefaults | None = None, backends: Sequence[Backend] | None = None,
                         listeners: Sequence[VirtualNodeListener] | None = None,
                         service_discovery: ServiceDiscovery | None = None,
                         virtual_node_name: str | None = None) -> VirtualNode:
        """A new virtual node in this mesh (in the mesh's stack)."""
        ...

    def add_virtual_gateway(self, id: str, *, access_log: AccessLog | None = None,
                            backend_defaults: BackendDefaults | None = None,
                            listeners: Sequence[VirtualGatewayListener] | None = None,
                            virtual_gateway_name: str | None = None) -> VirtualGateway:
        """A new virtual gateway in this mesh (in the mesh's stack)."""
        ...


@runtime_checkable
class IVirtualNode(IResource, Protocol):
    """A virtual node (aws-cdk-lib's ``aws_appmesh.IVirtualNode``)."""

    @property
    def virtual_node_name(self) -> str:
        """The node's name."""
        ...

    @property
    def virtual_node_arn(self) -> str:
        """The node's ARN (what Envoy's ``APPMESH_VIRTUAL_NODE_NAME`` is set to)."""
        ...

    @property
    def mesh(self) -> IMesh:
        """The node's mesh."""
        ...

    def grant_stream_aggregated_resources(self, identity: IGrantable) -> Grant:
        """Let ``identity`` stream the node's Envoy configuration."""
        ...


@runtime_checkable
class IVirtualRouter(IResource, Protocol):
    """A virtual router (aws-cdk-lib's ``aws_appmesh.IVirtualRouter``)."""

    @property
    def virtual_router_name(self) -> str:
        """The router's name."""
        ...

    @property
    def virtual_router_arn(self) -> str:
        """The router's ARN."""
        ...

    @property
    def mesh(self) -> IMesh:
        """The router's mesh."""
        ...

    def add_route(self, id: str, *, route_spec: RouteSpec, route_name: str | None = None) -> Route:
        """A new route of this router."""
        ...


@runtime_checkable
class IVirtualService(IResource, Protocol):
    """A virtual service (aws-cdk-lib's ``aws_appmesh.IVirtualService``)."""

    @property
    def virtual_service_name(self) -> str:
        """The service's name."""
        ...

    @property
    def virtual_service_arn(self) -> str:
        """The service's ARN."""
        ...

    @property
    def mesh(self) -> IMesh:
        """The service's mesh."""
        ...


@runtime_checkable
class IRoute(IResource, Protocol):
    """A route of a virtual router (aws-cdk-lib's ``aws_appmesh.IRoute``)."""

    @property
    def route_name(self) -> str:
        """The route's name."""
        ...

    @property
    def route_arn(self) -> str:
        """The route's ARN."""
        ...

    @property
    def virtual_router(self) -> IVirtualRouter:
        """The route's router."""
        ...


@runtime_checkable
class IVirtualGateway(IResource, Protocol):
    """A virtual gateway (aws-cdk-lib's ``aws_appmesh.IVirtualGateway``)."""

    @property
    def virtual_gateway_name(self) -> str:
        """The gateway's name."""
        ...

    @property
    def virtual_gateway_arn(self) -> str:
        """The gateway's ARN."""
        ...

    @property
    def mesh(self) -> IMesh:
        """The gateway's mesh."""
        ...

    def add_gateway_route(self, id: str, *, route_spec: GatewayRouteSpec,
                          gateway_route_name: str | None = None) -> GatewayRoute:
        """A new gateway route of this gateway."""
        ...

    def grant_stream_aggregated_resources(self, identity: IGrantable) -> Grant:
        """Let ``identity`` stream the gateway's Envoy configuration."""
        ...


@runtime_checkable
class IGatewayRoute(IResource, Protocol):
    """A route of a virtual gateway (aws-cdk-lib's ``aws_appmesh.IGatewayRoute``)."""

    @property
    def gateway_route_name(self) -> str:
        """The gateway route's name."""
        ...

    @property
    def gateway_route_arn(self) -> str:
        """The gateway route's ARN."""
        ...

    @property
    def virtual_gateway(self) -> IVirtualGateway:
        """The gateway route's gateway."""
        ...
