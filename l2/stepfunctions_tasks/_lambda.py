"""Lambda tasks: ``LambdaInvoke``."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, ValidationError
from constructs.internals import deprecated, structs
from l2.stepfunctions import (
    Credentials,
    IntegrationPattern,
    QueryLanguage,
    TaskInput,
    TaskMetricsConfig,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    contains_task_token,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.lambda_ import IFunction


class LambdaInvocationType(enum.Enum):
    """How a Lambda function is invoked."""

    REQUEST_RESPONSE = "RequestResponse"
    """Synchronously: wait for the function's response."""
    EVENT = "Event"
    """Asynchronously: the response only holds a status code."""
    DRY_RUN = "DryRun"
    """Only validate the parameters and the caller's permission."""


_LAMBDA_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


@structs.frozen(kw_only=True)
class LambdaInvokeJsonPathProps:
    """Properties for invoking a Lambda function with LambdaInvoke using JsonPath.

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
        lambda_function: Lambda function to invoke
        client_context: Up to 3583 bytes of base64-encoded data about the invoking client to pass to the function
        invocation_type: Invocation type of the Lambda function
        payload: The JSON that will be supplied as input to the Lambda function
        payload_response_only: Invoke the Lambda in a way that only returns the payload response without additional metadata
        qualifier: (deprecated) Version or alias to invoke a published version of the function
        retry_on_service_exceptions: Whether to retry on Lambda service exceptions
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
    lambda_function: IFunction
    client_context: str | None = None
    invocation_type: LambdaInvocationType | None = None
    payload: TaskInput | None = None
    payload_response_only: bool | None = None
    qualifier: str | None = None
    retry_on_service_exceptions: bool | None = None


@structs.frozen(kw_only=True)
class LambdaInvokeJsonataProps:
    """Properties for invoking a Lambda function with LambdaInvoke using Jsonata.

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
        lambda_function: Lambda function to invoke
        client_context: Up to 3583 bytes of base64-encoded data about the invoking client to pass to the function
        invocation_type: Invocation type of the Lambda function
        payload: The JSON that will be supplied as input to the Lambda function
        payload_response_only: Invoke the Lambda in a way that only returns the payload response without additional metadata
        qualifier: (deprecated) Version or alias to invoke a published version of the function
        retry_on_service_exceptions: Whether to retry on Lambda service exceptions
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
    lambda_function: IFunction
    client_context: str | None = None
    invocation_type: LambdaInvocationType | None = None
    payload: TaskInput | None = None
    payload_response_only: bool | None = None
    qualifier: str | None = None
    retry_on_service_exceptions: bool | None = None


@structs.frozen(kw_only=True)
class LambdaInvokeProps:
    """Properties for invoking a Lambda function with LambdaInvoke.

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
        lambda_function: Lambda function to invoke
        client_context: Up to 3583 bytes of base64-encoded data about the invoking client to pass to the function
        invocation_type: Invocation type of the Lambda function
        payload: The JSON that will be supplied as input to the Lambda function
        payload_response_only: Invoke the Lambda in a way that only returns the payload response without additional metadata
        qualifier: (deprecated) Version or alias to invoke a published version of the function
        retry_on_service_exceptions: Whether to retry on Lambda service exceptions
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
    lambda_function: IFunction
    client_context: str | None = None
    invocation_type: LambdaInvocationType | None = None
    payload: TaskInput | None = None
    payload_response_only: bool | None = None
    qualifier: str | None = None
    retry_on_service_exceptions: bool | None = None


class LambdaInvoke(TaskStateBase):
    """Invoke a Lambda function as a Task.

    Args:
        lambda_function: Lambda function to invoke
        client_context: Up to 3583 bytes of base64-encoded data about the invoking client to pass to the function
        invocation_type: Invocation type of the Lambda function
        payload: The JSON that will be supplied as input to the Lambda function
        payload_response_only: Invoke the Lambda in a way that only returns the payload response without additional metadata
        qualifier: (deprecated) Version or alias to invoke a published version of the function
        retry_on_service_exceptions: Whether to retry on Lambda service exceptions
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
        lambda_function: IFunction,
        client_context: str | None = None,
        invocation_type: LambdaInvocationType | None = None,
        payload: TaskInput | None = None,
        payload_response_only: bool | None = None,
        qualifier: str | None = None,
        retry_on_service_exceptions: bool | None = None,
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
    ) -> LambdaInvoke:
        """Invoke a Lambda function as a Task using JSONPath."""
        kwargs = task_kwargs(locals())
        return LambdaInvoke(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        lambda_function: IFunction,
        client_context: str | None = None,
        invocation_type: LambdaInvocationType | None = None,
        payload: TaskInput | None = None,
        payload_response_only: bool | None = None,
        qualifier: str | None = None,
        retry_on_service_exceptions: bool | None = None,
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
    ) -> LambdaInvoke:
        """Invoke a Lambda function as a Task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return LambdaInvoke(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_function: IFunction,
        client_context: str | None = None,
        invocation_type: LambdaInvocationType | None = None,
        payload: TaskInput | None = None,
        payload_response_only: bool | None = None,
        qualifier: str | None = None,
        retry_on_service_exceptions: bool | None = None,
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
        validate_pattern_supported(self._integration_pattern, _LAMBDA_PATTERNS)
        if props.qualifier is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions_tasks.LambdaInvokeProps#qualifier",
                       "pass a Version or Alias object as lambdaFunction instead")
        if (self._integration_pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN
                and not contains_task_token(props.payload)):
            raise ValidationError(
                "Task Token is required in `payload` for callback. Use JsonPath.taskToken to set the token.", self)
        if props.payload_response_only and (props.integration_pattern or props.invocation_type
                                            or props.client_context or props.qualifier):
            raise ValidationError(
                "The 'payloadResponseOnly' property cannot be used if 'integrationPattern', 'invocationType', "
                "'clientContext', or 'qualifier' are specified.", self)
        fn = props.lambda_function
        dimensions = {"LambdaFunctionArn": fn.function_arn}
        if props.qualifier:
            dimensions["Qualifier"] = props.qualifier
        self._task_metrics = TaskMetricsConfig(metric_prefix_singular="LambdaFunction",
                                               metric_prefix_plural="LambdaFunctions", metric_dimensions=dimensions)
        self._task_policies = [iam.PolicyStatement(resources=fn.resource_arns_for_grant_invoke,
                                                   actions=["lambda:InvokeFunction"])]
        if props.retry_on_service_exceptions is None or props.retry_on_service_exceptions:
            self.add_retry(errors=["Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
                                   "Lambda.AWSLambdaException", "Lambda.SdkClientException"],
                           interval=Duration.seconds(2), max_attempts=6, backoff_rate=2)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        if props.payload_response_only:
            resource = props.lambda_function.function_arn
            param_or_arg = props.payload.value if props.payload is not None else None
        else:
            resource = integration_resource_arn("lambda", "invoke", self._integration_pattern)
            if props.payload is not None:
                payload = props.payload.value
            elif query_language == QueryLanguage.JSONATA:
                payload = "{% $states.input %}"
            else:
                payload = TaskInput.from_json_path_at("$").value
            param_or_arg = {
                "FunctionName": props.lambda_function.function_arn,
                "Payload": payload,
                "InvocationType": props.invocation_type.value if props.invocation_type else None,
                "ClientContext": props.client_context,
                "Qualifier": props.qualifier,
            }
        return {"Resource": resource, **self._render_parameters_or_arguments(param_or_arg, query_language)}

