"""``VirtualNodeGrants`` and ``VirtualGatewayGrants``: the permission helpers of nodes and gateways."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from l2._private.iam_module import iam

if TYPE_CHECKING:
    from l1._private.interfaces.appmesh import IVirtualGatewayRef, IVirtualNodeRef
    from l2.iam import Grant, IGrantable

_STREAM = ("appmesh:StreamAggregatedResources",)


class VirtualNodeGrants:
    """Grants on one virtual node: IAM actions on its ARN, in the grantee's identity policy.

    Args:
        resource: the virtual node the grants are on.
    """

    def __init__(self, resource: IVirtualNodeRef) -> None:
        self._resource = resource

    @staticmethod
    def from_virtual_node(resource: IVirtualNodeRef) -> VirtualNodeGrants:
        """The grants on the virtual node ``resource``."""
        return VirtualNodeGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *,
                resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the node (or on ``resource_arns``) to ``grantee``."""
        arns = list(resource_arns) if resource_arns is not None else [
            self._resource.virtual_node_ref.virtual_node_arn]
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def stream_aggregated_resources(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` stream the node's Envoy configuration."""
        return self.actions(grantee, _STREAM)


class VirtualGatewayGrants:
    """Grants on one virtual gateway: IAM actions on its ARN, in the grantee's identity policy.

    Args:
        resource: the virtual gateway the grants are on.
    """

    def __init__(self, resource: IVirtualGatewayRef) -> None:
        self._resource = resource

    @staticmethod
    def from_virtual_gateway(resource: IVirtualGatewayRef) -> VirtualGatewayGrants:
        """The grants on the virtual gateway ``resource``."""
        return VirtualGatewayGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *,
                resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the gateway (or on ``resource_arns``) to ``grantee``."""
        arns = list(resource_arns) if resource_arns is not None else [
            self._resource.virtual_gateway_ref.virtual_gateway_arn]
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def stream_aggregated_resources(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` stream the gateway's Envoy configuration."""
        return self.actions(grantee, _STREAM)
