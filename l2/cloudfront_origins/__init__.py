"""CloudFront origins (aws-cdk-lib: ``aws_cdk.aws_cloudfront_origins``)."""

from constructs.internals import check_public_classes
from l2.cloudfront_origins._http import HttpOrigin

__all__ = [
    "HttpOrigin",
]

check_public_classes(globals())
