"""Athena tasks: start, get, stop a query execution and get its results."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.s3 import Location


class EncryptionOption(enum.Enum):
    """How Athena encrypts the query results."""

    S3_MANAGED = "SSE_S3"
    """Server-side, with S3-managed keys."""
    KMS = "SSE_KMS"
    """Server-side, with a KMS key."""
    CLIENT_SIDE_KMS = "CSE_KMS"
    """Client-side, with a KMS key."""


_START_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)

_GLUE_ACTIONS = [
    "glue:BatchCreatePartition", "glue:BatchDeletePartition", "glue:BatchDeleteTable", "glue:BatchGetPartition",
    "glue:CreateDatabase", "glue:CreatePartition", "glue:CreateTable", "glue:DeleteDatabase", "glue:DeletePartition",
    "glue:DeleteTable", "glue:GetDatabase", "glue:GetDatabases", "glue:GetPartition", "glue:GetPartitions",
    "glue:GetTable", "glue:GetTables", "glue:UpdateDatabase", "glue:UpdatePartition", "glue:UpdateTable",
]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@structs.frozen(kw_only=True)
class QueryExecutionContext:
    """Database and data catalog context in which the query execution occurs.

    Attributes:
        catalog_name: Name of catalog used in query execution
        database_name: Name of database used in query execution
    """

    catalog_name: str | None = None
    database_name: str | None = None


@structs.frozen(kw_only=True)
class ResultConfiguration:
    """Location of query result along with S3 bucket configuration.

    Attributes:
        encryption_configuration: Encryption option used if enabled in S3
        output_location: S3 path of query results
    """

    encryption_configuration: EncryptionConfiguration | None = None
    output_location: Location | None = None


@structs.frozen(kw_only=True)
class EncryptionConfiguration:
    """Encryption Configuration of the S3 bucket.

    Attributes:
        encryption_option: Type of S3 server-side encryption enabled
        encryption_key: KMS key ARN or ID
    """

    encryption_option: EncryptionOption
    encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class AthenaStartQueryExecutionJsonPathProps:
    """Properties for starting a Query Execution using JSONPath.

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
        query_string: Query that will be started
        client_request_token: Unique string string to ensure idempotence
        execution_parameters: A list of values for the parameters in a query
        query_execution_context: Database within which query executes
        result_configuration: Configuration on how and where to save query
        result_reuse_configuration_max_age: Specifies, in minutes, the maximum age of a previous query result that Athena should consider for reuse
        work_group: Configuration on how and where to save query
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
    query_string: str
    client_request_token: str | None = None
    execution_parameters: Sequence[str] | None = None
    query_execution_context: QueryExecutionContext | None = None
    result_configuration: ResultConfiguration | None = None
    result_reuse_configuration_max_age: Duration | None = None
    work_group: str | None = None


@structs.frozen(kw_only=True)
class AthenaStartQueryExecutionJsonataProps:
    """Properties for starting a Query Execution using JSONata.

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
        query_string: Query that will be started
        client_request_token: Unique string string to ensure idempotence
        execution_parameters: A list of values for the parameters in a query
        query_execution_context: Database within which query executes
        result_configuration: Configuration on how and where to save query
        result_reuse_configuration_max_age: Specifies, in minutes, the maximum age of a previous query result that Athena should consider for reuse
        work_group: Configuration on how and where to save query
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
    query_string: str
    client_request_token: str | None = None
    execution_parameters: Sequence[str] | None = None
    query_execution_context: QueryExecutionContext | None = None
    result_configuration: ResultConfiguration | None = None
    result_reuse_configuration_max_age: Duration | None = None
    work_group: str | None = None


@structs.frozen(kw_only=True)
class AthenaStartQueryExecutionProps:
    """Properties for starting a Query Execution.

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
        query_string: Query that will be started
        client_request_token: Unique string string to ensure idempotence
        execution_parameters: A list of values for the parameters in a query
        query_execution_context: Database within which query executes
        result_configuration: Configuration on how and where to save query
        result_reuse_configuration_max_age: Specifies, in minutes, the maximum age of a previous query result that Athena should consider for reuse
        work_group: Configuration on how and where to save query
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
    query_string: str
    client_request_token: str | None = None
    execution_parameters: Sequence[str] | None = None
    query_execution_context: QueryExecutionContext | None = None
    result_configuration: ResultConfiguration | None = None
    result_reuse_configuration_max_age: Duration | None = None
    work_group: str | None = None


