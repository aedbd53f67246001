"""CloudFront origins (aws-cdk-lib: ``aws_cdk.aws_cloudfront_origins``)."""

from constructs.internals import check_public_classes
from l2.cloudfront_origins._group import OriginGroup
from l2.cloudfront_origins._http import HttpOrigin
from l2.cloudfront_origins._props import (
    HttpOriginProps,
    OriginGroupProps,
    S3BucketOriginBaseProps,
    S3BucketOriginWithOACProps,
    S3BucketOriginWithOAIProps,
    S3StaticWebsiteOriginProps,
)
from l2.cloudfront_origins._s3 import S3BucketOrigin, S3StaticWebsiteOrigin

__all__ = [
    "HttpOrigin",
    "HttpOriginProps",
    "OriginGroup",
    "OriginGroupProps",
    "S3BucketOriginBaseProps",
    "S3BucketOriginWithOACProps",
    "S3BucketOriginWithOAIProps",
    "S3StaticWebsiteOriginProps",
    "S3BucketOrigin",
    "S3StaticWebsiteOrigin",
]

check_public_classes(globals())
