"""The schedule targets: Lambda, Step Functions, SQS, SNS, EventBridge, Kinesis, Firehose, CodeBuild,
CodePipeline, Inspector, SageMaker and the universal (any API action) target."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Duration, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l1.scheduler import CfnSchedule
from l2.scheduler import ScheduleTargetConfig, ScheduleTargetInput
from l2.scheduler_targets._base import ScheduleTargetBase, ScheduleTargetBaseProps
from l2.scheduler_targets._interfaces import (
    IAssessmentTemplateRef,
    IPipelineRef,
    IProjectRef,
    ISageMakerPipeline,
)

if TYPE_CHECKING:
    from l2.events import IEventBus
    from l2.iam import IRole, PolicyStatement
    from l2.kinesis import IStream
    from l2.kinesisfirehose import IDeliveryStream
    from l2.lambda_ import IFunction
    from l2.scheduler import ISchedule
    from l2.sns import ITopic
    from l2.sqs import IQueue
    from l2.stepfunctions import IStateMachine


def _statement(role: IRole, actions: list[str], resources: list[str]) -> None:
    from l2 import iam

    role.add_to_principal_policy(iam.PolicyStatement(actions=actions, resources=resources))


class LambdaInvoke(ScheduleTargetBase):
    """Invoke a Lambda function (the role may ``lambda:InvokeFunction``).

    Args:
        func: the function.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        func: IFunction,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), func.function_arn)
        self._func = func

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._func.grant_invoke(role)


class StepFunctionsStartExecution(ScheduleTargetBase):
    """Start an execution of a Step Functions state machine.

    Args:
        state_machine: the state machine.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        state_machine: IStateMachine,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), state_machine.state_machine_arn)
        self._state_machine = state_machine

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._state_machine.grant_start_execution(role)


class SnsPublish(ScheduleTargetBase):
    """Publish a message to an SNS topic.

    Args:
        topic: the topic.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        topic: ITopic,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), topic.topic_arn)
        self._topic = topic

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._topic.grant_publish(role)


class FirehosePutRecord(ScheduleTargetBase):
    """Put a record into a Data Firehose delivery stream.

    Args:
        delivery_stream: the delivery stream.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        delivery_stream: IDeliveryStream,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), delivery_stream.delivery_stream_arn)
        self._delivery_stream = delivery_stream

    def _add_target_action_to_role(self, role: IRole) -> None:
        _statement(role, ["firehose:PutRecord"], [self._delivery_stream.delivery_stream_arn])


class CodeBuildStartBuild(ScheduleTargetBase):
    """Start a build of a CodeBuild project.

    Args:
        project: the project.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        project: IProjectRef,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), project.project_ref.project_arn)
        self._project = project

    def _add_target_action_to_role(self, role: IRole) -> None:
        _statement(role, ["codebuild:StartBuild"], [self._project.project_ref.project_arn])


class CodePipelineStartPipelineExecution(ScheduleTargetBase):
    """Start an execution of a CodePipeline pipeline.

    Args:
        pipeline: the pipeline.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        pipeline: IPipelineRef,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), _pipeline_arn(pipeline))
        self._pipeline = pipeline

    def _add_target_action_to_role(self, role: IRole) -> None:
        _statement(role, ["codepipeline:StartPipelineExecution"], [_pipeline_arn(self._pipeline)])


class InspectorStartAssessmentRun(ScheduleTargetBase):
    """Start an Amazon Inspector (classic) assessment run.

    Args:
        template: the assessment template.
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        template: IAssessmentTemplateRef,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), template.assessment_template_ref.assessment_template_arn)
        self._template = template

    def _add_target_action_to_role(self, role: IRole) -> None:
        _statement(role, ["inspector:StartAssessmentRun"], ["*"])


class SqsSendMessage(ScheduleTargetBase):
    """Send a message to an SQS queue (``message_group_id`` for FIFO queues).

    Args:
        queue: the queue.
        message_group_id: the message group of FIFO messages (required for, and only for, FIFO queues).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        queue: IQueue,
        *,
        message_group_id: str | None = None,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        _check_message_group_id(queue, message_group_id)
        self._message_group_id = message_group_id
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), queue.queue_arn)
        self._queue = queue

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._queue.grant(role, "sqs:SendMessage")
        key = self._queue.encryption_master_key
        if key is not None:
            key.grant(role, "kms:Decrypt", "kms:GenerateDataKey*")

    def _bind_base_target_config(self, schedule: ISchedule) -> ScheduleTargetConfig:
        return structs.evolve(
            super()._bind_base_target_config(schedule),
            sqs_parameters=CfnSchedule.SqsParametersProperty(message_group_id=self._message_group_id),
        )


class KinesisStreamPutRecord(ScheduleTargetBase):
    """Put a record into a Kinesis data stream.

    Args:
        stream: the stream.
        partition_key: the shard key of the records (1 to 256 characters).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        stream: IStream,
        *,
        partition_key: str,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        if not Token.is_unresolved(partition_key) and not 1 <= len(partition_key) <= 256:
            raise ValidationError(f"partitionKey length must be between 1 and 256, got {len(partition_key)}", stream)
        self._partition_key = partition_key
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), stream.stream_arn)
        self._stream = stream

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._stream.grant(role, "kinesis:PutRecord", "kinesis:PutRecords")
        key = self._stream.encryption_key
        if key is not None:
            key.grant(role, "kms:GenerateDataKey*")

    def _bind_base_target_config(self, schedule: ISchedule) -> ScheduleTargetConfig:
        return structs.evolve(
            super()._bind_base_target_config(schedule),
            kinesis_parameters=CfnSchedule.KinesisParametersProperty(partition_key=self._partition_key),
        )


