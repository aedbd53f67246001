"""Bucket event notification destinations (aws-cdk-lib: ``aws_cdk.aws_s3_notifications``)."""

from l2.s3_notifications._destinations import LambdaDestination, SnsDestination, SqsDestination

__all__ = ["LambdaDestination", "SnsDestination", "SqsDestination"]
