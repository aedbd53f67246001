"""Route 53 alias targets (aws-cdk-lib: ``aws_cdk.aws_route53_targets``): what ``RecordTarget.from_alias`` points
to."""

from constructs.internals import check_public_classes
from l2.route53_targets._targets import (
    ApiGateway,
    ApiGatewayDomain,
    ApiGatewayv2DomainProperties,
    AppSyncTarget,
    BucketWebsiteTarget,
    ClassicLoadBalancerTarget,
    CloudFrontTarget,
    ElasticBeanstalkEnvironmentEndpointTarget,
    GlobalAcceleratorDomainTarget,
    GlobalAcceleratorTarget,
    IAccelerator,
    IAliasRecordTargetProps,
    IClassicLoadBalancer,
    IDistribution,
    IGraphqlApiDomain,
    ILoadBalancerV2,
    InterfaceVpcEndpointTarget,
    IRestApiWithDomain,
    LoadBalancerTarget,
    Route53RecordTarget,
    UserPoolDomainTarget,
)

__all__ = [
    "ApiGateway",
    "ApiGatewayDomain",
    "ApiGatewayv2DomainProperties",
    "AppSyncTarget",
    "BucketWebsiteTarget",
    "ClassicLoadBalancerTarget",
    "CloudFrontTarget",
    "ElasticBeanstalkEnvironmentEndpointTarget",
    "GlobalAcceleratorDomainTarget",
    "GlobalAcceleratorTarget",
    "IAccelerator",
    "IAliasRecordTargetProps",
    "IClassicLoadBalancer",
    "IDistribution",
    "IGraphqlApiDomain",
    "ILoadBalancerV2",
    "IRestApiWithDomain",
    "InterfaceVpcEndpointTarget",
    "LoadBalancerTarget",
    "Route53RecordTarget",
    "UserPoolDomainTarget",
]

check_public_classes(globals())
