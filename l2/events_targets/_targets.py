"""Targets for Lambda, SQS, SNS, Kinesis, Step Functions, CodeBuild, CodePipeline and event buses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Duration, FeatureFlags, ValidationError
from l2.events_targets._private.util import (
    add_lambda_permission,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    config,
    rule_arn,
    singleton_event_role,
)
from l2.events_targets._props import (
    CodeBuildProjectProps,
    CodePipelineTargetOptions,
    EventBusProps,
    KinesisStreamProps,
    LambdaFunctionProps,
    SfnStateMachineProps,
    SnsTopicProps,
    SqsQueueProps,
)

if TYPE_CHECKING:
    from l1.codebuild import CfnProject
    from l1.codepipeline import CfnPipeline
    from l2.codebuild import IProject
    from l2.codepipeline import IPipeline
    from l2.events import IEventBus, IRule, RuleTargetConfig, RuleTargetInput
    from l2.iam import IRole
    from l2.kinesis import IStream
    from l2.lambda_ import IFunction
    from l2.sns import ITopic
    from l2.sqs import IQueue

_QUEUE_SAME_ACCOUNT_FLAG = "@aws-cdk/aws-events:eventsTargetQueueSameAccount"


class LambdaFunction:
    """Invoke a Lambda function; adds a ``lambda:InvokeFunction`` permission for the rule.

    Args:
        handler: the function.
        event: the input (default: the whole event).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        handler: IFunction,
        *,
        event: RuleTargetInput | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.handler = handler
        self.props: LambdaFunctionProps = LambdaFunctionProps(
            event=event, dead_letter_queue=dead_letter_queue, max_event_age=max_event_age, retry_attempts=retry_attempts
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Add the permission (and the dead-letter queue's policy); the function as a rule target."""
        add_lambda_permission(rule, self.handler)
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        return config(
            **bind_base_target_config(self.props),
            arn=self.handler.function_arn,
            input=self.props.event,
            target_resource=self.handler,
        )


class SqsQueue:
    """Send events to an SQS queue; grants ``events.amazonaws.com`` send rights on the queue.

    Args:
        queue: the queue.
        message: the message (default: the whole event).
        message_group_id: the FIFO message group id (FIFO queues only).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        queue: IQueue,
        *,
        message: RuleTargetInput | None = None,
        message_group_id: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.queue = queue
        self.props: SqsQueueProps = SqsQueueProps(
            message=message,
            message_group_id=message_group_id,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Grant the rule's events send rights; the queue as a rule target."""
        from l2 import iam

        restrict_to_same_account = FeatureFlags.of(rule).is_enabled(_QUEUE_SAME_ACCOUNT_FLAG)
        conditions: dict[str, Any] = {}
        if self.queue.encryption_master_key is None:
            conditions = {"ArnEquals": {"aws:SourceArn": rule_arn(rule)}}
        elif restrict_to_same_account:
            conditions = {"StringEquals": {"aws:SourceAccount": rule.env.account}}
        self.queue.grant_send_messages(iam.ServicePrincipal("events.amazonaws.com", conditions=conditions))
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        return config(
            **bind_base_target_config(self.props),
            arn=self.queue.queue_arn,
            input=self.props.message,
            target_resource=self.queue,
            sqs_parameters={"message_group_id": self.props.message_group_id} if self.props.message_group_id else None,
        )


class SnsTopic:
    """Publish events to an SNS topic (through the topic policy, or a role with ``authorize_using_role``).

    Args:
        topic: the topic.
        authorize_using_role: publish with a role (default: ``True`` when ``role`` is given).
        message: the message (default: the whole event).
        role: the role to publish with (default: a new one when ``authorize_using_role``).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        topic: ITopic,
        *,
        authorize_using_role: bool | None = None,
        message: RuleTargetInput | None = None,
        role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.topic = topic
        self.props: SnsTopicProps = SnsTopicProps(
            authorize_using_role=authorize_using_role,
            message=message,
            role=role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Grant publishing; the topic as a rule target.

        Raises:
            ValidationError: a ``role`` with ``authorize_using_role=False``.
        """
        from l2 import iam

        role = None
        use_role = self.props.authorize_using_role
        if use_role is None:
            use_role = self.props.role is not None
        if use_role:
            role = self.props.role if self.props.role is not None else singleton_event_role(rule)
            self.topic.grant_publish(role)
        else:
            if self.props.role is not None:
                raise ValidationError("Cannot provide a role when authorizeUsingRole is false", rule)
            self.topic.grant_publish(iam.ServicePrincipal("events.amazonaws.com"))
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        return config(
            **bind_base_target_config(self.props),
            arn=self.topic.topic_arn,
            input=self.props.message,
            target_resource=self.topic,
            role=role,
        )


class KinesisStream:
    """Put events into a Kinesis data stream (through an ``EventsRole`` child of the stream).

    Args:
        stream: the stream.
        message: the record (default: the whole event).
        partition_key_path: JSONPath of the partition key (default: the event id).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        stream: IStream,
        *,
        message: RuleTargetInput | None = None,
        partition_key_path: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.stream = stream
        self.props: KinesisStreamProps = KinesisStreamProps(
            message=message,
            partition_key_path=partition_key_path,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, _rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Grant the role write rights; the stream as a rule target."""
        role = singleton_event_role(self.stream)
        self.stream.grant_write(role)
        return config(
            **bind_base_target_config(self.props),
            arn=self.stream.stream_arn,
            role=role,
            input=self.props.message,
            target_resource=self.stream,
            kinesis_parameters=(
                {"partition_key_path": self.props.partition_key_path} if self.props.partition_key_path else None
            ),
        )


class SfnStateMachine:
    """Start executions of a Step Functions state machine.

    Works with any object shaped like aws-cdk-lib's ``IStateMachine``: ``state_machine_arn`` and
    ``grant_start_execution(grantee)``, and a construct ``node`` for the default role.

    Args:
        machine: the state machine.
        input: the execution input (default: the whole event).
        role: the role that starts executions (default: an ``EventsRole`` child of the machine).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        machine: Any,  # an IStateMachine (l2.stepfunctions) or anything with its members
        *,
        input: RuleTargetInput | None = None,
        role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.machine = machine
        self.props: SfnStateMachineProps = SfnStateMachineProps(
            input=input,
            role=role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )
        self.role: IRole | Any = role if role is not None else singleton_event_role(machine)
        machine.grant_start_execution(self.role)

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """The state machine as a rule target."""
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        return config(
            **bind_base_target_config(self.props),
            arn=self.machine.state_machine_arn,
            role=self.role,
            input=self.props.input,
            target_resource=self.machine,
        )


def _project_arn(project: Any) -> str:
    """``project_ref.project_arn``, ``project_arn``, or ``attr_arn`` of an L1 ``CfnProject``."""
    ref = getattr(project, "project_ref", None)
    if ref is not None:
        return ref.project_arn
    arn = getattr(project, "project_arn", None)
    return arn if arn is not None else project.attr_arn


class CodeBuildProject:
    """Start builds of a CodeBuild project (anything with ``project_arn`` or ``project_ref.project_arn``).

    Args:
        project: the project.
        event: the StartBuild input (default: the whole event).
        event_role: the role that starts builds (default: an ``EventsRole`` child of the project).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        project: IProject | CfnProject,
        *,
        event: RuleTargetInput | None = None,
        event_role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.project = project
        self.props: CodeBuildProjectProps = CodeBuildProjectProps(
            event=event,
            event_role=event_role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, _rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow ``codebuild:StartBuild``; the project as a rule target."""
        from l2 import iam

        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(_rule, self.props.dead_letter_queue)
        role = self.props.event_role or singleton_event_role(self.project)
        arn = _project_arn(self.project)
        role.add_to_principal_policy(iam.PolicyStatement(actions=["codebuild:StartBuild"], resources=[arn]))
        return config(
            **bind_base_target_config(self.props), arn=arn, role=role, input=self.props.event,
            target_resource=self.project,
        )


def _pipeline_arn(pipeline: Any) -> str:
    ref = getattr(pipeline, "pipeline_ref", None)
    if ref is not None and getattr(ref, "pipeline_arn", None) is not None:
        return ref.pipeline_arn
    arn = getattr(pipeline, "pipeline_arn", None)
    return arn if arn is not None else pipeline.attr_arn


class CodePipeline:
    """Start executions of a CodePipeline pipeline (anything with ``pipeline_arn`` or ``pipeline_ref``).

    Args:
        pipeline: the pipeline.
        event_role: the role that starts executions (default: an ``EventsRole`` child of the pipeline).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        pipeline: IPipeline | CfnPipeline,
        *,
        event_role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.options: CodePipelineTargetOptions = CodePipelineTargetOptions(
            event_role=event_role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, _rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow ``codepipeline:StartPipelineExecution``; the pipeline as a rule target."""
        from l2 import iam

        role = self.options.event_role or singleton_event_role(self.pipeline)
        arn = _pipeline_arn(self.pipeline)
        role.add_to_principal_policy(
            iam.PolicyStatement(resources=[arn], actions=["codepipeline:StartPipelineExecution"])
        )
        return config(
            **bind_base_target_config(self.options), arn=arn, role=role, target_resource=self.pipeline
        )


class EventBus:
    """Send events to another event bus (possibly in another account or region).

    Args:
        event_bus: the bus.
        dead_letter_queue: the queue for undelivered events (default: none).
        role: the role that puts events (default: an ``EventsRole`` child of the rule).
    """

    def __init__(
        self, event_bus: IEventBus, *, dead_letter_queue: IQueue | None = None, role: IRole | None = None
    ) -> None:
        self.event_bus = event_bus
        self.props: EventBusProps = EventBusProps(dead_letter_queue=dead_letter_queue, role=role)

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow ``events:PutEvents`` on the bus; the bus as a rule target."""
        from l2 import iam

        role = self.props.role if self.props.role is not None else singleton_event_role(rule)
        role.add_to_principal_policy(
            iam.PolicyStatement(actions=["events:PutEvents"], resources=[self.event_bus.event_bus_arn])
        )
        dlq = self.props.dead_letter_queue
        if dlq is not None:
            add_to_dead_letter_queue_resource_policy(rule, dlq)
        return config(
            arn=self.event_bus.event_bus_arn,
            dead_letter_config={"arn": dlq.queue_arn} if dlq is not None else None,
            role=role,
        )
