"""``VpcLink``: lets HTTP API private integrations reach resources in a VPC (``AWS::ApiGatewayV2::VpcLink``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Names, Resource
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import VpcLinkReference
from l2.apigatewayv2._interfaces import ISecurityGroupRef, ISubnetRef

if TYPE_CHECKING:
    from l2.apigatewayv2._interfaces import IVpcLink
    from l2.ec2 import IVpc, SubnetSelection


@structs.frozen(kw_only=True)
class VpcLinkProps:
    """The properties of a ``VpcLink`` (see ``VpcLink``)."""

    vpc: IVpc
    security_groups: Sequence[ISecurityGroupRef] | None = None
    subnets: SubnetSelection | None = None
    vpc_link_name: str | None = None


@structs.frozen(kw_only=True)
class VpcLinkAttributes:
    """The attributes of an existing VPC link.

    Args:
        vpc: the VPC the link reaches into.
        vpc_link_id: the id of the VPC link.
    """

    vpc: IVpc
    vpc_link_id: str


class _ImportedVpcLink(Resource):
    def __init__(self, scope: Construct, id: str, attrs: VpcLinkAttributes) -> None:
        super().__init__(scope, id)
        self.vpc_link_id = attrs.vpc_link_id
        self.vpc = attrs.vpc

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """The link by id."""
        return VpcLinkReference(vpc_link_id=self.vpc_link_id)


class VpcLink(Resource):
    """A VPC link for private integrations of HTTP APIs.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC.
        security_groups: security groups of the link's network interfaces (more with ``add_security_groups``).
        subnets: the subnets (default: the private subnets with egress; more with ``add_subnets``).
        vpc_link_name: default the construct's unique id.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.VpcLink"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        security_groups: Sequence[ISecurityGroupRef] | None = None,
        subnets: SubnetSelection | None = None,
        vpc_link_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import ec2

        self.vpc = vpc
        self._subnets: list[ISubnetRef] = []
        self._security_groups: list[ISecurityGroupRef] = []
        resource = cfn().CfnVpcLink(
            self,
            "Resource",
            name=vpc_link_name or Lazy.string(lambda: Names.unique_id(self)),
            subnet_ids=Lazy.list(lambda: [s.subnet_id for s in self._subnets]),
            security_group_ids=Lazy.list(lambda: [g.security_group_id for g in self._security_groups]),
        )
        self.vpc_link_id: str = resource.ref
        selection = subnets or ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
        selected = vpc.select_subnets(**structs.asdict(selection, recurse=False))
        self.add_subnets(*selected.subnets)
        if security_groups:
            self.add_security_groups(*security_groups)

    @staticmethod
    def from_vpc_link_attributes(scope: Construct, id: str, *, vpc: IVpc, vpc_link_id: str) -> IVpcLink:
        """An existing VPC link."""
        return _ImportedVpcLink(scope, id, VpcLinkAttributes(vpc=vpc, vpc_link_id=vpc_link_id))

    def add_subnets(self, *subnets: ISubnetRef) -> None:
        """Add subnets to the link."""
        self._subnets.extend(subnets)

    def add_security_groups(self, *groups: ISecurityGroupRef) -> None:
        """Add security groups to the link."""
        self._security_groups.extend(groups)

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """The link by id."""
        return VpcLinkReference(vpc_link_id=self.vpc_link_id)
