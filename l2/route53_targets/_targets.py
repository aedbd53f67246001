"""The alias targets of Route 53 records: API Gateway, AppSync, S3 websites, load balancers, CloudFront, Global
Accelerator, Elastic Beanstalk, interface VPC endpoints, Cognito domains and other records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Aws,
    CfnMapping,
    FeatureFlags,
    Fn,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import protocols
from l2.route53 import AliasRecordTargetConfig

if TYPE_CHECKING:
    from constructs import IConstruct
    from l2.apigateway import IDomainName
    from l2.cognito import UserPoolDomain
    from l2.ec2 import InterfaceVpcEndpoint
    from l2.route53 import IHostedZone, IRecordSet
    from l2.s3 import IBucket

_USER_POOL_DOMAIN_FLAG = "@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource"


@runtime_checkable
class IAliasRecordTargetProps(Protocol, metaclass=protocols.OptionalMembersMeta):
    """Options of an alias target (aws-cdk-lib's ``IAliasRecordTargetProps``, an interface: any object with the
    properties below, each optional).

    Attributes:
        evaluate_target_health: whether Route 53 checks the target's health (default unset).
        hosted_zone_id: the target's hosted zone id (Elastic Beanstalk: default from the endpoint's region).
    """

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"evaluate_target_health", "hosted_zone_id"})

    @property
    def evaluate_target_health(self) -> bool | None:
        """Whether Route 53 checks the target's health."""
        ...

    @property
    def hosted_zone_id(self) -> str | None:
        """The target's hosted zone id."""
        ...


@runtime_checkable
class IRestApiWithDomain(Protocol):
    """A REST API (``RestApiBase``) whose ``domain_name`` is its default custom domain."""

    @property
    def domain_name(self) -> IDomainName | None:
        """The API's custom domain, if any."""
        ...


@runtime_checkable
class IGraphqlApiDomain(Protocol):
    """An AppSync GraphQL API with a custom domain (what ``AppSyncTarget`` reads)."""

    @property
    def app_sync_domain_name(self) -> str:
        """The CloudFront domain name AppSync serves the custom domain from."""
        ...


@runtime_checkable
class IClassicLoadBalancer(Protocol):
    """A classic load balancer (``aws_elasticloadbalancing.LoadBalancer``)."""

    @property
    def load_balancer_canonical_hosted_zone_name_id(self) -> str:
        """Its canonical hosted zone id."""
        ...

    @property
    def load_balancer_dns_name(self) -> str:
        """Its DNS name."""
        ...


@runtime_checkable
class ILoadBalancerV2(Protocol):
    """An application or network load balancer (``aws_elasticloadbalancingv2.ILoadBalancerV2``)."""

    @property
    def load_balancer_canonical_hosted_zone_id(self) -> str:
        """Its canonical hosted zone id."""
        ...

    @property
    def load_balancer_dns_name(self) -> str:
        """Its DNS name."""
        ...


@runtime_checkable
class IDistribution(Protocol):
    """A CloudFront distribution (``aws_cloudfront.IDistribution``)."""

    @property
    def distribution_domain_name(self) -> str:
        """Its domain name (``d111111abcdef8.cloudfront.net``)."""
        ...


@runtime_checkable
class IAccelerator(Protocol):
    """A Global Accelerator accelerator (``aws_globalaccelerator.IAccelerator``)."""

    @property
    def dns_name(self) -> str:
        """Its DNS name."""
        ...


class ApiGatewayDomain:
    """An API Gateway custom domain name as alias target.

    Args:
        domain_name: the API Gateway custom domain name the record points to.
    """

    def __init__(self, domain_name: IDomainName) -> None:
        self._domain_name = domain_name

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The domain's regional or edge alias."""
        return AliasRecordTargetConfig(
            dns_name=self._domain_name.domain_name_alias_domain_name,
            hosted_zone_id=self._domain_name.domain_name_alias_hosted_zone_id,
        )


class ApiGateway(ApiGatewayDomain):
    """A REST API's default custom domain as alias target.

    Args:
        api: the REST API whose default custom domain (``domain_name``) the record points to.
    """

    def __init__(self, api: IRestApiWithDomain) -> None:
        if not api.domain_name:
            raise ValidationError("API does not define a default domain name", api)  # type: ignore[arg-type]
        super().__init__(api.domain_name)


