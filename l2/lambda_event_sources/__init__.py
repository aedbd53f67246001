"""Lambda event sources (aws-cdk-lib: ``aws_cdk.aws_lambda_event_sources``): SQS, SNS, S3, DynamoDB and Kinesis."""

from ._notifications import S3EventSource, S3EventSourceV2, SnsEventSource
from ._sqs import SqsEventSource
from ._stream import DynamoEventSource, KinesisEventSource, SnsDlq, SqsDlq, StreamEventSource

__all__ = [
    "DynamoEventSource",
    "KinesisEventSource",
    "S3EventSource",
    "S3EventSourceV2",
    "SnsDlq",
    "SnsEventSource",
    "SqsDlq",
    "SqsEventSource",
    "StreamEventSource",
]
