"""HTTP tasks: ``HttpInvoke``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import TaskProps, task_kwargs

if TYPE_CHECKING:
    from l2.events import IConnection


@structs.frozen(kw_only=True)
class HttpInvokeJsonPathProps:
    """Properties for calling an external HTTP endpoint with HttpInvoke using JSONPath.

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
        api_endpoint: The API endpoint to call, relative to ``apiRoot``
        api_root: Permissions are granted to call all resources under this path
        connection: The EventBridge Connection to use for authentication
        method: The HTTP method to use
        body: The body to send to the HTTP endpoint
        headers: The headers to send to the HTTP endpoint
        query_string_parameters: The query string parameters to send to the HTTP endpoint
        url_encoding_format: Determines whether to apply URL encoding to the request body, and which array encoding format to use
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
    api_endpoint: TaskInput
    api_root: str
    connection: IConnection
    method: TaskInput
    body: TaskInput | None = None
    headers: TaskInput | None = None
    query_string_parameters: TaskInput | None = None
    url_encoding_format: URLEncodingFormat | None = None


@structs.frozen(kw_only=True)
class HttpInvokeJsonataProps:
    """Properties for calling an external HTTP endpoint with HttpInvoke using JSONata.

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
        api_endpoint: The API endpoint to call, relative to ``apiRoot``
        api_root: Permissions are granted to call all resources under this path
        connection: The EventBridge Connection to use for authentication
        method: The HTTP method to use
        body: The body to send to the HTTP endpoint
        headers: The headers to send to the HTTP endpoint
        query_string_parameters: The query string parameters to send to the HTTP endpoint
        url_encoding_format: Determines whether to apply URL encoding to the request body, and which array encoding format to use
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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
    api_endpoint: TaskInput
    api_root: str
    connection: IConnection
    method: TaskInput
    body: TaskInput | None = None
    headers: TaskInput | None = None
    query_string_parameters: TaskInput | None = None
    url_encoding_format: URLEncodingFormat | None = None


@structs.frozen(kw_only=True)
class HttpInvokeProps:
    """Properties for calling an external HTTP endpoint with HttpInvoke.

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
        api_endpoint: The API endpoint to call, relative to ``apiRoot``
        api_root: Permissions are granted to call all resources under this path
        connection: The EventBridge Connection to use for authentication
        method: The HTTP method to use
        body: The body to send to the HTTP endpoint
        headers: The headers to send to the HTTP endpoint
        query_string_parameters: The query string parameters to send to the HTTP endpoint
        url_encoding_format: Determines whether to apply URL encoding to the request body, and which array encoding format to use
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
    api_endpoint: TaskInput
    api_root: str
    connection: IConnection
    method: TaskInput
    body: TaskInput | None = None
    headers: TaskInput | None = None
    query_string_parameters: TaskInput | None = None
    url_encoding_format: URLEncodingFormat | None = None


class HttpInvoke(TaskStateBase):
    """A Step Functions Task to call a public third-party API.

    Args:
        api_endpoint: The API endpoint to call, relative to ``apiRoot``
        api_root: Permissions are granted to call all resources under this path
        connection: The EventBridge Connection to use for authentication
        method: The HTTP method to use
        body: The body to send to the HTTP endpoint
        headers: The headers to send to the HTTP endpoint
        query_string_parameters: The query string parameters to send to the HTTP endpoint
        url_encoding_format: Determines whether to apply URL encoding to the request body, and which array encoding format to use
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
        api_endpoint: TaskInput,
        api_root: str,
        connection: IConnection,
        method: TaskInput,
        body: TaskInput | None = None,
        headers: TaskInput | None = None,
        query_string_parameters: TaskInput | None = None,
        url_encoding_format: URLEncodingFormat | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> HttpInvoke:
        """A Step Functions Task to call a public third-party API using JSONPath."""
        kwargs = task_kwargs(locals())
        return HttpInvoke(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        api_endpoint: TaskInput,
        api_root: str,
        connection: IConnection,
        method: TaskInput,
        body: TaskInput | None = None,
        headers: TaskInput | None = None,
        query_string_parameters: TaskInput | None = None,
        url_encoding_format: URLEncodingFormat | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
    ) -> HttpInvoke:
        """A Step Functions Task to call a public third-party API using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return HttpInvoke(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_endpoint: TaskInput,
        api_root: str,
        connection: IConnection,
        method: TaskInput,
        body: TaskInput | None = None,
        headers: TaskInput | None = None,
        query_string_parameters: TaskInput | None = None,
        url_encoding_format: URLEncodingFormat | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)

