"""Subscription filter destinations (aws-cdk-lib: ``aws_cdk.aws_logs_destinations``)."""

from ._kinesis import KinesisDestination
from ._lambda import LambdaDestination

__all__ = ["KinesisDestination", "LambdaDestination"]
