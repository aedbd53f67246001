"""SQS tasks: ``SqsSendMessage``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    contains_task_token,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.sqs import IQueue


_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


@structs.frozen(kw_only=True)
class SqsSendMessageJsonPathProps:
    """Properties for sending a message to an SQS queue using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        message_body: The text message to send to the queue
        queue: The SQS queue that messages will be sent to
        delay: The length of time, for which to delay a message
        message_deduplication_id: The token used for deduplication of sent messages
        message_group_id: The tag that specifies that a message belongs to a specific message group
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    message_body: TaskInput
    queue: IQueue
    delay: Duration | None = None
    message_deduplication_id: str | None = None
    message_group_id: str | None = None


@structs.frozen(kw_only=True)
class SqsSendMessageJsonataProps:
    """Properties for sending a message to an SQS queue using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        message_body: The text message to send to the queue
        queue: The SQS queue that messages will be sent to
        delay: The length of time, for which to delay a message
        message_deduplication_id: The token used for deduplication of sent messages
        message_group_id: The tag that specifies that a message belongs to a specific message group
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    message_body: TaskInput
    queue: IQueue
    delay: Duration | None = None
    message_deduplication_id: str | None = None
    message_group_id: str | None = None


@structs.frozen(kw_only=True)
class SqsSendMessageProps:
    """Properties for sending a message to an SQS queue.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        message_body: The text message to send to the queue
        queue: The SQS queue that messages will be sent to
        delay: The length of time, for which to delay a message
        message_deduplication_id: The token used for deduplication of sent messages
        message_group_id: The tag that specifies that a message belongs to a specific message group
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    message_body: TaskInput
    queue: IQueue
    delay: Duration | None = None
    message_deduplication_id: str | None = None
    message_group_id: str | None = None


class SqsSendMessage(TaskStateBase):
    """A StepFunctions Task to send messages to SQS queue.

    Args:
        message_body: The text message to send to the queue
        queue: The SQS queue that messages will be sent to
        delay: The length of time, for which to delay a message
        message_deduplication_id: The token used for deduplication of sent messages
        message_group_id: The tag that specifies that a message belongs to a specific message group
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        message_body: TaskInput,
        queue: IQueue,
        delay: Duration | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> SqsSendMessage:
        """A StepFunctions Task to send messages to SQS queue using JSONPath."""
        kwargs = task_kwargs(locals())
        return SqsSendMessage(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        message_body: TaskInput,
        queue: IQueue,
        delay: Duration | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> SqsSendMessage:
        """A StepFunctions Task to send messages to SQS queue using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return SqsSendMessage(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        message_body: TaskInput,
        queue: IQueue,
        delay: Duration | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)

    def _setup(self, props: TaskProps) -> None:
        from l2 import iam

        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        if props.integration_pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN and not contains_task_token(
            props.message_body
        ):
            raise ValidationError(
                "Task Token is required in `messageBody` Use JsonPath.taskToken to set the token.", self)
        self._task_policies = [iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[props.queue.queue_arn])]
        key = props.queue.encryption_master_key
        if key is not None:
            self._task_policies.append(iam.PolicyStatement(actions=["kms:Decrypt", "kms:GenerateDataKey*"],
                                                           resources=[key.key_arn]))

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("sqs", "sendMessage", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "QueueUrl": props.queue.queue_url,
                "MessageBody": props.message_body.value,
                "DelaySeconds": props.delay.to_seconds() if props.delay is not None else None,
                "MessageDeduplicationId": props.message_deduplication_id,
                "MessageGroupId": props.message_group_id,
            }, query_language),
        }

