"""EventBridge rule targets (aws-cdk-lib: ``aws_cdk.aws_events_targets``).

Each target's ``bind(rule, id)`` grants EventBridge what it needs (a Lambda permission, a queue or topic policy
statement, or an ``EventsRole`` assumed by ``events.amazonaws.com``) and returns the ``RuleTargetConfig`` that
``events.Rule`` renders into its ``Targets``.
"""

from constructs.internals import check_public_classes
from l2.events_targets._aws_api import AwsApi, CloudWatchLogGroup
from l2.events_targets._ecs_structs import (
    ContainerOverride,
    EphemeralStorageOverride,
    InferenceAcceleratorOverride,
    TaskEnvironmentVariable,
)
from l2.events_targets._ecs_structs import Tag as Tag
from l2.events_targets._ecs_task import EcsTask, EcsTaskProps
from l2.events_targets._http_targets import ApiDestination, ApiGateway, ApiGatewayV2, AppSync
from l2.events_targets._log_group import LogGroupTargetInput
from l2.events_targets._other_targets import (
    BatchJob,
    FirehoseDeliveryStream,
    IDeliveryStream,
    KinesisFirehoseStream,
    KinesisFirehoseStreamV2,
    RedshiftQuery,
)
from l2.events_targets._props import (
    ApiDestinationProps,
    ApiGatewayProps,
    AppSyncGraphQLApiProps,
    AwsApiInput,
    AwsApiProps,
    BatchJobProps,
    CodeBuildProjectProps,
    CodePipelineTargetOptions,
    EventBusProps,
    FirehoseDeliveryStreamProps,
    KinesisFirehoseStreamProps,
    KinesisStreamProps,
    LambdaFunctionProps,
    LogGroupProps,
    LogGroupTargetInputOptions,
    RedshiftQueryProps,
    SfnStateMachineProps,
    SnsTopicProps,
    SqsQueueProps,
    TargetBaseProps,
)
from l2.events_targets._targets import (
    CodeBuildProject,
    CodePipeline,
    EventBus,
    KinesisStream,
    LambdaFunction,
    SfnStateMachine,
    SnsTopic,
    SqsQueue,
)

__all__ = [
    "ApiDestination",
    "ApiDestinationProps",
    "ApiGateway",
    "ApiGatewayProps",
    "ApiGatewayV2",
    "AppSync",
    "AppSyncGraphQLApiProps",
    "AwsApi",
    "AwsApiInput",
    "AwsApiProps",
    "BatchJob",
    "BatchJobProps",
    "CloudWatchLogGroup",
    "CodeBuildProject",
    "CodeBuildProjectProps",
    "CodePipeline",
    "CodePipelineTargetOptions",
    "ContainerOverride",
    "EcsTask",
    "EcsTaskProps",
    "EphemeralStorageOverride",
    "EventBus",
    "EventBusProps",
    "FirehoseDeliveryStream",
    "FirehoseDeliveryStreamProps",
    "IDeliveryStream",
    "InferenceAcceleratorOverride",
    "KinesisFirehoseStream",
    "KinesisFirehoseStreamProps",
    "KinesisFirehoseStreamV2",
    "KinesisStream",
    "KinesisStreamProps",
    "LambdaFunction",
    "LambdaFunctionProps",
    "LogGroupProps",
    "LogGroupTargetInput",
    "LogGroupTargetInputOptions",
    "RedshiftQuery",
    "RedshiftQueryProps",
    "SfnStateMachine",
    "SfnStateMachineProps",
    "SnsTopic",
    "SnsTopicProps",
    "SqsQueue",
    "SqsQueueProps",
    "Tag",
    "TargetBaseProps",
    "TaskEnvironmentVariable",
]

check_public_classes(globals())
