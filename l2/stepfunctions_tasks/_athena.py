"""Athena tasks: start, get, stop a query execution and get its results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import TaskProps, task_kwargs

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.s3 import Location


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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
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
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
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
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
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
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
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

