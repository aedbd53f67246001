"""SNS tasks: ``SnsPublish`` and its message attributes."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    contains_task_token,
    integration_resource_arn,
    is_json_path_or_jsonata_expression,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.sns import ITopic


class MessageAttributeDataType(enum.Enum):
    """The data type of an SNS message attribute."""

    STRING = "String"
    """A UTF-8 string."""
    STRING_ARRAY = "String.Array"
    """An array, formatted as a string."""
    NUMBER = "Number"
    """A positive or negative integer or floating-point number."""
    BINARY = "Binary"
    """Binary data."""


_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


def _js_string(value: Any) -> str:
    """``${value}`` as JavaScript writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ",".join(_js_string(v) for v in value)
    return str(value)


def _js_typeof(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object"


def _render_attributes(scope: Construct, attributes: Mapping[str, MessageAttribute] | None) -> Any:
    if attributes is None:
        return None
    rendered = {key: _render_attribute(scope, value) for key, value in attributes.items()}
    return TaskInput.from_object(rendered).value


def _render_attribute(scope: Construct, attribute: MessageAttribute) -> dict[str, Any]:
    data_type = attribute.data_type
    value = attribute.value
    if isinstance(value, TaskInput):
        return _drop_none({
            "DataType": (data_type or MessageAttributeDataType.STRING).value,
            "StringValue": value.value if data_type != MessageAttributeDataType.BINARY else None,
            "BinaryValue": value.value if data_type == MessageAttributeDataType.BINARY else None,
        })
    if data_type == MessageAttributeDataType.BINARY:
        return {"DataType": data_type.value, "BinaryValue": _js_string(value)}
    if Token.is_unresolved(value):
        return {"DataType": (data_type or MessageAttributeDataType.STRING).value, "StringValue": value}
    _validate_attribute(scope, attribute)
    if isinstance(value, (list, tuple)):
        return {"DataType": MessageAttributeDataType.STRING_ARRAY.value,
                "StringValue": json.dumps(list(value), separators=(",", ":"))}
    if _js_typeof(value) == "number":
        return {"DataType": MessageAttributeDataType.NUMBER.value, "StringValue": _js_string(value)}
    return {"DataType": MessageAttributeDataType.STRING.value, "StringValue": _js_string(value)}


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _validate_attribute(scope: Construct, attribute: MessageAttribute) -> None:
    data_type = attribute.data_type
    value = attribute.value
    if data_type is None:
        return
    if isinstance(value, (list, tuple)):
        if data_type != MessageAttributeDataType.STRING_ARRAY:
            raise ValidationError(f"Requested SNS message attribute type was {data_type.value} but "
                                  f"{_js_string(list(value))} was of type Array", scope)
        for v in value:
            # aws-cdk-lib's check refuses every element that is not null (its condition is inverted)
            if v is not None or _js_typeof(v) not in ("string", "boolean", "number"):
                raise ValidationError("Requested SNS message attribute type was object but Array values must be "
                                      "one of string,boolean,number", scope)
        return
    message = (f"Requested SNS message attribute type was {data_type.value} but {_js_string(value)} was of type "
               f"{_js_typeof(value)}")
    kind = _js_typeof(value)
    if kind == "string":
        if is_json_path_or_jsonata_expression(value):
            return
        if data_type in (MessageAttributeDataType.STRING, MessageAttributeDataType.BINARY):
            return
    elif kind == "number":
        if data_type == MessageAttributeDataType.NUMBER:
            return
    elif kind == "boolean" and data_type == MessageAttributeDataType.STRING:
        return
    raise ValidationError(message, scope)


@structs.frozen(kw_only=True)
class MessageAttribute:
    """A message attribute to add to the SNS message.

    Attributes:
        value: The value of the attribute
        data_type: The data type for the attribute
    """

    value: Any
    data_type: MessageAttributeDataType | None = None


@structs.frozen(kw_only=True)
class SnsPublishJsonPathProps:
    """Properties for publishing a message to an SNS topic using JSONPath.

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
        message: The message you want to send
        topic: The SNS topic that the task will publish to
        message_attributes: Add message attributes when publishing
        message_deduplication_id: This parameter applies only to FIFO topics
        message_group_id: This parameter applies only to FIFO topics
        message_per_subscription_type: Send different messages for each transport protocol
        subject: Used as the "Subject" line when the message is delivered to email endpoints
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
    message: TaskInput
    topic: ITopic
    message_attributes: Mapping[str, MessageAttribute] | None = None
    message_deduplication_id: str | None = None
    message_group_id: str | None = None
    message_per_subscription_type: bool | None = None
    subject: str | None = None


@structs.frozen(kw_only=True)
class SnsPublishJsonataProps:
    """Properties for publishing a message to an SNS topic using JSONata.

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
        message: The message you want to send
        topic: The SNS topic that the task will publish to
        message_attributes: Add message attributes when publishing
        message_deduplication_id: This parameter applies only to FIFO topics
        message_group_id: This parameter applies only to FIFO topics
        message_per_subscription_type: Send different messages for each transport protocol
        subject: Used as the "Subject" line when the message is delivered to email endpoints
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
    message: TaskInput
    topic: ITopic
    message_attributes: Mapping[str, MessageAttribute] | None = None
    message_deduplication_id: str | None = None
    message_group_id: str | None = None
    message_per_subscription_type: bool | None = None
    subject: str | None = None


@structs.frozen(kw_only=True)
class SnsPublishProps:
    """Properties for publishing a message to an SNS topic.

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
        message: The message you want to send
        topic: The SNS topic that the task will publish to
        message_attributes: Add message attributes when publishing
        message_deduplication_id: This parameter applies only to FIFO topics
        message_group_id: This parameter applies only to FIFO topics
        message_per_subscription_type: Send different messages for each transport protocol
        subject: Used as the "Subject" line when the message is delivered to email endpoints
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
    message: TaskInput
    topic: ITopic
    message_attributes: Mapping[str, MessageAttribute] | None = None
    message_deduplication_id: str | None = None
    message_group_id: str | None = None
    message_per_subscription_type: bool | None = None
    subject: str | None = None


class SnsPublish(TaskStateBase):
    """A Step Functions Task to publish messages to SNS topic.

    Args:
        message: The message you want to send
        topic: The SNS topic that the task will publish to
        message_attributes: Add message attributes when publishing
        message_deduplication_id: This parameter applies only to FIFO topics
        message_group_id: This parameter applies only to FIFO topics
        message_per_subscription_type: Send different messages for each transport protocol
        subject: Used as the "Subject" line when the message is delivered to email endpoints
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
        message: TaskInput,
        topic: ITopic,
        message_attributes: Mapping[str, MessageAttribute] | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        message_per_subscription_type: bool | None = None,
        subject: str | None = None,
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
    ) -> SnsPublish:
        """A Step Functions Task to publish messages to SNS topic using JSONPath."""
        kwargs = task_kwargs(locals())
        return SnsPublish(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        message: TaskInput,
        topic: ITopic,
        message_attributes: Mapping[str, MessageAttribute] | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        message_per_subscription_type: bool | None = None,
        subject: str | None = None,
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
    ) -> SnsPublish:
        """A Step Functions Task to publish messages to SNS topic using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return SnsPublish(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        message: TaskInput,
        topic: ITopic,
        message_attributes: Mapping[str, MessageAttribute] | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        message_per_subscription_type: bool | None = None,
        subject: str | None = None,
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
        if self._integration_pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN and not contains_task_token(
            props.message
        ):
            raise ValidationError("Task Token is required in `message` Use JsonPath.taskToken to set the token.",
                                  self)
        topic = props.topic
        if topic.fifo:
            group = props.message_group_id
            if not group:
                raise ValidationError("'messageGroupId' is required for FIFO topics", self)
            if len(group) > 128:
                raise ValidationError(f"'messageGroupId' must be at most 128 characters long, got {len(group)}", self)
            if not topic.content_based_deduplication and not props.message_deduplication_id:
                raise ValidationError(
                    "'messageDeduplicationId' is required for FIFO topics with 'contentBasedDeduplication' disabled",
                    self)
            dedup = props.message_deduplication_id
            if dedup and len(dedup) > 128:
                raise ValidationError(
                    f"'messageDeduplicationId' must be at most 128 characters long, got {len(dedup)}", self)
        self._task_policies = [iam.PolicyStatement(actions=["sns:Publish"], resources=[topic.topic_arn])]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("sns", "publish", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "TopicArn": props.topic.topic_arn,
                "Message": props.message.value,
                "MessageDeduplicationId": props.message_deduplication_id,
                "MessageGroupId": props.message_group_id,
                "MessageStructure": "json" if props.message_per_subscription_type else None,
                "MessageAttributes": _render_attributes(self, props.message_attributes),
                "Subject": props.subject,
            }, query_language),
        }