class ApiGatewayv2DomainProperties:
    """An API Gateway v2 domain (its regional domain name and hosted zone) as alias target.

    Args:
        regional_domain_name: the domain's regional domain name (its ``regional_domain_name`` attribute).
        regional_hosted_zone_id: the hosted zone id of that regional domain name.
    """

    def __init__(self, regional_domain_name: str, regional_hosted_zone_id: str) -> None:
        self.regional_domain_name = regional_domain_name
        self.regional_hosted_zone_id = regional_hosted_zone_id

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The regional domain name and zone."""
        return AliasRecordTargetConfig(dns_name=self.regional_domain_name,
                                       hosted_zone_id=self.regional_hosted_zone_id)


class CloudFrontTarget:
    """A CloudFront distribution as alias target.

    Args:
        distribution: the CloudFront distribution the record points to.
    """

    CLOUDFRONT_ZONE_ID = "Z2FDTNDATAQYW2"
    """The hosted zone id of CloudFront distributions (aws partition)."""

    def __init__(self, distribution: IDistribution) -> None:
        self.distribution = distribution

    @staticmethod
    def get_hosted_zone_id(scope: IConstruct) -> str:
        """CloudFront's hosted zone id in the stack's partition (a mapping added to the stack once)."""
        stack = Stack.of(scope)
        name = "AWSCloudFrontPartitionHostedZoneIdMap"
        mapping: Any = stack.node.try_find_child(name)
        if mapping is None:
            mapping = CfnMapping(stack, name, mapping={
                "aws": {"zoneId": "Z2FDTNDATAQYW2"}, "aws-cn": {"zoneId": "Z3RFFRIM2A3IF5"},
            })
        return str(mapping.find_in_map(Aws.PARTITION, "zoneId"))

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The distribution's domain name."""
        return AliasRecordTargetConfig(hosted_zone_id=CloudFrontTarget.get_hosted_zone_id(self.distribution),  # type: ignore[arg-type]
                                       dns_name=self.distribution.distribution_domain_name)


class AppSyncTarget:
    """An AppSync GraphQL API's custom domain as alias target.

    Args:
        graphql_api: the AppSync GraphQL API (with a custom domain) the record points to.
    """

    def __init__(self, graphql_api: IGraphqlApiDomain) -> None:
        self._api = graphql_api

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The API's CloudFront domain name."""
        return AliasRecordTargetConfig(dns_name=self._api.app_sync_domain_name,
                                       hosted_zone_id=CloudFrontTarget.get_hosted_zone_id(self._api))  # type: ignore[arg-type]


