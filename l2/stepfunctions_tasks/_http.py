"""HTTP tasks: ``HttpInvoke``."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, FeatureFlags
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    IntegrationPattern,
    JsonPath,
    QueryLanguage,
    TaskInput,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    is_jsonata_expression,
    task_kwargs,
)

if TYPE_CHECKING:
    from l2.events import IConnection


_DYNAMIC_JSONPATH_ENDPOINT = "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint"


class URLEncodingFormat(enum.Enum):
    """How an HTTP task URL-encodes arrays in the request body."""

    BRACKETS = "BRACKETS"
    """``array[]=a&array[]=b``."""
    COMMAS = "COMMAS"
    """``array=a,b``."""
    DEFAULT = "DEFAULT"
    """Step Functions' default (``REPEAT``)."""
    INDICES = "INDICES"
    """``array[0]=a&array[1]=b``."""
    NONE = "NONE"
    """No URL encoding."""
    REPEAT = "REPEAT"
    """``array=a&array=b``."""


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
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
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
    assign: Mapping[str, object] | None = None
    outputs: object = None
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
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
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
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
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

        connection = props.connection
        api_root = props.api_root
        self._task_policies = [
            iam.PolicyStatement(actions=["events:RetrieveConnectionCredentials"],
                                resources=[connection.connection_arn]),
            iam.PolicyStatement(actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                                resources=[connection.connection_secret_arn]),
            iam.PolicyStatement(actions=["states:InvokeHTTPEndpoint"], resources=["*"], conditions={
                "StringLike": {"states:HTTPEndpoint": f"{'' if is_jsonata_expression(api_root) else api_root}*"},
            }),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("http", "invoke"),
            **self._render_parameters_or_arguments(self._task_parameters(), query_language),
        }

    def _task_parameters(self) -> dict[str, Any]:
        props = self._props
        # the state's own query language (not the state machine's), as aws-cdk-lib reads it
        use_jsonata = props.query_language == QueryLanguage.JSONATA

        def un_jsonata(v: str) -> str:
            return re.sub(r"%}$", "", re.sub(r"^{%", "", v)).strip()

        def string_value(v: str) -> str:
            return f"'{v}'" if use_jsonata and not is_jsonata_expression(v) else un_jsonata(v)

        endpoint = props.api_endpoint.value
        if use_jsonata:
            api_endpoint = f"{{% {string_value(props.api_root)} & '/' & {string_value(endpoint)} %}}"
        # unset, the flag behaves as enabled in aws-cdk-lib v2 (its unconfiguredBehavesLike)
        elif (self.node.try_get_context(_DYNAMIC_JSONPATH_ENDPOINT) is None
              or FeatureFlags.of(self).is_enabled(_DYNAMIC_JSONPATH_ENDPOINT)):
            api_endpoint = JsonPath.format("{}/{}", props.api_root, endpoint)
        else:
            api_endpoint = f"{props.api_root}/{endpoint}"
        parameters: dict[str, Any] = {
            "ApiEndpoint": api_endpoint,
            "Authentication": {"ConnectionArn": props.connection.connection_arn},
            "Method": props.method.value,
            "Headers": props.headers.value if props.headers is not None else None,
            "RequestBody": props.body.value if props.body is not None else None,
            "QueryParameters": (props.query_string_parameters.value
                                if props.query_string_parameters is not None else None),
        }
        encoding = props.url_encoding_format
        if encoding is not None and encoding != URLEncodingFormat.NONE:
            parameters["Headers"] = {**(parameters["Headers"] or {}),
                                     "Content-Type": "application/x-www-form-urlencoded"}
            transform: dict[str, Any] = {"RequestBodyEncoding": "URL_ENCODED"}
            if encoding != URLEncodingFormat.DEFAULT:
                transform["RequestEncodingOptions"] = {"ArrayFormat": encoding.value}
            parameters["Transform"] = transform
        return parameters

