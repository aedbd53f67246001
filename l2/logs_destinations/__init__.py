"""Subscription filter destinations (aws-cdk-lib: ``aws_cdk.aws_logs_destinations``)."""

from constructs.internals import check_public_classes

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

check_public_classes(globals())
