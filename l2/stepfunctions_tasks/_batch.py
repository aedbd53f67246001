"""AWS Batch task: ``BatchSubmitJob``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Size, Stack, Token, ValidationError
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
    field,
    integration_resource_arn,
    is_json_path_or_jsonata_expression,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.ec2 import InstanceType


_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)


@structs.frozen(kw_only=True)
class BatchContainerOverrides:
    """The overrides that should be sent to a container.

    Attributes:
        command: The command to send to the container that overrides the default command from the Docker image or the job definition
        environment: The environment variables to send to the container
        gpu_count: The number of physical GPUs to reserve for the container
        instance_type: The instance type to use for a multi-node parallel job
        memory: Memory reserved for the job
        vcpus: The number of vCPUs to reserve for the container
    """

    command: Sequence[str] | None = None
    environment: Mapping[str, str] | None = None
    gpu_count: float | None = None
    instance_type: InstanceType | None = None
    memory: Size | None = None
    vcpus: float | None = None


@structs.frozen(kw_only=True)
class BatchJobDependency:
    """An object representing an AWS Batch job dependency.

    Attributes:
        job_id: The job ID of the AWS Batch job associated with this dependency
        type: The type of the job dependency
    """

    job_id: str | None = None
    type: str | None = None


@structs.frozen(kw_only=True)
class BatchSubmitJobJsonPathProps:
    """Properties for BatchSubmitJob using JSONPath.

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
        job_definition_arn: The arn of the job definition used by this job
        job_name: The name of the job
        job_queue_arn: The arn of the job queue into which the job is submitted
        array_size: The array size can be between 2 and 10,000
        attempts: The number of times to move a job to the RUNNABLE status
        container_overrides: A list of container overrides in JSON format that specify the name of a container in the specified job definition and the overrides it should receive
        depends_on: A list of dependencies for the job
        payload: The payload to be passed as parameters to the batch job
        tags: The tags applied to the job request
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
    job_definition_arn: str
    job_name: str
    job_queue_arn: str
    array_size: float | None = None
    attempts: float | None = None
    container_overrides: BatchContainerOverrides | None = None
    depends_on: Sequence[BatchJobDependency] | None = None
    payload: TaskInput | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class BatchSubmitJobJsonataProps:
    """Properties for BatchSubmitJob using JSONata.

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
        job_definition_arn: The arn of the job definition used by this job
        job_name: The name of the job
        job_queue_arn: The arn of the job queue into which the job is submitted
        array_size: The array size can be between 2 and 10,000
        attempts: The number of times to move a job to the RUNNABLE status
        container_overrides: A list of container overrides in JSON format that specify the name of a container in the specified job definition and the overrides it should receive
        depends_on: A list of dependencies for the job
        payload: The payload to be passed as parameters to the batch job
        tags: The tags applied to the job request
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
    job_definition_arn: str
    job_name: str
    job_queue_arn: str
    array_size: float | None = None
    attempts: float | None = None
    container_overrides: BatchContainerOverrides | None = None
    depends_on: Sequence[BatchJobDependency] | None = None
    payload: TaskInput | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class BatchSubmitJobProps:
    """Properties for BatchSubmitJob.

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
        job_definition_arn: The arn of the job definition used by this job
        job_name: The name of the job
        job_queue_arn: The arn of the job queue into which the job is submitted
        array_size: The array size can be between 2 and 10,000
        attempts: The number of times to move a job to the RUNNABLE status
        container_overrides: A list of container overrides in JSON format that specify the name of a container in the specified job definition and the overrides it should receive
        depends_on: A list of dependencies for the job
        payload: The payload to be passed as parameters to the batch job
        tags: The tags applied to the job request
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
    job_definition_arn: str
    job_name: str
    job_queue_arn: str
    array_size: float | None = None
    attempts: float | None = None
    container_overrides: BatchContainerOverrides | None = None
    depends_on: Sequence[BatchJobDependency] | None = None
    payload: TaskInput | None = None
    tags: Mapping[str, str] | None = None


