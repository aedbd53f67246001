"""``VpcLink``: lets private integrations reach Network Load Balancers in a VPC (``AWS::ApiGateway::VpcLink``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Names, Resource
from l1.apigateway import CfnVpcLink
from l2.apigateway._refs import VpcLinkReference

if TYPE_CHECKING:
    from l2.apigateway._interfaces import INetworkLoadBalancer, IVpcLink


class VpcLink(Resource):
    """A VPC link to one or more Network Load Balancers (anything with ``load_balancer_arn``).

    Args:
        scope: the parent construct.
        id: the construct id.
        description: the description.
        targets: the load balancers (more can be added with ``add_targets``; at least one is required).
        vpc_link_name: the name (default: the construct's unique id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.VpcLink"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        targets: Sequence[INetworkLoadBalancer] | None = None,
        vpc_link_name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, physical_name=vpc_link_name or Lazy.string(lambda: Names.node_unique_id(self.node))
        )
        self._targets: list[INetworkLoadBalancer] = []
        resource = CfnVpcLink(
            self,
            "Resource",
            name=self.physical_name,
            description=description,
            target_arns=Lazy.list(lambda: [nlb.load_balancer_arn for nlb in self._targets]),
        )
        self.vpc_link_id: str = resource.ref
        if targets:
            self.add_targets(*targets)
        self.node.add_validation(_VpcLinkValidation(self))

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """The link by id."""
        return VpcLinkReference(vpc_link_id=self.vpc_link_id)

    @staticmethod
    def from_vpc_link_id(scope: Construct, id: str, vpc_link_id: str) -> IVpcLink:
        """An existing VPC link, by id."""
        return _ImportedVpcLink(scope, id, vpc_link_id)

    def add_targets(self, *targets: INetworkLoadBalancer) -> None:
        """Add Network Load Balancers to the link."""
        self._targets.extend(targets)

    @property
    def _target_dns_names(self) -> list[str]:
        # an integration without a uri calls the only target's DNS name
        return [t.load_balancer_dns_name for t in self._targets]  # type: ignore[attr-defined]


class _ImportedVpcLink(Resource):
    """A VPC link defined elsewhere."""

    def __init__(self, scope: Construct, id: str, vpc_link_id: str) -> None:
        super().__init__(scope, id)
        self.vpc_link_id = vpc_link_id

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """The link by id."""
        return VpcLinkReference(vpc_link_id=self.vpc_link_id)


class _VpcLinkValidation:
    def __init__(self, link: VpcLink) -> None:
        self._link = link

    def validate(self) -> list[str]:
        return ["No targets added to vpc link"] if not self._link._targets else []
