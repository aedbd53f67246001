"""SageMaker batch transform task: ``SageMakerCreateTransformJob``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Size, Stack, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    is_json_path_or_jsonata_expression,
    task_kwargs,
    validate_pattern_supported,
)
from l2.stepfunctions_tasks._sagemaker_base import (
    ModelClientOptions,
    TransformInput,
    TransformOutput,
    TransformResources,
)
from l2.stepfunctions_tasks._sagemaker_enums import BatchStrategy, S3DataType
from l2.stepfunctions_tasks._sagemaker_model import _pass_role

if TYPE_CHECKING:
    from l2.iam import IRole

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)


def _enum(value: Any) -> Any:
    return getattr(value, "value", value)


@structs.frozen(kw_only=True)
class SageMakerCreateTransformJobJsonPathProps:
    """Properties for creating an Amazon SageMaker transform job task using JSONPath.

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
        model_name: Name of the model that you want to use for the transform job
        transform_input: Dataset to be transformed and the Amazon S3 location where it is stored
        transform_job_name: Transform Job Name
        transform_output: S3 location where you want Amazon SageMaker to save the results from the transform job
        batch_strategy: Number of records to include in a mini-batch for an HTTP inference request
        environment: Environment variables to set in the Docker container
        max_concurrent_transforms: Maximum number of parallel requests that can be sent to each instance in a transform job
        max_payload: Maximum allowed size of the payload, in MB.
        model_client_options: Configures the timeout and maximum number of retries for processing a transform job invocation
        role: Role for the Transform Job
        tags: Tags to be applied to the train job
        transform_resources: ML compute instances for the transform job
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
    model_name: str
    transform_input: TransformInput
    transform_job_name: str
    transform_output: TransformOutput
    batch_strategy: BatchStrategy | None = None
    environment: Mapping[str, str] | None = None
    max_concurrent_transforms: float | None = None
    max_payload: Size | None = None
    model_client_options: ModelClientOptions | None = None
    role: IRole | None = None
    tags: Mapping[str, str] | None = None
    transform_resources: TransformResources | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateTransformJobJsonataProps:
    """Properties for creating an Amazon SageMaker transform job task using JSONata.

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
        model_name: Name of the model that you want to use for the transform job
        transform_input: Dataset to be transformed and the Amazon S3 location where it is stored
        transform_job_name: Transform Job Name
        transform_output: S3 location where you want Amazon SageMaker to save the results from the transform job
        batch_strategy: Number of records to include in a mini-batch for an HTTP inference request
        environment: Environment variables to set in the Docker container
        max_concurrent_transforms: Maximum number of parallel requests that can be sent to each instance in a transform job
        max_payload: Maximum allowed size of the payload, in MB.
        model_client_options: Configures the timeout and maximum number of retries for processing a transform job invocation
        role: Role for the Transform Job
        tags: Tags to be applied to the train job
        transform_resources: ML compute instances for the transform job
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
    model_name: str
    transform_input: TransformInput
    transform_job_name: str
    transform_output: TransformOutput
    batch_strategy: BatchStrategy | None = None
    environment: Mapping[str, str] | None = None
    max_concurrent_transforms: float | None = None
    max_payload: Size | None = None
    model_client_options: ModelClientOptions | None = None
    role: IRole | None = None
    tags: Mapping[str, str] | None = None
    transform_resources: TransformResources | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateTransformJobProps:
    """Properties for creating an Amazon SageMaker transform job task.

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
        model_name: Name of the model that you want to use for the transform job
        transform_input: Dataset to be transformed and the Amazon S3 location where it is stored
        transform_job_name: Transform Job Name
        transform_output: S3 location where you want Amazon SageMaker to save the results from the transform job
        batch_strategy: Number of records to include in a mini-batch for an HTTP inference request
        environment: Environment variables to set in the Docker container
        max_concurrent_transforms: Maximum number of parallel requests that can be sent to each instance in a transform job
        max_payload: Maximum allowed size of the payload, in MB.
        model_client_options: Configures the timeout and maximum number of retries for processing a transform job invocation
        role: Role for the Transform Job
        tags: Tags to be applied to the train job
        transform_resources: ML compute instances for the transform job
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
    model_name: str
    transform_input: TransformInput
    transform_job_name: str
    transform_output: TransformOutput
    batch_strategy: BatchStrategy | None = None
    environment: Mapping[str, str] | None = None
    max_concurrent_transforms: float | None = None
    max_payload: Size | None = None
    model_client_options: ModelClientOptions | None = None
    role: IRole | None = None
    tags: Mapping[str, str] | None = None
    transform_resources: TransformResources | None = None


