"""Lambda event sources (aws-cdk-lib: ``aws_cdk.aws_lambda_event_sources``): SQS, SNS, S3, DynamoDB and Kinesis."""

from ._kafka import ManagedKafkaEventSource, S3OnFailureDestination
from ._notifications import S3EventSource, S3EventSourceV2, SnsEventSource
from ._props import (
    BaseStreamEventSourceProps,
    DynamoEventSourceProps,
    KafkaEventSourceProps,
    KinesisEventSourceProps,
    ManagedKafkaEventSourceProps,
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
    "KafkaEventSourceProps",
    "KinesisEventSource",
    "KinesisEventSourceProps",
    "ManagedKafkaEventSource",
    "ManagedKafkaEventSourceProps",
    "ProvisionedPollerConfig",
    "S3EventSource",
    "S3EventSourceProps",
    "S3EventSourceV2",
    "S3OnFailureDestination",
    "SnsDlq",
    "SnsEventSource",
    "SnsEventSourceProps",
    "SqsDlq",
    "SqsEventSource",
    "SqsEventSourceProps",
    "StreamEventSource",
    "StreamEventSourceProps",
]
