"""Route 53 patterns (aws-cdk-lib: ``aws_cdk.aws_route53_patterns``): ``HttpsRedirect``."""

from constructs.internals import check_public_classes
from patterns.route53_patterns._https_redirect import HttpsRedirect, HttpsRedirectProps

__all__ = [
    "HttpsRedirect",
    "HttpsRedirectProps",
]

check_public_classes(globals())