@structs.frozen(kw_only=True)
class AthenaGetQueryExecutionJsonPathProps:
    """Properties for getting a Query Execution using JSONPath.

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
        query_execution_id: Query that will be retrieved
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
    query_execution_id: str


@structs.frozen(kw_only=True)
class AthenaGetQueryExecutionJsonataProps:
    """Properties for getting a Query Execution using JSONata.

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
        query_execution_id: Query that will be retrieved
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
    query_execution_id: str


@structs.frozen(kw_only=True)
class AthenaGetQueryExecutionProps:
    """Properties for getting a Query Execution.

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
        query_execution_id: Query that will be retrieved
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
    query_execution_id: str


@structs.frozen(kw_only=True)
class AthenaGetQueryResultsJsonPathProps:
    """Properties for getting a Query Results using JSONPath.

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
        query_execution_id: Query that will be retrieved
        max_results: Max number of results
        next_token: Pagination token
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
    query_execution_id: str
    max_results: float | None = None
    next_token: str | None = None


@structs.frozen(kw_only=True)
class AthenaGetQueryResultsJsonataProps:
    """Properties for getting a Query Results using JSONata.

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
        query_execution_id: Query that will be retrieved
        max_results: Max number of results
        next_token: Pagination token
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
    query_execution_id: str
    max_results: float | None = None
    next_token: str | None = None


@structs.frozen(kw_only=True)
class AthenaGetQueryResultsProps:
    """Properties for getting a Query Results.

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
        query_execution_id: Query that will be retrieved
        max_results: Max number of results
        next_token: Pagination token
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
    query_execution_id: str
    max_results: float | None = None
    next_token: str | None = None


@structs.frozen(kw_only=True)
class AthenaStopQueryExecutionJsonPathProps:
    """Properties for stopping a Query Execution using JSONPath.

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
        query_execution_id: Query that will be stopped
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
    query_execution_id: str


@structs.frozen(kw_only=True)
class AthenaStopQueryExecutionJsonataProps:
    """Properties for stopping a Query Execution using JSONata.

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
        query_execution_id: Query that will be stopped
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
    query_execution_id: str