class SageMakerStartPipelineExecution(ScheduleTargetBase):
    """Start an execution of a SageMaker pipeline.

    Args:
        pipeline: the pipeline.
        pipeline_parameter_list: the pipeline's parameters (at most 200).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        pipeline: ISageMakerPipeline,
        *,
        pipeline_parameter_list: Sequence[SageMakerPipelineParameter] | None = None,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        if pipeline_parameter_list is not None and len(pipeline_parameter_list) > 200:
            raise ValidationError(
                f"pipelineParameterList length must be between 0 and 200, got {len(pipeline_parameter_list)}",
                pipeline,  # type: ignore[arg-type]
            )
        self._pipeline_parameter_list = pipeline_parameter_list
        super().__init__(ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role), pipeline.pipeline_arn)
        self._pipeline = pipeline

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._pipeline.grant_start_pipeline_execution(role)

    def _bind_base_target_config(self, schedule: ISchedule) -> ScheduleTargetConfig:
        params = self._pipeline_parameter_list
        return structs.evolve(
            super()._bind_base_target_config(schedule),
            sage_maker_pipeline_parameters=(
                CfnSchedule.SageMakerPipelineParametersProperty(
                    pipeline_parameter_list=[
                        CfnSchedule.SageMakerPipelineParameterProperty(name=p.name, value=p.value) for p in params
                    ]
                )
                if params is not None
                else None
            ),
        )


def _pipeline_arn(pipeline: IPipelineRef) -> str:
    arn = getattr(pipeline, "pipeline_arn", None)
    if arn is not None:
        return arn  # type: ignore[no-any-return]
    from constructs import Stack

    name = pipeline.pipeline_ref.pipeline_name
    return Stack.of(pipeline).format_arn(service="codepipeline", resource=name)  # type: ignore[arg-type]


def _check_message_group_id(queue: IQueue, message_group_id: str | None) -> None:
    if message_group_id is not None:
        if not Token.is_unresolved(message_group_id) and not 1 <= len(message_group_id) <= 128:
            raise ValidationError(
                f"messageGroupId length must be between 1 and 128, got {len(message_group_id)}",
                queue,  # type: ignore[arg-type]
            )
        if not queue.fifo:
            raise ValidationError("target must be a FIFO queue if messageGroupId is specified", queue)  # type: ignore[arg-type]
        default_child = queue.node.default_child  # type: ignore[attr-defined]
        if not getattr(default_child, "content_based_deduplication", None):
            raise ValidationError(
                "contentBasedDeduplication must be true if the target is a FIFO queue", queue  # type: ignore[arg-type]
            )
    elif queue.fifo:
        raise ValidationError("messageGroupId must be specified if the target is a FIFO queue", queue)  # type: ignore[arg-type]


@structs.frozen(kw_only=True)
class SageMakerPipelineParameter:
    """A parameter of a SageMaker pipeline execution.

    Args:
        name: the parameter's name.
        value: the parameter's value.
    """

    name: str
    value: str


@structs.frozen(kw_only=True)
class SqsSendMessageProps(ScheduleTargetBaseProps):
    """The properties of ``SqsSendMessage``.

    Args:
        message_group_id: the message group of FIFO messages.
    """

    message_group_id: str | None = None


@structs.frozen(kw_only=True)
class KinesisStreamPutRecordProps(ScheduleTargetBaseProps):
    """The properties of ``KinesisStreamPutRecord``.

    Args:
        partition_key: the shard key of the records.
    """

    partition_key: str


@structs.frozen(kw_only=True)
class SageMakerStartPipelineExecutionProps(ScheduleTargetBaseProps):
    """The properties of ``SageMakerStartPipelineExecution``.

    Args:
        pipeline_parameter_list: the pipeline's parameters.
    """

    pipeline_parameter_list: Sequence[SageMakerPipelineParameter] | None = None


@structs.frozen(kw_only=True)
class EventBridgePutEventsEntry:
    """The event ``EventBridgePutEvents`` sends.

    Args:
        detail: the event's detail.
        detail_type: the event's detail type.
        event_bus: the bus the event is put on.
        source: the event's source.
    """

    detail: ScheduleTargetInput
    detail_type: str
    event_bus: IEventBus
    source: str


class EventBridgePutEvents(ScheduleTargetBase):
    """Put an event on an EventBridge event bus (the detail comes from ``entry``, not ``input``).

    Args:
        entry: the event to put.
        dead_letter_queue: the queue that receives events the target could not get.
        input: not supported (use ``entry.detail``).
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        entry: EventBridgePutEventsEntry,
        *,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(
            ScheduleTargetBaseProps(
                dead_letter_queue=dead_letter_queue,
                input=input,
                max_event_age=max_event_age,
                retry_attempts=retry_attempts,
                role=role,
            ),
            entry.event_bus.event_bus_arn,
        )
        self._entry = entry
        if input is not None:
            raise UnscopedValidationError(
                "ScheduleTargetBaseProps.input is not supported for EventBridgePutEvents. Please use entry.detail "
                "instead."
            )

    def _add_target_action_to_role(self, role: IRole) -> None:
        self._entry.event_bus.grant_put_events_to(role)

    def _bind_base_target_config(self, schedule: ISchedule) -> ScheduleTargetConfig:
        return structs.evolve(
            super()._bind_base_target_config(schedule),
            input=self._entry.detail,
            event_bridge_parameters=CfnSchedule.EventBridgeParametersProperty(
                detail_type=self._entry.detail_type, source=self._entry.source
            ),
        )


