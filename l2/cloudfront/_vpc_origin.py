"""``VpcOrigin``: an origin in a private subnet (an ALB, an NLB or an EC2 instance) CloudFront reaches in the VPC."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, Names, Resource, Stack, TagManager, Token, ValidationError
from constructs.internals import structs
from l1.cloudfront import CfnVpcOrigin
from l2.cloudfront._enums import OriginProtocolPolicy, OriginSslPolicy
from l2.cloudfront._references import VpcOriginReference

if TYPE_CHECKING:
    from l2.ec2 import IInstance
    from l2.elasticloadbalancingv2 import IApplicationLoadBalancer, INetworkLoadBalancer


@runtime_checkable
class IVpcOrigin(Protocol):
    """A CloudFront VPC origin."""

    @property
    def vpc_origin_arn(self) -> str:
        """The VPC origin's ARN."""
        ...

    @property
    def vpc_origin_id(self) -> str:
        """The VPC origin's id."""
        ...

    @property
    def domain_name(self) -> str | None:
        """The endpoint's domain name, when known."""
        ...


class VpcOriginEndpoint:
    """What a VPC origin points at: its ARN and, when known, its domain name.

    Args:
        endpoint_arn: the ARN of the load balancer or instance.
        domain_name: its domain name.
    """

    def __init__(self, *, endpoint_arn: str, domain_name: str | None = None) -> None:
        self.endpoint_arn = endpoint_arn
        self.domain_name = domain_name

    @staticmethod
    def ec2_instance(instance: IInstance) -> VpcOriginEndpoint:
        """An EC2 instance (its private DNS name)."""
        arn = Stack.of(instance).format_arn(  # type: ignore[arg-type]
            service="ec2", resource="instance", resource_name=instance.instance_id
        )
        return VpcOriginEndpoint(endpoint_arn=arn, domain_name=instance.instance_private_dns_name)

    @staticmethod
    def application_load_balancer(alb: IApplicationLoadBalancer) -> VpcOriginEndpoint:
        """An application load balancer."""
        return VpcOriginEndpoint(endpoint_arn=alb.load_balancer_arn, domain_name=alb.load_balancer_dns_name)

    @staticmethod
    def network_load_balancer(nlb: INetworkLoadBalancer) -> VpcOriginEndpoint:
        """A network load balancer."""
        return VpcOriginEndpoint(endpoint_arn=nlb.load_balancer_arn, domain_name=nlb.load_balancer_dns_name)


@structs.frozen(kw_only=True)
class VpcOriginAttributes:
    """An existing VPC origin: its id or ARN (at least one), and optionally its domain name.

    Args:
        domain_name: the endpoint's domain name.
        vpc_origin_arn: its ARN (the id is read from it when not given).
        vpc_origin_id: its id.
    """

    domain_name: str | None = None
    vpc_origin_arn: str | None = None
    vpc_origin_id: str | None = None


@structs.frozen(kw_only=True)
class VpcOriginOptions:
    """The options of a VPC origin's endpoint (see ``VpcOrigin`` for each keyword)."""

    http_port: int | float | None = None
    https_port: int | float | None = None
    origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None
    protocol_policy: OriginProtocolPolicy | None = None
    vpc_origin_name: str | None = None


@structs.frozen(kw_only=True)
class VpcOriginProps(VpcOriginOptions):
    """The properties of a ``VpcOrigin``: the endpoint plus ``VpcOriginOptions``."""

    endpoint: VpcOriginEndpoint


class _VpcOriginRef:
    vpc_origin_arn: str
    vpc_origin_id: str

    @property
    def vpc_origin_ref(self) -> VpcOriginReference:
        """A reference to this VPC origin."""
        return VpcOriginReference(vpc_origin_arn=self.vpc_origin_arn, vpc_origin_id=self.vpc_origin_id)


class _ImportedVpcOrigin(_VpcOriginRef, Resource):
    def __init__(self, scope: Construct, id: str, arn: str, origin_id: str, domain_name: str | None) -> None:
        super().__init__(scope, id)
        self.vpc_origin_arn = arn
        self.vpc_origin_id = origin_id
        self.domain_name = domain_name


