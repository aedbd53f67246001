"""Bucket event notification destinations (aws-cdk-lib: ``aws_cdk.aws_s3_notifications``)."""

from constructs.internals import check_public_classes
from l2.s3_notifications._destinations import LambdaDestination, SnsDestination, SqsDestination

__all__ = ["LambdaDestination", "SnsDestination", "SqsDestination"]

check_public_classes(globals())
