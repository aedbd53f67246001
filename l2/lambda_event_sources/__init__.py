"""Lambda event sources (aws-cdk-lib: ``aws_cdk.aws_lambda_event_sources``): SQS, SNS, S3, DynamoDB and Kinesis."""

from ._notifications import S3EventSource, S3EventSourceV2, SnsEventSource
from ._props import (
    BaseStreamEventSourceProps,
    DynamoEventSourceProps,
    KinesisEventSourceProps,
    ProvisionedPollerConfig,
    S3EventSourceProps,
    SnsEventSourceProps,
    SqsEventSourceProps,
    StreamEventSourceProps,
)
from ._sqs import SqsEventSource
from ._stream import DynamoEventSource, KinesisEventSource, SnsDlq, SqsDlq, StreamEventSource

__all__ = [
    "BaseStreamEventSourceProps",
    "DynamoEventSource",
    "DynamoEventSourceProps",
    "KinesisEventSource",
    "KinesisEventSourceProps",
    "ProvisionedPollerConfig",
    "S3EventSource",
    "S3EventSourceProps",
    "S3EventSourceV2",
    "SnsDlq",
    "SnsEventSource",
    "SnsEventSourceProps",
    "SqsDlq",
    "SqsEventSource",
    "SqsEventSourceProps",
    "StreamEventSource",
    "StreamEventSourceProps",
]
