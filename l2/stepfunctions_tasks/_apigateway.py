"""API Gateway tasks: call a REST API or an HTTP API endpoint."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Stack, ValidationError
from constructs.internals import apply_property_injection, structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    contains_task_token,
    integration_resource_arn,
    is_jsonata_expression,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.apigateway import IRestApi


class HttpMethod(enum.Enum):
    """The HTTP method of an API Gateway call."""

    GET = "GET"
    """GET."""
    POST = "POST"
    """POST."""
    PUT = "PUT"
    """PUT."""
    DELETE = "DELETE"
    """DELETE."""
    PATCH = "PATCH"
    """PATCH."""
    HEAD = "HEAD"
    """HEAD."""
    OPTIONS = "OPTIONS"
    """OPTIONS."""


class AuthType(enum.Enum):
    """How an API Gateway call authenticates."""

    NO_AUTH = "NO_AUTH"
    """No authentication (the default)."""
    IAM_ROLE = "IAM_ROLE"
    """With the state machine's role."""
    RESOURCE_POLICY = "RESOURCE_POLICY"
    """With the API's resource policy."""


_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


def _js(value: str | None) -> str:
    """``${value}`` as a JavaScript template literal writes it (``undefined`` when not given)."""
    return "undefined" if value is None else value


def _validate_base(task: TaskStateBase, props: TaskProps) -> None:
    task._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE  # type: ignore[attr-defined]
    validate_pattern_supported(task._integration_pattern, _PATTERNS)  # type: ignore[attr-defined]
    if (task._integration_pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN  # type: ignore[attr-defined]
            and not contains_task_token(props.headers)):
        raise ValidationError("Task Token is required in `headers` for WAIT_FOR_TASK_TOKEN pattern. Use "
                              "JsonPath.taskToken to set the token.", task)


def _policy_statements(props: TaskProps, arn_for_execute_api: str) -> list[Any]:
    if props.auth_type == AuthType.NO_AUTH:
        return []
    from l2 import iam

    return [iam.PolicyStatement(resources=[arn_for_execute_api], actions=["execute-api:Invoke"])]


def _render(task: Any, top_level_query_language: QueryLanguage | None) -> Any:
    props = task._props
    query_language = actual_query_language(top_level_query_language, props.query_language)
    return {
        "Resource": integration_resource_arn("apigateway", "invoke", task._integration_pattern),
        **task._render_parameters_or_arguments({
            "ApiEndpoint": task._api_endpoint,
            "Method": props.method.value,
            "Headers": props.headers.value if props.headers is not None else None,
            "Stage": task._stage_name,
            "Path": props.api_path,
            "QueryParameters": props.query_parameters.value if props.query_parameters is not None else None,
            "RequestBody": props.request_body.value if props.request_body is not None else None,
            "AuthType": props.auth_type.value if props.auth_type else "NO_AUTH",
        }, query_language),
    }


@structs.frozen(kw_only=True)
class CallApiGatewayEndpointBaseOptions:
    """Base CallApiGatewayEdnpoint Task Props.

    Attributes:
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
    """

    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayEndpointBaseProps:
    """Base CallApiGatewayEndpoint Task Props.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayEndpointJsonPathBaseProps:
    """Base CallApiGatewayEndpoint Task Props.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayEndpointJsonataBaseProps:
    """Base CallApiGatewayEndpoint Task Props.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayRestApiEndpointOptions:
    """Base properties for calling an REST API Endpoint.

    Attributes:
        api: API to call
        stage_name: Name of the stage where the API is deployed to in API Gateway
        region: Specify a custom Region where the API is deployed, e.g
    """

    api: IRestApi
    stage_name: str
    region: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointOptions:
    """Base properties for calling an HTTP API Endpoint.

    Attributes:
        api_id: The Id of the API to call
        api_stack: The Stack in which the API is defined
        stage_name: Name of the stage where the API is deployed to in API Gateway
    """

    api_id: str
    api_stack: Stack
    stage_name: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayRestApiEndpointJsonPathProps:
    """Properties for calling an REST API Endpoint using JSONPath.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
        api: API to call
        stage_name: Name of the stage where the API is deployed to in API Gateway
        region: Specify a custom Region where the API is deployed, e.g
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None
    api: IRestApi
    stage_name: str
    region: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayRestApiEndpointJsonataProps:
    """Properties for calling an REST API Endpoint using JSONata.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
        api: API to call
        stage_name: Name of the stage where the API is deployed to in API Gateway
        region: Specify a custom Region where the API is deployed, e.g
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None
    api: IRestApi
    stage_name: str
    region: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayRestApiEndpointProps:
    """Properties for calling an REST API Endpoint.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
        api: API to call
        stage_name: Name of the stage where the API is deployed to in API Gateway
        region: Specify a custom Region where the API is deployed, e.g
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None
    api: IRestApi
    stage_name: str
    region: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointJsonPathProps:
    """Properties for calling an HTTP API Endpoint using JSONPath.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
        api_id: The Id of the API to call
        api_stack: The Stack in which the API is defined
        stage_name: Name of the stage where the API is deployed to in API Gateway
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None
    api_id: str
    api_stack: Stack
    stage_name: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointJsonataProps:
    """Properties for calling an HTTP API Endpoint using JSONata.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
        api_id: The Id of the API to call
        api_stack: The Stack in which the API is defined
        stage_name: Name of the stage where the API is deployed to in API Gateway
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None
    api_id: str
    api_stack: Stack
    stage_name: str | None = None


