"""SageMaker training task: ``SageMakerCreateTrainingJob``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Lazy, Size, Stack, Token, ValidationError
from constructs.internals import apply_property_injection, structs
from l2.stepfunctions import Credentials, IntegrationPattern, JsonPath, QueryLanguage, TaskStateBase, Timeout
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
    AlgorithmSpecification,
    Channel,
    OutputDataConfig,
    ResourceConfig,
    StoppingCondition,
    VpcConfig,
)
from l2.stepfunctions_tasks._sagemaker_enums import InputMode, S3DataType
from l2.stepfunctions_tasks._sagemaker_model import _VPC_ACTIONS, _pass_role, _selection_kwargs

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup
    from l2.iam import IPrincipal, IRole

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)
_ALGORITHM_NAME = (r"^(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?"
                   r"([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$")


def _enum(value: Any) -> Any:
    return getattr(value, "value", value)


@structs.frozen(kw_only=True)
class SageMakerCreateTrainingJobJsonPathProps:
    """Properties for creating an Amazon SageMaker training job using JSONPath.

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
        algorithm_specification: Identifies the training algorithm to use
        output_data_config: Identifies the Amazon S3 location where you want Amazon SageMaker to save the results of model training
        training_job_name: Training Job Name
        enable_network_isolation: Isolates the training container
        environment: Environment variables to set in the Docker container
        hyperparameters: Algorithm-specific parameters that influence the quality of the model
        input_data_config: Describes the various datasets (e.g
        resource_config: Specifies the resources, ML compute instances, and ML storage volumes to deploy for model training
        role: Role for the Training Job
        stopping_condition: Sets a time limit for training
        tags: Tags to be applied to the train job
        vpc_config: Specifies the VPC that you want your training job to connect to
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
    algorithm_specification: AlgorithmSpecification
    output_data_config: OutputDataConfig
    training_job_name: str
    enable_network_isolation: bool | None = None
    environment: Mapping[str, str] | None = None
    hyperparameters: Mapping[str, Any] | None = None
    input_data_config: Sequence[Channel] | None = None
    resource_config: ResourceConfig | None = None
    role: IRole | None = None
    stopping_condition: StoppingCondition | None = None
    tags: Mapping[str, str] | None = None
    vpc_config: VpcConfig | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateTrainingJobJsonataProps:
    """Properties for creating an Amazon SageMaker training job using JSONata.

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
        algorithm_specification: Identifies the training algorithm to use
        output_data_config: Identifies the Amazon S3 location where you want Amazon SageMaker to save the results of model training
        training_job_name: Training Job Name
        enable_network_isolation: Isolates the training container
        environment: Environment variables to set in the Docker container
        hyperparameters: Algorithm-specific parameters that influence the quality of the model
        input_data_config: Describes the various datasets (e.g
        resource_config: Specifies the resources, ML compute instances, and ML storage volumes to deploy for model training
        role: Role for the Training Job
        stopping_condition: Sets a time limit for training
        tags: Tags to be applied to the train job
        vpc_config: Specifies the VPC that you want your training job to connect to
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
    algorithm_specification: AlgorithmSpecification
    output_data_config: OutputDataConfig
    training_job_name: str
    enable_network_isolation: bool | None = None
    environment: Mapping[str, str] | None = None
    hyperparameters: Mapping[str, Any] | None = None
    input_data_config: Sequence[Channel] | None = None
    resource_config: ResourceConfig | None = None
    role: IRole | None = None
    stopping_condition: StoppingCondition | None = None
    tags: Mapping[str, str] | None = None
    vpc_config: VpcConfig | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateTrainingJobProps:
    """Properties for creating an Amazon SageMaker training job.

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
        algorithm_specification: Identifies the training algorithm to use
        output_data_config: Identifies the Amazon S3 location where you want Amazon SageMaker to save the results of model training
        training_job_name: Training Job Name
        enable_network_isolation: Isolates the training container
        environment: Environment variables to set in the Docker container
        hyperparameters: Algorithm-specific parameters that influence the quality of the model
        input_data_config: Describes the various datasets (e.g
        resource_config: Specifies the resources, ML compute instances, and ML storage volumes to deploy for model training
        role: Role for the Training Job
        stopping_condition: Sets a time limit for training
        tags: Tags to be applied to the train job
        vpc_config: Specifies the VPC that you want your training job to connect to
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
    algorithm_specification: AlgorithmSpecification
    output_data_config: OutputDataConfig
    training_job_name: str
    enable_network_isolation: bool | None = None
    environment: Mapping[str, str] | None = None
    hyperparameters: Mapping[str, Any] | None = None
    input_data_config: Sequence[Channel] | None = None
    resource_config: ResourceConfig | None = None
    role: IRole | None = None
    stopping_condition: StoppingCondition | None = None
    tags: Mapping[str, str] | None = None
    vpc_config: VpcConfig | None = None


class SageMakerCreateTrainingJob(TaskStateBase):
    """Class representing the SageMaker Create Training Job task.

    Args:
        algorithm_specification: Identifies the training algorithm to use
        output_data_config: Identifies the Amazon S3 location where you want Amazon SageMaker to save the results of model training
        training_job_name: Training Job Name
        enable_network_isolation: Isolates the training container
        environment: Environment variables to set in the Docker container
        hyperparameters: Algorithm-specific parameters that influence the quality of the model
        input_data_config: Describes the various datasets (e.g
        resource_config: Specifies the resources, ML compute instances, and ML storage volumes to deploy for model training
        role: Role for the Training Job
        stopping_condition: Sets a time limit for training
        tags: Tags to be applied to the train job
        vpc_config: Specifies the VPC that you want your training job to connect to
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
        algorithm_specification: AlgorithmSpecification,
        output_data_config: OutputDataConfig,
        training_job_name: str,
        enable_network_isolation: bool | None = None,
        environment: Mapping[str, str] | None = None,
        hyperparameters: Mapping[str, Any] | None = None,
        input_data_config: Sequence[Channel] | None = None,
        resource_config: ResourceConfig | None = None,
        role: IRole | None = None,
        stopping_condition: StoppingCondition | None = None,
        tags: Mapping[str, str] | None = None,
        vpc_config: VpcConfig | None = None,
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
    ) -> SageMakerCreateTrainingJob:
        """A Step Functions Task using JSONPath to create a SageMaker training job."""
        kwargs = task_kwargs(locals())
        return SageMakerCreateTrainingJob(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        algorithm_specification: AlgorithmSpecification,
        output_data_config: OutputDataConfig,
        training_job_name: str,
        enable_network_isolation: bool | None = None,
        environment: Mapping[str, str] | None = None,
        hyperparameters: Mapping[str, Any] | None = None,
        input_data_config: Sequence[Channel] | None = None,
        resource_config: ResourceConfig | None = None,
        role: IRole | None = None,
        stopping_condition: StoppingCondition | None = None,
        tags: Mapping[str, str] | None = None,
        vpc_config: VpcConfig | None = None,
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
    ) -> SageMakerCreateTrainingJob:
        """A Step Functions Task using JSONata to create a SageMaker training job."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return SageMakerCreateTrainingJob(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        algorithm_specification: AlgorithmSpecification,
        output_data_config: OutputDataConfig,
        training_job_name: str,
        enable_network_isolation: bool | None = None,
        environment: Mapping[str, str] | None = None,
        hyperparameters: Mapping[str, Any] | None = None,
        input_data_config: Sequence[Channel] | None = None,
        resource_config: ResourceConfig | None = None,
        role: IRole | None = None,
        stopping_condition: StoppingCondition | None = None,
        tags: Mapping[str, str] | None = None,
        vpc_config: VpcConfig | None = None,
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



    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateTrainingJob"
    """The id property injectors register for."""

    def _setup(self, props: TaskProps) -> None:
        from l2 import ec2

        self.connections: Connections = ec2.Connections()
        """Allows specify security group connections for instances of this fleet."""
        self._security_groups: list[ISecurityGroup] = []
        self._security_group: ISecurityGroup | None = None
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._resource_config = props.resource_config or ResourceConfig(
            instance_count=1, instance_type=ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
            volume_size=Size.gibibytes(10))
        self._stopping_condition = props.stopping_condition or StoppingCondition(max_runtime=Duration.hours(1))
        spec = props.algorithm_specification
        algorithm_name = field(spec, "algorithm_name")
        training_image = field(spec, "training_image")
        if not algorithm_name and training_image is None:
            raise ValidationError(
                "Must define either an algorithm name or training image URI in the algorithm specification", self)
        if algorithm_name and training_image is not None:
            raise ValidationError(
                "Cannot define both an algorithm name and training image URI in the algorithm specification", self)
        self._validate_algorithm_name(algorithm_name)
        self._training_input_mode = field(spec, "training_input_mode") or InputMode.FILE
        self._vpc = None
        self._subnets: list[str] | None = None
        if props.vpc_config is not None:
            self._vpc = field(props.vpc_config, "vpc")
            self._subnets = self._vpc.select_subnets(**_selection_kwargs(field(props.vpc_config, "subnets"))).subnet_ids
        self._task_policies = self._make_policy_statements(props)

    @property
    def role(self) -> IRole:
        """The execution role for the Sagemaker training job."""
        return self._role

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal to grant permissions to."""
        return self._role

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add the security group to all instances via the launch configuration security groups array."""
        self._security_groups.append(security_group)

    def _validate_algorithm_name(self, name: str | None) -> None:
        if name is None or Token.is_unresolved(name):
            return
        if len(name) < 1 or len(name) > 170:
            raise ValidationError(f"Algorithm name length must be between 1 and 170, but got {len(name)}", self)
        if re.search(_ALGORITHM_NAME, name) is None:
            raise ValidationError(f"Expected algorithm name to match pattern {_ALGORITHM_NAME}, but got {name}", self)

    def _make_policy_statements(self, props: TaskProps) -> list[Any]:
        from l2 import ec2, iam

        role = props.role
        if role is None:
            role = iam.Role(self, "SagemakerRole", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"),
                            inline_policies={"CreateTrainingJob": iam.PolicyDocument(statements=[
                                iam.PolicyStatement(actions=[
                                    "cloudwatch:PutMetricData", "logs:CreateLogStream", "logs:PutLogEvents",
                                    "logs:CreateLogGroup", "logs:DescribeLogStreams", "ecr:GetAuthorizationToken",
                                    *(_VPC_ACTIONS if props.vpc_config is not None else []),
                                ], resources=["*"])])})
        self._role: IRole = role
        encryption_key = field(props.output_data_config, "encryption_key")
        if encryption_key is not None:
            encryption_key.grant_encrypt(role)
        volume_key = field(props.resource_config, "volume_encryption_key")
        if volume_key is not None:
            volume_key.grant(role, "kms:CreateGrant")
        if self._vpc is not None and self._security_group is None:
            self._security_group = ec2.SecurityGroup(self, "TrainJobSecurityGroup", vpc=self._vpc)
            self.connections.add_security_group(self._security_group)
            self._security_groups.append(self._security_group)
        stack = Stack.of(self)
        job = props.training_job_name
        statements = [
            iam.PolicyStatement(
                actions=["sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob"],
                resources=[stack.format_arn(service="sagemaker", resource="training-job",
                                            resource_name="*" if is_json_path_or_jsonata_expression(job) else f"{job}*")]),
            iam.PolicyStatement(actions=["sagemaker:ListTags"], resources=["*"]),
            iam.PolicyStatement(actions=["sagemaker:AddTags"], resources=[stack.format_arn(
                service="sagemaker", resource="training-job",
                resource_name="*" if JsonPath.is_encoded_json_path(job) else f"{job}*")]),
            _pass_role(role),
        ]
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            statements.append(iam.PolicyStatement(
                actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                resources=[stack.format_arn(service="events", resource="rule",
                                            resource_name="StepFunctionsGetEventsForSageMakerTrainingJobsRule")]))
        return statements

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("sagemaker", "createTrainingJob", self._integration_pattern),
            **self._render_parameters_or_arguments(self._render_parameters(props), query_language),
        }

    def _render_parameters(self, props: TaskProps) -> dict[str, Any]:
        out: dict[str, Any] = {
            "TrainingJobName": props.training_job_name,
            "EnableNetworkIsolation": props.enable_network_isolation,
            "RoleArn": self._role.role_arn,
            "AlgorithmSpecification": self._render_algorithm_specification(props.algorithm_specification),
        }
        if props.input_data_config is not None:
            out["InputDataConfig"] = [self._render_channel(c) for c in props.input_data_config]
        output = props.output_data_config
        key = field(output, "encryption_key")
        out["OutputDataConfig"] = {
            "S3OutputPath": field(output, "s3_output_location").bind(self, for_writing=True).uri,
            **({"KmsKeyId": key.key_arn} if key is not None else {}),
        }
        resources = self._resource_config
        instance_type = str(field(resources, "instance_type"))
        volume_key = field(resources, "volume_encryption_key")
        out["ResourceConfig"] = {
            "InstanceCount": field(resources, "instance_count"),
            "InstanceType": instance_type if is_json_path_or_jsonata_expression(instance_type) else f"ml.{instance_type}",
            "VolumeSizeInGB": field(resources, "volume_size").to_gibibytes(),
            **({"VolumeKmsKeyId": volume_key.key_arn} if volume_key is not None else {}),
        }
        max_runtime = field(self._stopping_condition, "max_runtime")
        out["StoppingCondition"] = {"MaxRuntimeInSeconds": max_runtime.to_seconds() if max_runtime else None}
        if props.hyperparameters is not None:
            out["HyperParameters"] = props.hyperparameters
        if props.tags is not None:
            out["Tags"] = [{"Key": k, "Value": v} for k, v in props.tags.items()]
        if props.vpc_config is not None:
            groups = self._security_groups
            out["VpcConfig"] = {
                "SecurityGroupIds": Lazy.list(lambda: [g.security_group_id for g in groups],
                                              display_hint="SecurityGroupIds"),
                "Subnets": self._subnets,
            }
        if props.environment is not None:
            out["Environment"] = props.environment
        return out

    def _render_algorithm_specification(self, spec: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"TrainingInputMode": _enum(self._training_input_mode)}
        image = field(spec, "training_image")
        if image is not None:
            out["TrainingImage"] = image.bind(self).image_uri
        if field(spec, "algorithm_name"):
            out["AlgorithmName"] = field(spec, "algorithm_name")
        metrics = field(spec, "metric_definitions")
        if metrics:
            out["MetricDefinitions"] = [{"Name": field(m, "name"), "Regex": field(m, "regex")} for m in metrics]
        return out

    def _render_channel(self, channel: Any) -> dict[str, Any]:
        source = field(field(channel, "data_source"), "s3_data_source")
        s3: dict[str, Any] = {
            "S3Uri": field(source, "s3_location").bind(self, for_reading=True).uri,
            "S3DataType": _enum(field(source, "s3_data_type") or S3DataType.S3_PREFIX),
        }
        if field(source, "s3_data_distribution_type"):
            s3["S3DataDistributionType"] = _enum(field(source, "s3_data_distribution_type"))
        if field(source, "attribute_names"):
            s3["AttributeNames"] = field(source, "attribute_names")
        out: dict[str, Any] = {"ChannelName": field(channel, "channel_name"), "DataSource": {"S3DataSource": s3}}
        for key, name in (("CompressionType", "compression_type"), ("ContentType", "content_type"),
                          ("InputMode", "input_mode"), ("RecordWrapperType", "record_wrapper_type")):
            if field(channel, name):
                out[key] = _enum(field(channel, name))
        return out


apply_property_injection(SageMakerCreateTrainingJob)
