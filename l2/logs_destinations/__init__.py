"""Subscription filter destinations (aws-cdk-lib: ``aws_cdk.aws_logs_destinations``)."""

from ._firehose import FirehoseDestination, FirehoseDestinationProps
from ._kinesis import KinesisDestination, KinesisDestinationProps
from ._lambda import LambdaDestination, LambdaDestinationOptions

__all__ = [
    "FirehoseDestination",
    "FirehoseDestinationProps",
    "KinesisDestination",
    "KinesisDestinationProps",
    "LambdaDestination",
    "LambdaDestinationOptions",
]
