"""Lambda event sources (aws-cdk-lib: ``aws_cdk.aws_lambda_event_sources``): SQS, SNS, S3, DynamoDB and Kinesis."""

from constructs.internals import check_public_classes

from ._api import ApiEventSource
from ._kafka import (
    AuthenticationMethod,
    KafkaDlq,
    ManagedKafkaEventSource,
    S3OnFailureDestination,
    SelfManagedKafkaEventSource,
)
from ._notifications import S3EventSource, S3EventSourceV2, SnsEventSource
from ._props import (
    BaseStreamEventSourceProps,
    DynamoEventSourceProps,
    KafkaEventSourceProps,
    KinesisEventSourceProps,
    ManagedKafkaEventSourceProps,
    ProvisionedPollerConfig,
    S3EventSourceProps,
    SelfManagedKafkaEventSourceProps,
    SnsEventSourceProps,
    SqsEventSourceProps,
    StreamEventSourceProps,
)
from ._schema_registries import (
    ConfluentSchemaRegistry,
    ConfluentSchemaRegistryProps,
    GlueSchemaRegistry,
    GlueSchemaRegistryProps,
)
from ._sqs import SqsEventSource
from ._stream import (
    DynamoEventSource,
    KinesisConsumerEventSource,
    KinesisEventSource,
    SnsDlq,
    SqsDlq,
    StreamEventSource,
)

__all__ = [
    "ApiEventSource",
    "AuthenticationMethod",
    "BaseStreamEventSourceProps",
    "ConfluentSchemaRegistry",
    "ConfluentSchemaRegistryProps",
    "DynamoEventSource",
    "DynamoEventSourceProps",
    "GlueSchemaRegistry",
    "GlueSchemaRegistryProps",
    "KafkaDlq",
    "KafkaEventSourceProps",
    "KinesisConsumerEventSource",
    "KinesisEventSource",
    "KinesisEventSourceProps",
    "ManagedKafkaEventSource",
    "ManagedKafkaEventSourceProps",
    "ProvisionedPollerConfig",
    "S3EventSource",
    "S3EventSourceProps",
    "S3EventSourceV2",
    "S3OnFailureDestination",
    "SelfManagedKafkaEventSource",
    "SelfManagedKafkaEventSourceProps",
    "SnsDlq",
    "SnsEventSource",
    "SnsEventSourceProps",
    "SqsDlq",
    "SqsEventSource",
    "SqsEventSourceProps",
    "StreamEventSource",
    "StreamEventSourceProps",
]

check_public_classes(globals())
