"""Amazon CloudFront constructs (aws-cdk-lib: ``aws_cdk.aws_cloudfront``): ``Distribution``, its behaviors,
origins' base, the managed policies, and the L1 classes."""

from constructs.internals import check_public_classes
from l1.cloudfront import *  # noqa: F403
from l1.cloudfront import __all__ as _l1_all
from l2.cloudfront._distribution import (
    AddBehaviorOptions,
    BehaviorOptions,
    Distribution,
    DistributionAttributes,
    EdgeLambda,
    ErrorResponse,
    GeoRestriction,
    IDistribution,
)
from l2.cloudfront._enums import (
    AllowedMethods,
    CachedMethods,
    HttpVersion,
    LambdaEdgeEventType,
    OriginProtocolPolicy,
    OriginSslPolicy,
    PriceClass,
    SecurityPolicyProtocol,
    SSLMethod,
    ViewerProtocolPolicy,
)
from l2.cloudfront._origin import (
    IOrigin,
    OriginBase,
    OriginBindConfig,
    OriginBindOptions,
    OriginFailoverConfig,
)
from l2.cloudfront._policies import (
    CachePolicy,
    ICachePolicy,
    IOriginRequestPolicy,
    IResponseHeadersPolicy,
    OriginRequestPolicy,
    ResponseHeadersPolicy,
)

__all__ = [
    *_l1_all,
    "AddBehaviorOptions",
    "AllowedMethods",
    "BehaviorOptions",
    "CachePolicy",
    "CachedMethods",
    "Distribution",
    "DistributionAttributes",
    "EdgeLambda",
    "ErrorResponse",
    "GeoRestriction",
    "HttpVersion",
    "ICachePolicy",
    "IDistribution",
    "IOrigin",
    "IOriginRequestPolicy",
    "IResponseHeadersPolicy",
    "LambdaEdgeEventType",
    "OriginBase",
    "OriginBindConfig",
    "OriginBindOptions",
    "OriginFailoverConfig",
    "OriginProtocolPolicy",
    "OriginRequestPolicy",
    "OriginSslPolicy",
    "PriceClass",
    "ResponseHeadersPolicy",
    "SSLMethod",
    "SecurityPolicyProtocol",
    "ViewerProtocolPolicy",
]

check_public_classes(globals())
