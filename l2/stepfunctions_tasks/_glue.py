"""Glue tasks: start a job run, start a crawler."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from constructs import Construct, Duration, Stack, ValidationError
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    IntegrationPattern,
    JsonPath,
    QueryLanguage,
    TaskInput,
    TaskMetricsConfig,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)


class WorkerType(enum.Enum):
    """The type of predefined worker allocated when a Glue job runs."""

    STANDARD = "Standard"
    """4 vCPU, 16 GB of memory and a 50 GB disk, 2 executors per worker."""
    G_025X = "G.025X"
    """0.25 DPU per worker (streaming jobs)."""
    G_1X = "G.1X"
    """1 DPU per worker (memory-intensive jobs)."""
    G_2X = "G.2X"
    """2 DPU per worker (memory-intensive jobs)."""
    G_4X = "G.4X"
    """4 DPU per worker."""
    G_8X = "G.8X"
    """8 DPU per worker."""
    Z_2X = "Z.2X"
    """2 M-DPU per worker (Ray jobs)."""


class WorkerTypeV2:
    """The type of worker allocated when a Glue job runs (any name, with constants for the known ones).

    Args:
        name: the worker type's name, as the Glue API takes it (``of`` for a custom one)
    """

    STANDARD: WorkerTypeV2
    G_1_X: WorkerTypeV2
    G_2_X: WorkerTypeV2
    G_4_X: WorkerTypeV2
    G_8_X: WorkerTypeV2
    G_025_X: WorkerTypeV2
    Z_2_X: WorkerTypeV2

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def name(self) -> str:
        """The worker type's name."""
        return self._name

    @staticmethod
    def of(worker_type: str) -> WorkerTypeV2:
        """A worker type not known to this version."""
        return WorkerTypeV2(worker_type)


WorkerTypeV2.STANDARD = WorkerTypeV2("Standard")
WorkerTypeV2.G_1_X = WorkerTypeV2("G.1X")
WorkerTypeV2.G_2_X = WorkerTypeV2("G.2X")
WorkerTypeV2.G_4_X = WorkerTypeV2("G.4X")
WorkerTypeV2.G_8_X = WorkerTypeV2("G.8X")
WorkerTypeV2.G_025_X = WorkerTypeV2("G.025X")
WorkerTypeV2.Z_2_X = WorkerTypeV2("Z.2X")


class ExecutionClass(enum.Enum):
    """The execution class of a Glue job run."""

    FLEX = "FLEX"
    """Flexible: for jobs that are not urgent, on spare capacity."""
    STANDARD = "STANDARD"
    """Standard: for time-sensitive workloads."""


_JOB_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)


@structs.frozen(kw_only=True)
class WorkerConfigurationProperty:
    """The worker configuration of a Glue job run.

    Attributes:
        number_of_workers: The number of workers of the defined ``worker_type`` allocated when the job runs
        worker_type: (deprecated) The type of predefined worker (use ``worker_type_v2``)
        worker_type_v2: The type of worker
    """

    number_of_workers: float
    worker_type: WorkerType | None = None
    worker_type_v2: WorkerTypeV2 | None = None


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
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
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
    assign: Mapping[str, object] | None = None
    outputs: object = None
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
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
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
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
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
    assign: Mapping[str, object] | None = None
    outputs: object = None
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
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
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
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
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
        validate_pattern_supported(self._integration_pattern, _JOB_PATTERNS)
        actions = (["glue:StartJobRun"] if self._integration_pattern == IntegrationPattern.REQUEST_RESPONSE
                   else ["glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"])
        self._task_policies = [iam.PolicyStatement(
            resources=[Stack.of(self).format_arn(service="glue", resource="job", resource_name=props.glue_job_name)],
            actions=actions,
        )]
        self._task_metrics = TaskMetricsConfig(metric_prefix_singular="GlueJob", metric_prefix_plural="GlueJobs",
                                               metric_dimensions={"GlueJobName": props.glue_job_name})

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        notification = ({"NotifyDelayAfter": props.notify_delay_after.to_minutes()}
                        if props.notify_delay_after is not None else None)
        timeout: Any = None
        if props.timeout is not None:
            timeout = props.timeout.to_minutes()
        elif props.task_timeout is not None and props.task_timeout.seconds:
            timeout = Duration.seconds(props.task_timeout.seconds).to_minutes()
        elif props.task_timeout is not None and props.task_timeout.path:
            timeout = JsonPath.number_at(props.task_timeout.path)
        worker = props.worker_configuration
        worker_type = field(worker, "worker_type")
        worker_type_v2 = field(worker, "worker_type_v2")
        if worker is not None:
            if worker_type_v2 is not None and worker_type is not None:
                raise ValidationError(
                    "You cannot set both 'workerType' and 'workerTypeV2' properties in 'workerConfiguration'.", self)
            if worker_type_v2 is None and worker_type is None:
                raise ValidationError(
                    "You must set either 'workerType' or 'workerTypeV2' property in 'workerConfiguration'.", self)
        rendered_type = worker_type.value if worker_type is not None else (
            worker_type_v2.name if worker_type_v2 is not None else None)
        return {
            "Resource": integration_resource_arn("glue", "startJobRun", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "JobName": props.glue_job_name,
                "Arguments": props.arguments.value if props.arguments is not None else None,
                "Timeout": timeout,
                "SecurityConfiguration": props.security_configuration,
                "NotificationProperty": notification,
                "WorkerType": rendered_type,
                "NumberOfWorkers": field(worker, "number_of_workers"),
                "ExecutionClass": props.execution_class.value if props.execution_class is not None else None,
            }, query_language),
            "TimeoutSeconds": None,
            "TimeoutSecondsPath": None,
        }



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
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
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
        self._task_policies = [iam.PolicyStatement(
            resources=[Stack.of(self).format_arn(service="glue", resource="crawler", resource_name=props.crawler_name)],
            actions=["glue:StartCrawler", "glue:GetCrawler"],
        )]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("aws-sdk:glue", "startCrawler", self._integration_pattern),
            **self._render_parameters_or_arguments({"Name": props.crawler_name}, query_language),
        }

