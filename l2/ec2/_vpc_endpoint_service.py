"""``VpcEndpointService``: a PrivateLink endpoint service in front of network load balancers
(``AWS::EC2::VPCEndpointService`` and its permissions)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Aws, Construct, Fn, Resource, Stack, Token, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.interfaces.ec2 import VPCEndpointServiceReference
    from l2.ec2._interfaces import IVpcEndpointServiceLoadBalancer
    from l2.iam import ArnPrincipal


class IpAddressType(enum.Enum):
    """An IP address type an endpoint service supports."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"


@structs.frozen(kw_only=True)
class VpcEndpointServiceProps:
    """The properties of a ``VpcEndpointService`` (see ``VpcEndpointService`` for each keyword)."""

    vpc_endpoint_service_load_balancers: Sequence[IVpcEndpointServiceLoadBalancer]
    acceptance_required: bool | None = None
    allowed_principals: Sequence[ArnPrincipal] | None = None
    allowed_regions: Sequence[str] | None = None
    contributor_insights: bool | None = None
    supported_ip_address_types: Sequence[IpAddressType] | None = None


class VpcEndpointService(Resource):
    """A VPC endpoint service.

    Args:
        vpc_endpoint_service_load_balancers: the network load balancers (at least one).
        acceptance_required: connection requests must be accepted (default true).
        allowed_principals: principals allowed to connect (a ``Permissions`` resource).
        allowed_regions: the regions consumers may connect from.
        contributor_insights: Contributor Insights rules.
        supported_ip_address_types: IPv4 and/or IPv6.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.VpcEndpointService"
    """The id that property injectors of this class name."""
    DEFAULT_PREFIX = "com.amazonaws.vpce"
    """The default prefix of endpoint service names."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc_endpoint_service_load_balancers: Sequence[IVpcEndpointServiceLoadBalancer],
        acceptance_required: bool | None = None,
        allowed_principals: Sequence[ArnPrincipal] | None = None,
        allowed_regions: Sequence[str] | None = None,
        contributor_insights: bool | None = None,
        supported_ip_address_types: Sequence[IpAddressType] | None = None,
    ) -> None:
        from constructs.internals import region_facts
        from l1.ec2 import CfnVPCEndpointService, CfnVPCEndpointServicePermissions

        super().__init__(scope, id)
        if not vpc_endpoint_service_load_balancers:
            raise ValidationError("VPC Endpoint Service must have at least one load balancer specified.", self)
        self.vpc_endpoint_service_load_balancers = list(vpc_endpoint_service_load_balancers)
        self.acceptance_required = True if acceptance_required is None else acceptance_required
        self.contributor_insights_enabled = contributor_insights
        self.supported_ip_address_types = supported_ip_address_types
        self.allowed_regions = allowed_regions
        self.allowed_principals: list[Any] = list(allowed_principals or [])
        self.endpoint_service = CfnVPCEndpointService(
            self, id,
            network_load_balancer_arns=[lb.load_balancer_arn for lb in self.vpc_endpoint_service_load_balancers],
            acceptance_required=self.acceptance_required,
            contributor_insights_enabled=contributor_insights,
            supported_ip_address_types=[t.value for t in supported_ip_address_types]
            if supported_ip_address_types is not None else None,
            supported_regions=list(allowed_regions) if allowed_regions is not None else None,
        )
        self.vpc_endpoint_service_id: str = self.endpoint_service.ref
        region = Stack.of(self).region
        prefix = self.DEFAULT_PREFIX
        if not Token.is_unresolved(region):
            prefix = region_facts.find(region, "vpcEndpointServiceNamePrefix") or self.DEFAULT_PREFIX
        self.vpc_endpoint_service_name: str = Fn.join(".", [prefix, Aws.REGION, self.vpc_endpoint_service_id])
        if self.allowed_principals:
            CfnVPCEndpointServicePermissions(self, "Permissions", service_id=self.endpoint_service.ref,
                                             allowed_principals=[p.arn for p in self.allowed_principals])

    @property
    def vpc_endpoint_service_ref(self) -> VPCEndpointServiceReference:
        """A reference to the endpoint service."""
        from l1.interfaces.ec2 import VPCEndpointServiceReference

        return VPCEndpointServiceReference(service_id=self.vpc_endpoint_service_id)