@structs.frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointProps:
    """Properties for calling an HTTP API Endpoint.

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
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
        api_id: The Id of the API to call
        api_stack: The Stack in which the API is defined
        stage_name: Name of the stage where the API is deployed to in API Gateway
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
    method: HttpMethod
    api_path: str | None = None
    auth_type: AuthType | None = None
    headers: TaskInput | None = None
    query_parameters: TaskInput | None = None
    request_body: TaskInput | None = None
    api_id: str
    api_stack: Stack
    stage_name: str | None = None


class CallApiGatewayRestApiEndpoint(TaskStateBase):
    """Call REST API endpoint as a Task.

    Args:
        api: API to call
        stage_name: Name of the stage where the API is deployed to in API Gateway
        region: Specify a custom Region where the API is deployed, e.g
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
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
        api: IRestApi,
        stage_name: str,
        region: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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
    ) -> CallApiGatewayRestApiEndpoint:
        """Call REST API endpoint as a Task  using JSONPath."""
        kwargs = task_kwargs(locals())
        return CallApiGatewayRestApiEndpoint(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        api: IRestApi,
        stage_name: str,
        region: str | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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
    ) -> CallApiGatewayRestApiEndpoint:
        """Call REST API endpoint as a Task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return CallApiGatewayRestApiEndpoint(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IRestApi,
        stage_name: str,
        region: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayRestApiEndpoint"
    """The id property injectors register for."""

    def _setup(self, props: TaskProps) -> None:
        _validate_base(self, props)
        api_stack = Stack.of(props.api)
        self._api_endpoint = (f"{props.api.rest_api_id}.execute-api.{props.region or api_stack.region}."
                              f"{api_stack.url_suffix}")
        path = props.api_path
        # arguments left undefined take the method's defaults, as in JavaScript
        given = {"path": "/*" if path and is_jsonata_expression(path) else path, "stage": props.stage_name}
        self._arn_for_execute_api = props.api.arn_for_execute_api(
            props.method.value, **{k: v for k, v in given.items() if v is not None})
        self._stage_name = props.stage_name
        self._task_policies = _policy_statements(props, self._arn_for_execute_api)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        return _render(self, top_level_query_language)



class CallApiGatewayHttpApiEndpoint(TaskStateBase):
    """Call HTTP API endpoint as a Task.

    Args:
        api_id: The Id of the API to call
        api_stack: The Stack in which the API is defined
        stage_name: Name of the stage where the API is deployed to in API Gateway
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        method: Http method for the API
        api_path: Path parameters appended after API endpoint
        auth_type: Authentication methods
        headers: HTTP request information that does not relate to contents of the request
        query_parameters: Query strings attached to end of request
        request_body: HTTP Request body
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
        api_id: str,
        api_stack: Stack,
        stage_name: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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
    ) -> CallApiGatewayHttpApiEndpoint:
        """Call HTTP API endpoint as a Task using JSONPath."""
        kwargs = task_kwargs(locals())
        return CallApiGatewayHttpApiEndpoint(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        api_id: str,
        api_stack: Stack,
        stage_name: str | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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
    ) -> CallApiGatewayHttpApiEndpoint:
        """Call HTTP API endpoint as a Task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return CallApiGatewayHttpApiEndpoint(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_id: str,
        api_stack: Stack,
        stage_name: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayHttpApiEndpoint"
    """The id property injectors register for."""

    def _setup(self, props: TaskProps) -> None:
        _validate_base(self, props)
        api_stack = props.api_stack
        self._api_endpoint = f"{props.api_id}.execute-api.{api_stack.region}.{api_stack.url_suffix}"
        self._arn_for_execute_api = api_stack.format_arn(
            service="execute-api", resource=props.api_id, arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name=f"{_js(props.stage_name)}/{props.method.value}{_js(props.api_path)}")
        self._stage_name = props.stage_name
        self._task_policies = _policy_statements(props, self._arn_for_execute_api)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        return _render(self, top_level_query_language)


apply_property_injection(CallApiGatewayRestApiEndpoint)
apply_property_injection(CallApiGatewayHttpApiEndpoint)
