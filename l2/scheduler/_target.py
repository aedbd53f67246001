"""``IScheduleTarget`` and ``ScheduleTargetConfig``: what a schedule invokes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import structs

if TYPE_CHECKING:
    from l1.scheduler import CfnSchedule
    from l2.iam import IRole
    from l2.scheduler._input import ScheduleTargetInput
    from l2.scheduler._schedule import ISchedule


@structs.frozen(kw_only=True)
class ScheduleTargetConfig:
    """What a target gives the schedule that binds it.

    Args:
        arn: the ARN of the target (or the universal target ARN of an API action).
        role: the role EventBridge Scheduler assumes to invoke the target.
        dead_letter_config: where undelivered events go.
        ecs_parameters: the ECS task to run (ECS targets).
        event_bridge_parameters: detail type and source (EventBridge ``PutEvents`` targets).
        input: the payload sent to the target.
        kinesis_parameters: the partition key (Kinesis targets).
        retry_policy: the retry policy.
        sage_maker_pipeline_parameters: the pipeline parameters (SageMaker targets).
        sqs_parameters: the message group id (FIFO queue targets).
    """

    arn: str
    role: IRole
    dead_letter_config: CfnSchedule.DeadLetterConfigProperty | None = None
    ecs_parameters: CfnSchedule.EcsParametersProperty | None = None
    event_bridge_parameters: CfnSchedule.EventBridgeParametersProperty | None = None
    input: ScheduleTargetInput | None = None
    kinesis_parameters: CfnSchedule.KinesisParametersProperty | None = None
    retry_policy: CfnSchedule.RetryPolicyProperty | None = None
    sage_maker_pipeline_parameters: CfnSchedule.SageMakerPipelineParametersProperty | None = None
    sqs_parameters: CfnSchedule.SqsParametersProperty | None = None


@runtime_checkable
class IScheduleTarget(Protocol):
    """A target of a schedule (the classes of ``aws_scheduler_targets``)."""

    def bind(self, _schedule: ISchedule) -> ScheduleTargetConfig:
        """The target's configuration for ``_schedule``."""
        ...