_READ_ONLY_PREFIXES = (
    "get", "describe", "list", "poll", "receive", "search", "scan", "query", "select", "read", "lookup", "discover",
    "validate", "batchGet", "batchDescribe", "batchRead", "transactGet", "adminGet", "adminList", "testMigration",
    "retrieve", "testConnection", "translateDocument", "isAuthorized", "invokeModel",
)


@structs.frozen(kw_only=True)
class UniversalTargetProps(ScheduleTargetBaseProps):
    """The properties of ``Universal``.

    Args:
        action: the API action, camelCase (``startInstances``).
        service: the AWS service, lowercase (``ec2``).
        policy_statements: the role's statements (default the action on ``*``).
    """

    action: str
    service: str
    policy_statements: Sequence[PolicyStatement] | None = None


class Universal(ScheduleTargetBase):
    """Call any AWS API action (a universal target: ``arn:<partition>:scheduler:::aws-sdk:<service>:<action>``).

    Args:
        action: the API action, camelCase (``startInstances``); read-only actions are not supported.
        service: the AWS service, lowercase (``ec2``).
        policy_statements: the role's statements (default the action on ``*``, with a warning).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the request parameters of the API call.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        *,
        action: str,
        service: str,
        policy_statements: Sequence[PolicyStatement] | None = None,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        from constructs import Aws

        if not Token.is_unresolved(service) and service != service.lower():
            raise UnscopedValidationError(f"API service must be lowercase, got: {service}")
        if not Token.is_unresolved(action) and action[:1] != action[:1].lower():
            raise UnscopedValidationError(f"API action must be camelCase, got: {action}")
        if not Token.is_unresolved(action) and action.startswith(_READ_ONLY_PREFIXES):
            raise UnscopedValidationError(
                f"Read-only API action is not supported by EventBridge Scheduler: {service}:{action}"
            )
        super().__init__(
            ScheduleTargetBaseProps(
                dead_letter_queue=dead_letter_queue,
                input=input,
                max_event_age=max_event_age,
                retry_attempts=retry_attempts,
                role=role,
            ),
            f"arn:{Aws.PARTITION}:scheduler:::aws-sdk:{service}:{action}",
        )
        self._action = action
        self._service = service
        self._policy_statements = list(policy_statements) if policy_statements else []

    def _add_target_action_to_role(self, role: IRole) -> None:
        from constructs import Annotations

        if not self._policy_statements:
            from l2 import iam
            from l2.custom_resources._private.sdk_info import aws_sdk_to_iam_action

            Annotations.of(role).add_warning_v2(  # type: ignore[arg-type]
                "@aws-cdk/aws-scheduler-targets:defaultWildcardResourcePolicy",
                "Default policy with * for resources is used. Use custom policy for better security posture.",
            )
            role.add_to_principal_policy(
                iam.PolicyStatement(actions=[aws_sdk_to_iam_action(self._service, self._action)], resources=["*"])
            )
            return
        for statement in self._policy_statements:
            role.add_to_principal_policy(statement)


@structs.frozen(kw_only=True)
class Tag:
    """A tag of the ECS tasks an ECS schedule target runs.

    Args:
        key: the tag's key.
        value: the tag's value.
    """

    key: str
    value: str
