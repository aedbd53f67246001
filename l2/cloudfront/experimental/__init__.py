"""Experimental CloudFront constructs (aws-cdk-lib: ``aws_cdk.aws_cloudfront.experimental``): ``EdgeFunction``."""

from constructs.internals import check_public_classes
from l2.cloudfront.experimental._edge_function import EdgeFunction, EdgeFunctionProps

__all__ = ["EdgeFunction", "EdgeFunctionProps"]

check_public_classes(globals())
