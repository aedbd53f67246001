"""CloudFront origins (aws-cdk-lib: ``aws_cdk.aws_cloudfront_origins``)."""

from constructs.internals import check_public_classes
from l2.cloudfront_origins._function_url import FunctionUrlOrigin
from l2.cloudfront_origins._group import OriginGroup
from l2.cloudfront_origins._http import HttpOrigin
from l2.cloudfront_origins._legacy_s3 import S3Origin
from l2.cloudfront_origins._misc import LoadBalancerV2Origin, RestApiOrigin
from l2.cloudfront_origins._props import (
    FunctionUrlOriginBaseProps,
    FunctionUrlOriginProps,
    FunctionUrlOriginWithOACProps,
    HttpOriginProps,
    LoadBalancerV2OriginProps,
    OriginGroupProps,
    RestApiOriginProps,
    S3BucketOriginBaseProps,
    S3BucketOriginWithOACProps,
    S3BucketOriginWithOAIProps,
    S3OriginProps,
    S3StaticWebsiteOriginProps,
    VpcOriginProps,
    VpcOriginWithEndpointProps,
)
from l2.cloudfront_origins._s3 import S3BucketOrigin, S3StaticWebsiteOrigin
from l2.cloudfront_origins._vpc import VpcOrigin

__all__ = [
    "FunctionUrlOrigin",
    "FunctionUrlOriginBaseProps",
    "FunctionUrlOriginProps",
    "FunctionUrlOriginWithOACProps",
    "HttpOrigin",
    "HttpOriginProps",
    "LoadBalancerV2Origin",
    "LoadBalancerV2OriginProps",
    "OriginGroup",
    "OriginGroupProps",
    "RestApiOrigin",
    "RestApiOriginProps",
    "S3BucketOriginBaseProps",
    "S3BucketOriginWithOACProps",
    "S3BucketOriginWithOAIProps",
    "S3Origin",
    "S3OriginProps",
    "S3StaticWebsiteOriginProps",
    "S3BucketOrigin",
    "S3StaticWebsiteOrigin",
    "VpcOrigin",
    "VpcOriginProps",
    "VpcOriginWithEndpointProps",
]

check_public_classes(globals())
