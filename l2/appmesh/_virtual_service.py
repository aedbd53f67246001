"""``VirtualService`` and its providers: the name clients address, backed by a node or a router."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import ArnFormat, Construct, Fn, Lazy, Names, Resource, Stack
from constructs.internals import structs
from l1._private.interfaces.appmesh import VirtualServiceReference
from l2.appmesh._interfaces import IMesh, IVirtualNode, IVirtualRouter, IVirtualService
from l2.appmesh._private import prune, render_mesh_owner


@structs.frozen(kw_only=True)
class VirtualServiceProviderConfig:
    """What ``VirtualServiceProvider.bind`` returns.

    Args:
        mesh: the provider's mesh.
        virtual_node_provider: a node provider in CloudFormation's shape.
        virtual_router_provider: a router provider in CloudFormation's shape.
    """

    mesh: IMesh
    virtual_node_provider: Mapping[str, object] | None = None
    virtual_router_provider: Mapping[str, object] | None = None


class VirtualServiceProvider:
    """What serves a virtual service's traffic (use the factories).

    Args:
        mesh: the provider's mesh.
        virtual_node: the node serving the traffic (node providers).
        virtual_router: the router serving the traffic (router providers).
    """

    def __init__(self, mesh: IMesh, virtual_node: IVirtualNode | None = None,
                 virtual_router: IVirtualRouter | None = None) -> None:
        self._mesh = mesh
        self._node = virtual_node
        self._router = virtual_router

    @staticmethod
    def virtual_node(virtual_node: IVirtualNode) -> VirtualServiceProvider:
        """Send the service's traffic to ``virtual_node``."""
        return VirtualServiceProvider(virtual_node.mesh, virtual_node=virtual_node)

    @staticmethod
    def virtual_router(virtual_router: IVirtualRouter) -> VirtualServiceProvider:
        """Send the service's traffic through ``virtual_router``."""
        return VirtualServiceProvider(virtual_router.mesh, virtual_router=virtual_router)

    @staticmethod
    def none(mesh: IMesh) -> VirtualServiceProvider:
        """No provider: a placeholder service of ``mesh`` that routes nowhere."""
        return VirtualServiceProvider(mesh)

    def bind(self, _construct: Construct) -> VirtualServiceProviderConfig:
        """The provider's CloudFormation configuration."""
        return VirtualServiceProviderConfig(
            mesh=self._mesh,
            virtual_node_provider=(
                {"virtualNodeName": self._node.virtual_node_name} if self._node is not None else None),
            virtual_router_provider=(
                {"virtualRouterName": self._router.virtual_router_name} if self._router is not None else None),
        )


@structs.frozen(kw_only=True)
class VirtualServiceAttributes:
    """An existing virtual service (``VirtualService.from_virtual_service_attributes``).

    Args:
        mesh: the service's mesh.
        virtual_service_name: the service's name.
    """

    mesh: IMesh
    virtual_service_name: str


@structs.frozen(kw_only=True)
class VirtualServiceProps:
    """The properties of a ``VirtualService`` (see that class for each keyword).

    Args:
        virtual_service_provider: the node or router that serves the traffic.
        virtual_service_name: a physical name, best a fully qualified domain name (default the unique id).
    """

    virtual_service_provider: VirtualServiceProvider
    virtual_service_name: str | None = None


class _VirtualServiceBase(Resource):
    virtual_service_name: str
    virtual_service_arn: str
    mesh: IMesh

    @property
    def virtual_service_ref(self) -> VirtualServiceReference:
        """A reference to the service (its ARN)."""
        return VirtualServiceReference(virtual_service_arn=self.virtual_service_arn)


class _ImportedVirtualService(_VirtualServiceBase):
    pass


class VirtualService(_VirtualServiceBase):
    """A new virtual service (``AWS::AppMesh::VirtualService``).

    Args:
        scope: the parent construct.
        id: the construct id.
        virtual_service_provider: the node or router that serves the traffic.
        virtual_service_name: a physical name, best a fully qualified domain name such as
            ``my-service.default.svc.cluster.local`` (default the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.VirtualService"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        virtual_service_provider: VirtualServiceProvider,
        virtual_service_name: str | None = None,
    ) -> None:
        super().__init__(scope, id,
                         physical_name=virtual_service_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnVirtualService

        config = virtual_service_provider.bind(self)
        self.mesh = config.mesh
        has_provider = config.virtual_node_provider is not None or config.virtual_router_provider is not None
        resource = CfnVirtualService(
            self,
            "Resource",
            mesh_name=self.mesh.mesh_name,
            mesh_owner=render_mesh_owner(self.env.account, self.mesh.env.account),
            virtual_service_name=self.physical_name,
            spec=prune({"provider": prune({
                "virtualNode": config.virtual_node_provider,
                "virtualRouter": config.virtual_router_provider,
            }) if has_provider else None}),
        )
        self.virtual_service_name: str = self.get_resource_name_attribute(resource.attr_virtual_service_name)
        self.virtual_service_arn: str = self.get_resource_arn_attribute(resource.ref, {
            "service": "appmesh",
            "resource": f"mesh/{self.mesh.mesh_name}/virtualService",
            "resource_name": self.physical_name,
        })

    @staticmethod
    def from_virtual_service_arn(scope: Construct, id: str, virtual_service_arn: str) -> IVirtualService:
        """Import the virtual service of ARN ``virtual_service_arn``."""
        from l2.appmesh._mesh import Mesh

        service = _ImportedVirtualService(scope, id)
        service.virtual_service_arn = virtual_service_arn
        resource_name = Stack.of(scope).split_arn(virtual_service_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        parsed = Fn.split("/", resource_name or "")
        service.virtual_service_name = Fn.select(2, parsed)
        service.mesh = Mesh.from_mesh_name(service, "Mesh", Fn.select(0, parsed))
        return service

    @staticmethod
    def from_virtual_service_attributes(scope: Construct, id: str, *, mesh: IMesh,
                                        virtual_service_name: str) -> IVirtualService:
        """Import the virtual service ``virtual_service_name`` of ``mesh``."""
        service = _ImportedVirtualService(scope, id)
        service.virtual_service_name = virtual_service_name
        service.mesh = mesh
        service.virtual_service_arn = Stack.of(service).format_arn(
            service="appmesh", resource=f"mesh/{mesh.mesh_name}/virtualService",
            resource_name=virtual_service_name)
        return service