@structs.frozen(kw_only=True)
class AthenaStopQueryExecutionProps:
    """Properties for stopping a Query Execution.

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
        query_execution_id: Query that will be stopped
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
    query_execution_id: str


class AthenaStartQueryExecution(TaskStateBase):
    """Start an Athena Query as a Task.

    Args:
        query_string: Query that will be started
        client_request_token: Unique string string to ensure idempotence
        execution_parameters: A list of values for the parameters in a query
        query_execution_context: Database within which query executes
        result_configuration: Configuration on how and where to save query
        result_reuse_configuration_max_age: Specifies, in minutes, the maximum age of a previous query result that Athena should consider for reuse
        work_group: Configuration on how and where to save query
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
        query_string: str,
        client_request_token: str | None = None,
        execution_parameters: Sequence[str] | None = None,
        query_execution_context: QueryExecutionContext | None = None,
        result_configuration: ResultConfiguration | None = None,
        result_reuse_configuration_max_age: Duration | None = None,
        work_group: str | None = None,
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
    ) -> AthenaStartQueryExecution:
        """Start an Athena Query as a Task using JSONPath."""
        kwargs = task_kwargs(locals())
        return AthenaStartQueryExecution(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        query_string: str,
        client_request_token: str | None = None,
        execution_parameters: Sequence[str] | None = None,
        query_execution_context: QueryExecutionContext | None = None,
        result_configuration: ResultConfiguration | None = None,
        result_reuse_configuration_max_age: Duration | None = None,
        work_group: str | None = None,
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
    ) -> AthenaStartQueryExecution:
        """Start an Athena Query as a Task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return AthenaStartQueryExecution(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        query_string: str,
        client_request_token: str | None = None,
        execution_parameters: Sequence[str] | None = None,
        query_execution_context: QueryExecutionContext | None = None,
        result_configuration: ResultConfiguration | None = None,
        result_reuse_configuration_max_age: Duration | None = None,
        work_group: str | None = None,
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
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _START_PATTERNS)
        params = props.execution_parameters
        if params is not None and not Token.is_unresolved(params):
            if len(params) == 0:
                raise ValidationError("'executionParameters' must be a non-empty list", self)
            if any(len(p) < 1 or len(p) > 1024 for p in params):
                raise ValidationError("'executionParameters' items's length must be between 1 and 1024 characters",
                                      self)
        max_age = props.result_reuse_configuration_max_age
        if max_age is not None and not Token.is_unresolved(max_age):
            millis = max_age.to_milliseconds()
            if 0 < millis < Duration.minutes(1).to_milliseconds():
                raise ValidationError("resultReuseConfigurationMaxAge must be greater than or equal to 1 minute or be "
                                      f"equal to 0, got {_num(millis)} ms", self)
            minutes = max_age.to_minutes()
            if minutes > 10080:
                raise ValidationError("resultReuseConfigurationMaxAge must either be 0 or between 1 and 10080 minutes, "
                                      f"got {_num(minutes)}", self)
        self._task_policies = self._policy_statements()

    def _policy_statements(self) -> list[Any]:
        from l2 import iam

        props = self._props
        stack = Stack.of(self)
        context = props.query_execution_context
        catalog = field(context, "catalog_name") or "AwsDataCatalog"
        database = field(context, "database_name") or "default"
        output = field(props.result_configuration, "output_location")
        output_resource = (stack.format_arn(region="", account="", service="s3", resource=field(output, "bucket_name"),
                                            resource_name=f"{field(output, 'object_key')}/*")
                           if field(output, "bucket_name") else "*")
        return [
            iam.PolicyStatement(
                resources=[stack.format_arn(service="athena", resource="datacatalog", resource_name=catalog),
                           stack.format_arn(service="athena", resource="workgroup",
                                            resource_name=props.work_group or "primary")],
                actions=["athena:getDataCatalog", "athena:startQueryExecution", "athena:getQueryExecution"],
            ),
            iam.PolicyStatement(actions=["s3:CreateBucket", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObject"],
                                resources=["*"]),
            iam.PolicyStatement(actions=["s3:AbortMultipartUpload", "s3:ListBucketMultipartUploads",
                                         "s3:ListMultipartUploadParts", "s3:PutObject"], resources=[output_resource]),
            iam.PolicyStatement(actions=["lakeformation:GetDataAccess"], resources=["*"]),
            iam.PolicyStatement(actions=_GLUE_ACTIONS, resources=[
                stack.format_arn(service="glue", resource="catalog"),
                stack.format_arn(service="glue", resource="database", resource_name=database),
                stack.format_arn(service="glue", resource="table", resource_name=database + "/*"),
                stack.format_arn(service="glue", resource="userDefinedFunction", resource_name=database + "/*"),
            ]),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        context = props.query_execution_context
        result = props.result_configuration
        encryption = field(result, "encryption_configuration")
        output = field(result, "output_location")
        max_age = props.result_reuse_configuration_max_age
        return {
            "Resource": integration_resource_arn("athena", "startQueryExecution", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "QueryString": props.query_string,
                "ClientRequestToken": props.client_request_token,
                "QueryExecutionContext": {"Catalog": field(context, "catalog_name"), "Database": field(context, "database_name")}
                if field(context, "catalog_name") or field(context, "database_name") else None,
                "ResultConfiguration": {
                    "EncryptionConfiguration": {
                        "EncryptionOption": field(encryption, "encryption_option").value,
                        # aws-cdk-lib puts the key object itself here; its ARN is what Athena takes
                        "KmsKey": field(encryption, "encryption_key").key_arn if field(encryption, "encryption_key") else None,
                    } if encryption is not None else None,
                    "OutputLocation": f"s3://{field(output, 'bucket_name')}/{field(output, 'object_key')}/"
                    if output is not None else None,
                },
                "WorkGroup": props.work_group,
                "ExecutionParameters": list(props.execution_parameters) if props.execution_parameters else
                props.execution_parameters,
                "ResultReuseConfiguration": {
                    "ResultReuseByAgeConfiguration": {"Enabled": True, "MaxAgeInMinutes": max_age.to_minutes()},
                } if max_age is not None else None,
            }, query_language),
        }



class AthenaGetQueryExecution(TaskStateBase):
    """Get an Athena Query Execution as a Task.

    Args:
        query_execution_id: Query that will be retrieved
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
        query_execution_id: str,
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
    ) -> AthenaGetQueryExecution:
        """Get an Athena Query Execution as a Task that using JSONPath."""
        kwargs = task_kwargs(locals())
        return AthenaGetQueryExecution(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        query_execution_id: str,
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
    ) -> AthenaGetQueryExecution:
        """Get an Athena Query Execution as a Task that using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return AthenaGetQueryExecution(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        query_execution_id: str,
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
        validate_pattern_supported(self._integration_pattern, (IntegrationPattern.REQUEST_RESPONSE,))
        self._task_policies = [iam.PolicyStatement(resources=["*"], actions=["athena:getQueryExecution"])]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("athena", "getQueryExecution", self._integration_pattern),
            **self._render_parameters_or_arguments({"QueryExecutionId": props.query_execution_id}, query_language),
        }



class AthenaGetQueryResults(TaskStateBase):
    """Get an Athena Query Results as a Task.

    Args:
        query_execution_id: Query that will be retrieved
        max_results: Max number of results
        next_token: Pagination token
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
        query_execution_id: str,
        max_results: float | None = None,
        next_token: str | None = None,
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
    ) -> AthenaGetQueryResults:
        """Get an Athena Query Results as a Task that using JSONPath."""
        kwargs = task_kwargs(locals())
        return AthenaGetQueryResults(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        query_execution_id: str,
        max_results: float | None = None,
        next_token: str | None = None,
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
    ) -> AthenaGetQueryResults:
        """Get an Athena Query Results as a Task that using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return AthenaGetQueryResults(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        query_execution_id: str,
        max_results: float | None = None,
        next_token: str | None = None,
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
        validate_pattern_supported(self._integration_pattern, (IntegrationPattern.REQUEST_RESPONSE,))
        self._task_policies = [iam.PolicyStatement(resources=["*"], actions=["athena:getQueryResults"]),
                               iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("athena", "getQueryResults", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "QueryExecutionId": props.query_execution_id,
                "NextToken": props.next_token,
                "MaxResults": props.max_results,
            }, query_language),
        }



class AthenaStopQueryExecution(TaskStateBase):
    """Stop an Athena Query Execution as a Task.

    Args:
        query_execution_id: Query that will be stopped
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
        query_execution_id: str,
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
    ) -> AthenaStopQueryExecution:
        """Stop an Athena Query Execution as a Task using JSONPath."""
        kwargs = task_kwargs(locals())
        return AthenaStopQueryExecution(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        query_execution_id: str,
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
    ) -> AthenaStopQueryExecution:
        """Stop an Athena Query Execution as a Task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return AthenaStopQueryExecution(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        query_execution_id: str,
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
        validate_pattern_supported(self._integration_pattern, (IntegrationPattern.REQUEST_RESPONSE,))
        self._task_policies = [iam.PolicyStatement(resources=["*"], actions=["athena:stopQueryExecution"])]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("athena", "stopQueryExecution", self._integration_pattern),
            **self._render_parameters_or_arguments({"QueryExecutionId": props.query_execution_id}, query_language),
        }