class BucketWebsiteTarget:
    """An S3 bucket website as alias target (the bucket is named like the record).

    Args:
        bucket: the bucket hosting the website (named like the record).
        props: alias options, such as whether Route 53 evaluates the target's health (default not set).
    """

    def __init__(self, bucket: IBucket, props: IAliasRecordTargetProps | None = None) -> None:
        self._bucket = bucket
        self._props = props

    def bind(self, record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The region's S3 website endpoint."""
        from l2.region_info import RegionInfo

        region = Stack.of(self._bucket).region  # type: ignore[arg-type]
        if Token.is_unresolved(region):
            raise ValidationError(
                "Cannot use an S3 record alias in region-agnostic stacks. You must specify a specific region when "
                "you define the stack (see https://docs.aws.amazon.com/cdk/latest/guide/environments.html)",
                record,  # type: ignore[arg-type]
            )
        info = RegionInfo.get(region)
        zone_id, dns_name = info.s3_static_website_hosted_zone_id, info.s3_static_website_endpoint
        if not zone_id or not dns_name:
            raise ValidationError(f'Bucket website target is not supported for the "{region}" region',
                                  record)  # type: ignore[arg-type]
        return AliasRecordTargetConfig(hosted_zone_id=zone_id, dns_name=dns_name,
                                       evaluate_target_health=_evaluate(self._props))


class ClassicLoadBalancerTarget:
    """A classic load balancer as alias target.

    Args:
        load_balancer: the classic load balancer the record points to.
        props: alias options, such as whether Route 53 evaluates the target's health (default not set).
    """

    def __init__(self, load_balancer: IClassicLoadBalancer, props: IAliasRecordTargetProps | None = None) -> None:
        self._lb = load_balancer
        self._props = props

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The load balancer's dual-stack name."""
        return AliasRecordTargetConfig(hosted_zone_id=self._lb.load_balancer_canonical_hosted_zone_name_id,
                                       dns_name=f"dualstack.{self._lb.load_balancer_dns_name}",
                                       evaluate_target_health=_evaluate(self._props))


class LoadBalancerTarget:
    """An application or network load balancer as alias target.

    Args:
        load_balancer: the application or network load balancer the record points to.
        props: alias options, such as whether Route 53 evaluates the target's health (default not set).
    """

    def __init__(self, load_balancer: ILoadBalancerV2, props: IAliasRecordTargetProps | None = None) -> None:
        self._lb = load_balancer
        self._props = props

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The load balancer's dual-stack name."""
        return AliasRecordTargetConfig(hosted_zone_id=self._lb.load_balancer_canonical_hosted_zone_id,
                                       dns_name=f"dualstack.{self._lb.load_balancer_dns_name}",
                                       evaluate_target_health=_evaluate(self._props))


class GlobalAcceleratorDomainTarget:
    """A Global Accelerator DNS name as alias target.

    Args:
        accelerator_domain_name: the accelerator's DNS name the record points to.
        props: alias options, such as whether Route 53 evaluates the target's health (default not set).
    """

    GLOBAL_ACCELERATOR_ZONE_ID = "Z2BJ6XQ5FK7U4H"
    """The hosted zone id of Global Accelerator."""

    def __init__(self, accelerator_domain_name: str, props: IAliasRecordTargetProps | None = None) -> None:
        self._name = accelerator_domain_name
        self._props = props

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The accelerator's DNS name."""
        return AliasRecordTargetConfig(hosted_zone_id=GlobalAcceleratorDomainTarget.GLOBAL_ACCELERATOR_ZONE_ID,
                                       dns_name=self._name, evaluate_target_health=_evaluate(self._props))


class GlobalAcceleratorTarget(GlobalAcceleratorDomainTarget):
    """A Global Accelerator accelerator as alias target.

    Args:
        accelerator: the Global Accelerator accelerator whose DNS name the record points to.
        props: alias options, such as whether Route 53 evaluates the target's health (default not set).
    """

    def __init__(self, accelerator: IAccelerator, props: IAliasRecordTargetProps | None = None) -> None:
        dns_name = getattr(accelerator, "dns_name", None)
        if not isinstance(dns_name, str):
            raise UnscopedValidationError(
                "'accelerator' instance should implement IAccelerator, but doesn't: "
                f"{type(accelerator).__name__}"
            )
        super().__init__(dns_name, props)


class ElasticBeanstalkEnvironmentEndpointTarget:
    """An Elastic Beanstalk environment endpoint as alias target.

    Args:
        environment_endpoint: the environment's endpoint URL (its ``EndpointURL`` attribute).
        props: alias options: whether Route 53 evaluates the target's health, and the Beanstalk hosted zone id
            (default derived from the endpoint's or the stack's region).
    """

    def __init__(self, environment_endpoint: str, props: IAliasRecordTargetProps | None = None) -> None:
        self._endpoint = environment_endpoint
        self._props = props
        self._hosted_zone_id = getattr(props, "hosted_zone_id", None)

    def bind(self, record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The endpoint, in the Beanstalk hosted zone of its region."""
        from l2.region_info import RegionInfo

        if not self._hosted_zone_id:
            region = Stack.of(record).region  # type: ignore[arg-type]
            if not Token.is_unresolved(self._endpoint):
                sub_domains = Fn.split(".", self._endpoint)
                region = Fn.select(len(sub_domains) - 3, sub_domains)
            self._hosted_zone_id = RegionInfo.get(region).ebs_env_endpoint_hosted_zone_id
        if not self._hosted_zone_id:
            raise ValidationError(
                "Cannot find Beanstalk `hostedZoneId`. You must specify either `hostedZoneId` using "
                "`RegionInfo.get(yourRegion).ebsEnvEndpointHostedZoneId` or Stack region or find correct EBS "
                "environment endpoint via AWS console. See Elastic Beanstalk developer guide: "
                "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customdomains.html",
                record,  # type: ignore[arg-type]
            )
        return AliasRecordTargetConfig(hosted_zone_id=self._hosted_zone_id, dns_name=self._endpoint,
                                       evaluate_target_health=_evaluate(self._props))


class InterfaceVpcEndpointTarget:
    """An interface VPC endpoint (its first DNS entry) as alias target.

    Args:
        vpc_endpoint: the interface VPC endpoint whose first DNS entry the record points to.
    """

    def __init__(self, vpc_endpoint: InterfaceVpcEndpoint) -> None:
        self._endpoint = vpc_endpoint
        self._cfn: Any = vpc_endpoint.node.find_child("Resource")

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """``<zone id>:<dns name>`` of the endpoint's first DNS entry."""
        entry = Fn.select(0, self._cfn.attr_dns_entries)
        return AliasRecordTargetConfig(dns_name=Fn.select(1, Fn.split(":", entry)),
                                       hosted_zone_id=Fn.select(0, Fn.split(":", entry)))


class UserPoolDomainTarget:
    """A Cognito user pool domain (its CloudFront distribution) as alias target.

    Args:
        domain: the Cognito user pool domain whose CloudFront endpoint the record points to.
    """

    def __init__(self, domain: UserPoolDomain) -> None:
        self._domain = domain

    def bind(self, record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The domain's CloudFront endpoint."""
        dns_name = (self._domain.cloud_front_endpoint if FeatureFlags.of(record).is_enabled(_USER_POOL_DOMAIN_FLAG)  # type: ignore[arg-type]
                    else self._domain.cloud_front_domain_name)
        return AliasRecordTargetConfig(dns_name=dns_name,
                                       hosted_zone_id=CloudFrontTarget.get_hosted_zone_id(self._domain))


class Route53RecordTarget:
    """Another record of the same zone as alias target.

    Args:
        record: the record (of the same hosted zone) this record is an alias of.
    """

    def __init__(self, record: IRecordSet) -> None:
        self._record = record

    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The other record's name, in ``zone``."""
        if zone is None:
            raise ValidationError("Cannot bind to record without a zone", record)  # type: ignore[arg-type]
        return AliasRecordTargetConfig(dns_name=self._record.domain_name, hosted_zone_id=zone.hosted_zone_id)


def _evaluate(props: IAliasRecordTargetProps | None) -> bool | None:
    return getattr(props, "evaluate_target_health", None)
