"""``Mesh``: an App Mesh service mesh, new or imported."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Lazy, Names, Resource, Stack
from constructs.internals import structs
from l1._private.interfaces.appmesh import MeshReference
from l2.appmesh._enums import MeshFilterType
from l2.appmesh._interfaces import IMesh
from l2.appmesh._shared import MeshServiceDiscovery

if TYPE_CHECKING:
    from l2.appmesh._shared import AccessLog, Backend, BackendDefaults, ServiceDiscovery
    from l2.appmesh._virtual_gateway import VirtualGateway, VirtualGatewayListener
    from l2.appmesh._virtual_node import VirtualNode, VirtualNodeListener
    from l2.appmesh._virtual_router import VirtualRouter, VirtualRouterListener


@structs.frozen(kw_only=True)
class MeshProps:
    """The properties of a ``Mesh``.

    Args:
        egress_filter: which outbound traffic leaves the mesh (default the service's: ``DROP_ALL``).
        mesh_name: a physical name (default generated from the construct path).
        service_discovery: mesh-wide service discovery settings (default none).
    """

    egress_filter: MeshFilterType | None = None
    mesh_name: str | None = None
    service_discovery: MeshServiceDiscovery | None = None


class _MeshBase(Resource):
    """What new and imported meshes share."""

    mesh_name: str
    mesh_arn: str

    @property
    def mesh_ref(self) -> MeshReference:
        """A reference to the mesh (its ARN)."""
        return MeshReference(mesh_arn=self.mesh_arn)

    def add_virtual_router(self, id: str, *, listeners: Sequence[VirtualRouterListener] | None = None,
                           virtual_router_name: str | None = None) -> VirtualRouter:
        """A new virtual router of this mesh, as a child of the mesh (see ``VirtualRouter`` for the keywords)."""
        from l2.appmesh._virtual_router import VirtualRouter

        return VirtualRouter(self, id, mesh=self, listeners=listeners, virtual_router_name=virtual_router_name)

    def add_virtual_node(self, id: str, *, access_log: AccessLog | None = None,
                         backend_defaults: BackendDefaults | None = None, backends: Sequence[Backend] | None = None,
                         listeners: Sequence[VirtualNodeListener] | None = None,
                         service_discovery: ServiceDiscovery | None = None,
                         virtual_node_name: str | None = None) -> VirtualNode:
        """A new virtual node of this mesh, as a child of the mesh (see ``VirtualNode`` for the keywords)."""
        from l2.appmesh._virtual_node import VirtualNode

        return VirtualNode(self, id, mesh=self, access_log=access_log, backend_defaults=backend_defaults,
                           backends=backends, listeners=listeners, service_discovery=service_discovery,
                           virtual_node_name=virtual_node_name)

    def add_virtual_gateway(self, id: str, *, access_log: AccessLog | None = None,
                            backend_defaults: BackendDefaults | None = None,
                            listeners: Sequence[VirtualGatewayListener] | None = None,
                            virtual_gateway_name: str | None = None) -> VirtualGateway:
        """A new virtual gateway of this mesh, as a child of the mesh (see ``VirtualGateway`` for the keywords)."""
        from l2.appmesh._virtual_gateway import VirtualGateway

        return VirtualGateway(self, id, mesh=self, access_log=access_log, backend_defaults=backend_defaults,
                              listeners=listeners, virtual_gateway_name=virtual_gateway_name)


class _ImportedMesh(_MeshBase):
    def __init__(self, scope: Construct, id: str, mesh_name: str, mesh_arn: str,
                 environment_from_arn: str | None = None) -> None:
        super().__init__(scope, id, environment_from_arn=environment_from_arn)
        self.mesh_name = mesh_name
        self.mesh_arn = mesh_arn


class Mesh(_MeshBase):
    """A new App Mesh service mesh (``AWS::AppMesh::Mesh``).

    Args:
        scope: the parent construct.
        id: the construct id.
        egress_filter: which outbound traffic leaves the mesh (default the service's: ``DROP_ALL``).
        mesh_name: a physical name (default the construct's unique id).
        service_discovery: mesh-wide service discovery settings (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appmesh.Mesh"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        egress_filter: MeshFilterType | None = None,
        mesh_name: str | None = None,
        service_discovery: MeshServiceDiscovery | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=mesh_name or Lazy.string(lambda: Names.unique_id(self)))
        from l1.appmesh import CfnMesh

        discovery = None
        if service_discovery is not None:
            ip = service_discovery.ip_preference
            discovery = {"ipPreference": ip.value} if ip is not None else {}
        spec: dict[str, object] = {}
        if egress_filter is not None:
            spec["egressFilter"] = {"type": egress_filter.value}
        if discovery is not None:
            spec["serviceDiscovery"] = discovery
        resource = CfnMesh(self, "Resource", mesh_name=self.physical_name, spec=spec)
        self.mesh_name: str = self.get_resource_name_attribute(resource.attr_mesh_name)
        self.mesh_arn: str = self.get_resource_arn_attribute(
            resource.ref, {"service": "appmesh", "resource": "mesh", "resource_name": self.physical_name}
        )

    @staticmethod
    def from_mesh_arn(scope: Construct, id: str, mesh_arn: str) -> IMesh:
        """Import the mesh of ARN ``mesh_arn``."""
        parts = Stack.of(scope).split_arn(mesh_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedMesh(scope, id, parts.resource_name or "", mesh_arn, environment_from_arn=mesh_arn)

    @staticmethod
    def from_mesh_name(scope: Construct, id: str, mesh_name: str) -> IMesh:
        """Import the mesh named ``mesh_name`` in the stack's account and region."""
        arn = Stack.of(scope).format_arn(service="appmesh", resource="mesh", resource_name=mesh_name)
        return _ImportedMesh(scope, id, mesh_name, arn)
