"""EventBridge Scheduler targets (aws-cdk-lib: ``aws_cdk.aws_scheduler_targets``): what a ``Schedule`` invokes."""

from constructs.internals import check_public_classes
from l2.scheduler_targets._base import ScheduleTargetBase, ScheduleTargetBaseProps
from l2.scheduler_targets._ecs import (
    Ec2TaskProps,
    EcsRunEc2Task,
    EcsRunFargateTask,
    EcsRunTask,
    EcsRunTaskBaseProps,
    FargateTaskProps,
)
from l2.scheduler_targets._targets import (
    CodeBuildStartBuild,
    CodePipelineStartPipelineExecution,
    EventBridgePutEvents,
    EventBridgePutEventsEntry,
    FirehosePutRecord,
    InspectorStartAssessmentRun,
    KinesisStreamPutRecord,
    KinesisStreamPutRecordProps,
    LambdaInvoke,
    SageMakerPipelineParameter,
    SageMakerStartPipelineExecution,
    SageMakerStartPipelineExecutionProps,
    SnsPublish,
    SqsSendMessage,
    SqsSendMessageProps,
    StepFunctionsStartExecution,
    Tag,
    Universal,
    UniversalTargetProps,
)

__all__ = [
    "CodeBuildStartBuild",
    "CodePipelineStartPipelineExecution",
    "Ec2TaskProps",
    "EcsRunEc2Task",
    "EcsRunFargateTask",
    "EcsRunTask",
    "EcsRunTaskBaseProps",
    "EventBridgePutEvents",
    "FargateTaskProps",
    "EventBridgePutEventsEntry",
    "FirehosePutRecord",
    "InspectorStartAssessmentRun",
    "KinesisStreamPutRecord",
    "KinesisStreamPutRecordProps",
    "LambdaInvoke",
    "SageMakerPipelineParameter",
    "SageMakerStartPipelineExecution",
    "SageMakerStartPipelineExecutionProps",
    "ScheduleTargetBase",
    "ScheduleTargetBaseProps",
    "SnsPublish",
    "SqsSendMessage",
    "SqsSendMessageProps",
    "StepFunctionsStartExecution",
    "Tag",
    "Universal",
    "UniversalTargetProps",
]

check_public_classes(globals())