class BatchSubmitJob(TaskStateBase):
    """Task to submits an AWS Batch job from a job definition.

    Args:
        job_definition_arn: The arn of the job definition used by this job
        job_name: The name of the job
        job_queue_arn: The arn of the job queue into which the job is submitted
        array_size: The array size can be between 2 and 10,000
        attempts: The number of times to move a job to the RUNNABLE status
        container_overrides: A list of container overrides in JSON format that specify the name of a container in the specified job definition and the overrides it should receive
        depends_on: A list of dependencies for the job
        payload: The payload to be passed as parameters to the batch job
        tags: The tags applied to the job request
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
        job_definition_arn: str,
        job_name: str,
        job_queue_arn: str,
        array_size: float | None = None,
        attempts: float | None = None,
        container_overrides: BatchContainerOverrides | None = None,
        depends_on: Sequence[BatchJobDependency] | None = None,
        payload: TaskInput | None = None,
        tags: Mapping[str, str] | None = None,
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
    ) -> BatchSubmitJob:
        """Task to submits an AWS Batch job from a job definition using JSONPath."""
        kwargs = task_kwargs(locals())
        return BatchSubmitJob(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        job_definition_arn: str,
        job_name: str,
        job_queue_arn: str,
        array_size: float | None = None,
        attempts: float | None = None,
        container_overrides: BatchContainerOverrides | None = None,
        depends_on: Sequence[BatchJobDependency] | None = None,
        payload: TaskInput | None = None,
        tags: Mapping[str, str] | None = None,
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
    ) -> BatchSubmitJob:
        """Task to submits an AWS Batch job from a job definition using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return BatchSubmitJob(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        job_definition_arn: str,
        job_name: str,
        job_queue_arn: str,
        array_size: float | None = None,
        attempts: float | None = None,
        container_overrides: BatchContainerOverrides | None = None,
        depends_on: Sequence[BatchJobDependency] | None = None,
        payload: TaskInput | None = None,
        tags: Mapping[str, str] | None = None,
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
        self._integration_pattern = props.integration_pattern or IntegrationPattern.RUN_JOB
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        array_size = props.array_size
        if array_size is not None and not Token.is_unresolved(array_size) and not 2 <= array_size <= 10_000:
            raise ValidationError(f"arraySize must be between 2 and 10,000. Received {_num(array_size)}.", self)
        if props.depends_on is not None and len(props.depends_on) > 20:
            raise ValidationError(f"dependencies must be 20 or less. Received {len(props.depends_on)}.", self)
        attempts = props.attempts
        if attempts is not None and not Token.is_unresolved(attempts) and not 1 <= attempts <= 10:
            raise ValidationError(f"attempts must be between 1 and 10. Received {_num(attempts)}.", self)
        if props.timeout is not None or props.task_timeout is not None:
            timeout = props.timeout.to_seconds() if props.timeout is not None else None
            task_seconds = props.task_timeout.seconds if props.task_timeout is not None else None
            if not Token.is_unresolved(timeout) and not Token.is_unresolved(task_seconds):
                defined = timeout if timeout is not None else task_seconds
                if defined and defined < 60:
                    raise ValidationError(
                        f"attempt duration must be greater than 60 seconds. Received {_num(defined)} seconds.", self)
        for key in field(props.container_overrides, "environment") or {}:
            if key.startswith("AWS_BATCH"):
                raise ValidationError(
                    f"Invalid environment variable name: {key}. Environment variable names starting with "
                    "'AWS_BATCH' are reserved.", self)
        self._validate_tags(props.tags)
        self._task_policies = self._policy_statements()

    def _validate_tags(self, tags: Mapping[str, str] | None) -> None:
        if tags is None:
            return
        if len(tags) > 50:
            raise ValidationError(f"Maximum tag number of entries is 50. Received {len(tags)}.", self)
        for key, value in tags.items():
            if not 1 <= len(key) <= 128:
                raise ValidationError(f"Tag key size must be between 1 and 128, but got {len(key)}.", self)
            if len(value) > 256:
                raise ValidationError(f"Tag value maximum size is 256, but got {len(value)}.", self)

    def _policy_statements(self) -> list[Any]:
        from l2 import iam

        props = self._props
        stack = Stack.of(self)
        resources = ["*"] if is_json_path_or_jsonata_expression(props.job_queue_arn) else [
            stack.format_arn(service="batch", resource="job-definition", resource_name="*"), props.job_queue_arn]
        return [
            iam.PolicyStatement(resources=resources, actions=["batch:SubmitJob"]),
            iam.PolicyStatement(
                resources=[stack.format_arn(service="events", resource="rule/StepFunctionsGetEventsForBatchJobsRule")],
                actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
            ),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        timeout: Any = None
        if props.timeout is not None:
            timeout = props.timeout.to_seconds()
        elif props.task_timeout is not None and props.task_timeout.seconds:
            timeout = props.task_timeout.seconds
        elif props.task_timeout is not None and props.task_timeout.path:
            timeout = JsonPath.number_at(props.task_timeout.path)
        depends_on = props.depends_on
        return {
            "Resource": integration_resource_arn("batch", "submitJob", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "JobDefinition": props.job_definition_arn,
                "JobName": props.job_name,
                "JobQueue": props.job_queue_arn,
                "Parameters": props.payload.value if props.payload is not None else None,
                "ArrayProperties": {"Size": props.array_size} if props.array_size is not None else None,
                "ContainerOverrides": (_container_overrides(props.container_overrides)
                                       if props.container_overrides is not None else None),
                "DependsOn": ([{"JobId": field(d, "job_id"), "Type": field(d, "type")} for d in depends_on]
                              if depends_on is not None else None),
                "RetryStrategy": {"Attempts": props.attempts} if props.attempts is not None else None,
                "Tags": props.tags,
                "Timeout": {"AttemptDurationSeconds": timeout} if timeout else None,
            }, query_language),
            "TimeoutSeconds": None,
            "TimeoutSecondsPath": None,
        }


def _num(value: float) -> str:
    """A number as JavaScript prints it (``5`` not ``5.0``)."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _container_overrides(overrides: Any) -> dict[str, Any]:
    environment = field(overrides, "environment")
    resources: list[dict[str, str]] = []
    gpu_count = field(overrides, "gpu_count")
    memory = field(overrides, "memory")
    vcpus = field(overrides, "vcpus")
    if gpu_count:
        resources.append({"Type": "GPU", "Value": _num(gpu_count)})
    if memory:
        resources.append({"Type": "MEMORY", "Value": _num(memory.to_mebibytes())})
    if vcpus:
        resources.append({"Type": "VCPU", "Value": _num(vcpus)})
    instance_type = field(overrides, "instance_type")
    return {
        "Command": field(overrides, "command"),
        "Environment": ([{"Name": k, "Value": v} for k, v in environment.items()]
                        if environment is not None else None),
        "InstanceType": str(instance_type) if instance_type is not None else None,
        "ResourceRequirements": resources or None,
    }
