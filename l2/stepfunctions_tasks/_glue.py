"""Glue tasks: start a job run, start a crawler."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, Duration
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import TaskProps, task_kwargs


@structs.frozen(kw_only=True)
class GlueStartJobRunJsonPathProps:
    """Properties for starting an AWS Glue job as a task.

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
        glue_job_name: Glue job name
        arguments: The job arguments specifically for this run
        execution_class: The excecution class of the job
        notify_delay_after: After a job run starts, the number of minutes to wait before sending a job run delay notification
        security_configuration: The name of the SecurityConfiguration structure to be used with this job run
        worker_configuration: The worker configuration for this run
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
    glue_job_name: str
    arguments: TaskInput | None = None
    execution_class: ExecutionClass | None = None
    notify_delay_after: Duration | None = None
    security_configuration: str | None = None
    worker_configuration: WorkerConfigurationProperty | None = None


@structs.frozen(kw_only=True)
class GlueStartJobRunJsonataProps:
    """Properties for starting an AWS Glue job as a task.

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
        glue_job_name: Glue job name
        arguments: The job arguments specifically for this run
        execution_class: The excecution class of the job
        notify_delay_after: After a job run starts, the number of minutes to wait before sending a job run delay notification
        security_configuration: The name of the SecurityConfiguration structure to be used with this job run
        worker_configuration: The worker configuration for this run
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
    glue_job_name: str
    arguments: TaskInput | None = None
    execution_class: ExecutionClass | None = None
    notify_delay_after: Duration | None = None
    security_configuration: str | None = None
    worker_configuration: WorkerConfigurationProperty | None = None


@structs.frozen(kw_only=True)
class GlueStartJobRunProps:
    """Properties for starting an AWS Glue job as a task.

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
        glue_job_name: Glue job name
        arguments: The job arguments specifically for this run
        execution_class: The excecution class of the job
        notify_delay_after: After a job run starts, the number of minutes to wait before sending a job run delay notification
        security_configuration: The name of the SecurityConfiguration structure to be used with this job run
        worker_configuration: The worker configuration for this run
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
    glue_job_name: str
    arguments: TaskInput | None = None
    execution_class: ExecutionClass | None = None
    notify_delay_after: Duration | None = None
    security_configuration: str | None = None
    worker_configuration: WorkerConfigurationProperty | None = None


@structs.frozen(kw_only=True)
class GlueStartCrawlerRunJsonPathProps:
    """Properties for starting an AWS Glue Crawler as a task that using JSONPath.

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
        crawler_name: Glue crawler name
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
    crawler_name: str


@structs.frozen(kw_only=True)
class GlueStartCrawlerRunJsonataProps:
    """Properties for starting an AWS Glue Crawler as a task that using JSONata.

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
        crawler_name: Glue crawler name
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
    crawler_name: str


@structs.frozen(kw_only=True)
class GlueStartCrawlerRunProps:
    """Properties for starting an AWS Glue Crawler as a task.

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
        crawler_name: Glue crawler name
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
    crawler_name: str


class GlueStartJobRun(TaskStateBase):
    """Starts an AWS Glue job in a Task state.

    Args:
        glue_job_name: Glue job name
        arguments: The job arguments specifically for this run
        execution_class: The excecution class of the job
        notify_delay_after: After a job run starts, the number of minutes to wait before sending a job run delay notification
        security_configuration: The name of the SecurityConfiguration structure to be used with this job run
        worker_configuration: The worker configuration for this run
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
        glue_job_name: str,
        arguments: TaskInput | None = None,
        execution_class: ExecutionClass | None = None,
        notify_delay_after: Duration | None = None,
        security_configuration: str | None = None,
        worker_configuration: WorkerConfigurationProperty | None = None,
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
    ) -> GlueStartJobRun:
        """Starts an AWS Glue job in a Task state using JSONPath."""
        kwargs = task_kwargs(locals())
        return GlueStartJobRun(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        glue_job_name: str,
        arguments: TaskInput | None = None,
        execution_class: ExecutionClass | None = None,
        notify_delay_after: Duration | None = None,
        security_configuration: str | None = None,
        worker_configuration: WorkerConfigurationProperty | None = None,
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
    ) -> GlueStartJobRun:
        """Starts an AWS Glue job in a Task state using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return GlueStartJobRun(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        glue_job_name: str,
        arguments: TaskInput | None = None,
        execution_class: ExecutionClass | None = None,
        notify_delay_after: Duration | None = None,
        security_configuration: str | None = None,
        worker_configuration: WorkerConfigurationProperty | None = None,
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



class GlueStartCrawlerRun(TaskStateBase):
    """Starts an AWS Glue Crawler in a Task state.

    Args:
        crawler_name: Glue crawler name
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
        crawler_name: str,
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
    ) -> GlueStartCrawlerRun:
        """Starts an AWS Glue Crawler using JSONPath in a Task state."""
        kwargs = task_kwargs(locals())
        return GlueStartCrawlerRun(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        crawler_name: str,
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
    ) -> GlueStartCrawlerRun:
        """Starts an AWS Glue Crawler using JSONata in a Task state."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return GlueStartCrawlerRun(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        crawler_name: str,
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