class VpcOrigin(_VpcOriginRef, Resource):
    """A CloudFront VPC origin (``AWS::CloudFront::VpcOrigin``).

    Args:
        endpoint: the load balancer or instance (``VpcOriginEndpoint``).
        http_port / https_port: 80, 443 or 1024-65535 (CloudFront's defaults when not given).
        origin_ssl_protocols: default ``[OriginSslPolicy.TLS_V1_2]``.
        protocol_policy: the protocol CloudFront uses to reach the endpoint.
        vpc_origin_name: default a unique name from the construct path (64 characters at most).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.VpcOrigin"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        endpoint: VpcOriginEndpoint,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        vpc_origin_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._validate_port(http_port, "httpPort")
        self._validate_port(https_port, "httpsPort")
        config = {
            "arn": endpoint.endpoint_arn,
            "http_port": http_port,
            "https_port": https_port,
            "name": vpc_origin_name if vpc_origin_name is not None else Names.unique_resource_name(self, max_length=64),
            "origin_protocol_policy": protocol_policy.value if protocol_policy is not None else None,
            "origin_ssl_protocols": [p.value for p in (origin_ssl_protocols or [OriginSslPolicy.TLS_V1_2])],
        }
        self._resource = CfnVpcOrigin(
            self, "Resource", vpc_origin_endpoint_config={k: v for k, v in config.items() if v is not None}
        )
        self.vpc_origin_id: str = self._resource.attr_id
        self.domain_name: str | None = endpoint.domain_name
        self.cdk_tag_manager: TagManager = self._resource.tags

    @property
    def vpc_origin_arn(self) -> str:  # type: ignore[override]
        """The VPC origin's ARN."""
        return self.get_resource_arn_attribute(self._resource.attr_arn, {
            "service": "cloudfront", "region": "", "resource": "vpcorigin", "resource_name": self._resource.attr_id,
        })

    @property
    def vpc_origin_ref(self) -> VpcOriginReference:
        """A reference to this VPC origin (the resource's ``Ref`` and ``Arn``)."""
        return VpcOriginReference(vpc_origin_arn=self._resource.attr_arn, vpc_origin_id=self._resource.ref)

    def _validate_port(self, port: int | float | None, name: str) -> None:
        if not port or Token.is_unresolved(port):
            return
        if not (port in (80, 443) or 1024 <= port <= 65535):
            raise ValidationError(f"'{name}' must be 80, 443, or a value between 1024 and 65535, got {port}", self)

    @staticmethod
    def from_vpc_origin_id(scope: Construct, id: str, vpc_origin_id: str) -> IVpcOrigin:
        """Import a VPC origin by id."""
        return VpcOrigin.from_vpc_origin_attributes(scope, id, vpc_origin_id=vpc_origin_id)

    @staticmethod
    def from_vpc_origin_arn(scope: Construct, id: str, vpc_origin_arn: str) -> IVpcOrigin:
        """Import a VPC origin by ARN."""
        return VpcOrigin.from_vpc_origin_attributes(scope, id, vpc_origin_arn=vpc_origin_arn)

    @staticmethod
    def from_vpc_origin_attributes(
        scope: Construct,
        id: str,
        *,
        domain_name: str | None = None,
        vpc_origin_arn: str | None = None,
        vpc_origin_id: str | None = None,
    ) -> IVpcOrigin:
        """Import a VPC origin by id or ARN (at least one), with its domain name if known."""
        if not vpc_origin_arn and not vpc_origin_id:
            raise ValidationError("Either vpcOriginId or vpcOriginArn must be provided in VpcOriginAttributes", scope)
        stack = Stack.of(scope)
        origin_id = vpc_origin_id
        if origin_id is None:
            assert vpc_origin_arn is not None
            origin_id = stack.split_arn(vpc_origin_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
            if not origin_id:
                raise ValidationError(f"No VPC origin ID found in ARN: '{vpc_origin_arn}'", scope)
        arn = vpc_origin_arn if vpc_origin_arn is not None else stack.format_arn(
            service="cloudfront", region="", resource="vpcorigin", resource_name=origin_id
        )
        return _ImportedVpcOrigin(scope, id, arn, origin_id, domain_name)