class SageMakerCreateTransformJob(TaskStateBase):
    """Class representing the SageMaker Create Transform Job task.

    Args:
        model_name: Name of the model that you want to use for the transform job
        transform_input: Dataset to be transformed and the Amazon S3 location where it is stored
        transform_job_name: Transform Job Name
        transform_output: S3 location where you want Amazon SageMaker to save the results from the transform job
        batch_strategy: Number of records to include in a mini-batch for an HTTP inference request
        environment: Environment variables to set in the Docker container
        max_concurrent_transforms: Maximum number of parallel requests that can be sent to each instance in a transform job
        max_payload: Maximum allowed size of the payload, in MB.
        model_client_options: Configures the timeout and maximum number of retries for processing a transform job invocation
        role: Role for the Transform Job
        tags: Tags to be applied to the train job
        transform_resources: ML compute instances for the transform job
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
        model_name: str,
        transform_input: TransformInput,
        transform_job_name: str,
        transform_output: TransformOutput,
        batch_strategy: BatchStrategy | None = None,
        environment: Mapping[str, str] | None = None,
        max_concurrent_transforms: float | None = None,
        max_payload: Size | None = None,
        model_client_options: ModelClientOptions | None = None,
        role: IRole | None = None,
        tags: Mapping[str, str] | None = None,
        transform_resources: TransformResources | None = None,
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
    ) -> SageMakerCreateTransformJob:
        """Class representing the SageMaker Create Transform Job task using JSONPath."""
        kwargs = task_kwargs(locals())
        return SageMakerCreateTransformJob(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        model_name: str,
        transform_input: TransformInput,
        transform_job_name: str,
        transform_output: TransformOutput,
        batch_strategy: BatchStrategy | None = None,
        environment: Mapping[str, str] | None = None,
        max_concurrent_transforms: float | None = None,
        max_payload: Size | None = None,
        model_client_options: ModelClientOptions | None = None,
        role: IRole | None = None,
        tags: Mapping[str, str] | None = None,
        transform_resources: TransformResources | None = None,
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
    ) -> SageMakerCreateTransformJob:
        """Class representing the SageMaker Create Transform Job task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return SageMakerCreateTransformJob(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model_name: str,
        transform_input: TransformInput,
        transform_job_name: str,
        transform_output: TransformOutput,
        batch_strategy: BatchStrategy | None = None,
        environment: Mapping[str, str] | None = None,
        max_concurrent_transforms: float | None = None,
        max_payload: Size | None = None,
        model_client_options: ModelClientOptions | None = None,
        role: IRole | None = None,
        tags: Mapping[str, str] | None = None,
        transform_resources: TransformResources | None = None,
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
        from l2 import ec2, iam

        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._transform_resources = props.transform_resources or TransformResources(
            instance_count=1, instance_type=ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE))
        role = props.role
        if role is None:
            role = iam.Role(self, "SagemakerTransformRole",
                            assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"),
                            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSageMakerFullAccess")])
        self._role: IRole = role
        stack = Stack.of(self)
        job_arn = stack.format_arn(service="sagemaker", resource="transform-job", resource_name="*")
        statements = [
            iam.PolicyStatement(actions=["sagemaker:CreateTransformJob", "sagemaker:DescribeTransformJob",
                                         "sagemaker:StopTransformJob"], resources=[job_arn]),
            iam.PolicyStatement(actions=["sagemaker:ListTags"], resources=["*"]),
            _pass_role(role),
        ]
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            statements += [
                iam.PolicyStatement(actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                                    resources=[stack.format_arn(
                                        service="events", resource="rule",
                                        resource_name="StepFunctionsGetEventsForSageMakerTransformJobsRule")]),
                iam.PolicyStatement(actions=["sagemaker:AddTags"], resources=[job_arn]),
            ]
        self._task_policies = statements

    @property
    def role(self) -> IRole:
        """The execution role for the Sagemaker transform job."""
        return self._role

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("sagemaker", "createTransformJob", self._integration_pattern),
            **self._render_parameters_or_arguments(self._render_parameters(props), query_language),
        }

    def _render_parameters(self, props: TaskProps) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if props.batch_strategy:
            out["BatchStrategy"] = _enum(props.batch_strategy)
        if props.environment is not None:
            out["Environment"] = props.environment
        if props.max_concurrent_transforms:
            out["MaxConcurrentTransforms"] = props.max_concurrent_transforms
        if props.max_payload:
            out["MaxPayloadInMB"] = props.max_payload.to_mebibytes()
        if props.model_client_options is not None:
            out["ModelClientConfig"] = self._render_model_client_options(props.model_client_options)
        out["ModelName"] = props.model_name
        if props.tags is not None:
            out["Tags"] = [{"Key": k, "Value": v} for k, v in props.tags.items()]
        transform_input = props.transform_input
        source = field(field(transform_input, "transform_data_source"), "s3_data_source")
        rendered_input: dict[str, Any] = {}
        if field(transform_input, "compression_type"):
            rendered_input["CompressionType"] = _enum(field(transform_input, "compression_type"))
        if field(transform_input, "content_type"):
            rendered_input["ContentType"] = field(transform_input, "content_type")
        rendered_input["DataSource"] = {"S3DataSource": {
            "S3Uri": field(source, "s3_uri"),
            "S3DataType": _enum(field(source, "s3_data_type") or S3DataType.S3_PREFIX),
        }}
        if field(transform_input, "split_type"):
            rendered_input["SplitType"] = _enum(field(transform_input, "split_type"))
        out["TransformInput"] = rendered_input
        out["TransformJobName"] = props.transform_job_name
        output = props.transform_output
        key = field(output, "encryption_key")
        out["TransformOutput"] = {
            "S3OutputPath": field(output, "s3_output_path"),
            **({"KmsKeyId": key.key_arn} if key is not None else {}),
            **({"Accept": field(output, "accept")} if field(output, "accept") else {}),
            **({"AssembleWith": _enum(field(output, "assemble_with"))} if field(output, "assemble_with") else {}),
        }
        resources = self._transform_resources
        instance_type = str(field(resources, "instance_type"))
        volume_key = field(resources, "volume_encryption_key")
        out["TransformResources"] = {
            "InstanceCount": field(resources, "instance_count"),
            "InstanceType": instance_type if is_json_path_or_jsonata_expression(instance_type) else f"ml.{instance_type}",
            **({"VolumeKmsKeyId": volume_key.key_arn} if volume_key is not None else {}),
        }
        return out

    def _render_model_client_options(self, options: Any) -> dict[str, Any]:
        retries = field(options, "invocations_max_retries")
        if not Token.is_unresolved(retries) and retries and (retries < 0 or retries > 3):
            raise ValidationError(f"invocationsMaxRetries should be between 0 and 3. Received: {_num(retries)}.", self)
        timeout_value = field(options, "invocations_timeout")
        timeout = timeout_value.to_seconds() if timeout_value is not None else None
        if not Token.is_unresolved(timeout) and timeout and (timeout < 1 or timeout > 3600):
            raise ValidationError(
                f"invocationsTimeout should be between 1 and 3600 seconds. Received: {_num(timeout)}.", self)
        return {"InvocationsMaxRetries": 0 if retries is None else retries,
                "InvocationsTimeoutInSeconds": 60 if timeout is None else timeout}


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
