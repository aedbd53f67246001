"""Amazon Bedrock task: ``BedrockCreateModelCustomizationJob`` and its bucket, tag and VPC configurations."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Stack, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    FieldUtils,
    IntegrationPattern,
    QueryLanguage,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    field,
    integration_resource_arn,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.bedrock import IModel
    from l2.ec2 import ISecurityGroup, ISubnet
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.s3 import IBucket

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)


class CustomizationType(enum.Enum):
    """The customization type."""

    FINE_TUNING = "FINE_TUNING"
    """Fine-tuning: provide labeled data to train a model to improve performance on specific tasks."""
    CONTINUED_PRE_TRAINING = "CONTINUED_PRE_TRAINING"
    """Continued pre-training: provide unlabeled data to pre-train a foundation model."""
    DISTILLATION = "DISTILLATION"
    """Distillation: transfer knowledge from a larger teacher model to a smaller student model."""


@structs.frozen(kw_only=True)
class CustomModelTag:
    """The key/value pair for a tag.

    Attributes:
        key: Key for the tag
        value: Value for the tag
    """

    key: str
    value: str


@structs.frozen(kw_only=True)
class DataBucketConfiguration:
    """S3 bucket configuration for data storage destination.

    Attributes:
        bucket: The S3 bucket
        path: Path to file or directory within the bucket
    """

    bucket: IBucket
    path: str | None = None


@structs.frozen(kw_only=True)
class OutputBucketConfiguration:
    """S3 bucket configuration for the output data.

    Attributes:
        bucket: The S3 bucket
        path: Path to file or directory within the bucket
    """

    bucket: IBucket
    path: str | None = None


@structs.frozen(kw_only=True)
class TrainingBucketConfiguration:
    """S3 bucket configuration for the training data.

    Attributes:
        bucket: The S3 bucket
        path: Path to file or directory within the bucket
    """

    bucket: IBucket
    path: str | None = None


@structs.frozen(kw_only=True)
class ValidationBucketConfiguration:
    """S3 bucket configuration for the validation data.

    Attributes:
        bucket: The S3 bucket
        path: Path to file or directory within the bucket
    """

    bucket: IBucket
    path: str | None = None


@runtime_checkable
class IBedrockCreateModelCustomizationJobVpcConfig(Protocol):
    """VPC configuration of a model customization job."""

    @property
    def security_groups(self) -> list[ISecurityGroup]:
        """VPC configuration security groups (1 to 5)."""
        ...

    @property
    def subnets(self) -> list[ISubnet]:
        """VPC configuration subnets (1 to 16)."""
        ...


@structs.frozen(kw_only=True)
class BedrockCreateModelCustomizationJobProps:
    """Properties for invoking a Bedrock Model.

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
        base_model: The base model
        custom_model_name: A name for the resulting custom model
        job_name: A name for the fine-tuning job
        output_data: The S3 bucket configuration where the output data is stored
        training_data: The S3 bucket configuration where the training data is stored
        client_request_token: A unique, case-sensitive identifier to ensure that the API request completes no more than one time
        customization_type: The customization type
        custom_model_kms_key: The custom model is encrypted at rest using this key
        custom_model_tags: Tags to attach to the resulting custom model
        hyper_parameters: Parameters related to tuning the model
        job_tags: Tags to attach to the job
        role: The IAM role that Amazon Bedrock can assume to perform tasks on your behalf
        validation_data: The S3 bucket configuration where the validation data is stored
        vpc_config: The VPC configuration
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
    base_model: IModel
    custom_model_name: str
    job_name: str
    output_data: OutputBucketConfiguration
    training_data: TrainingBucketConfiguration
    client_request_token: str | None = None
    customization_type: CustomizationType | None = None
    custom_model_kms_key: IKey | None = None
    custom_model_tags: Sequence[CustomModelTag] | None = None
    hyper_parameters: Mapping[str, str] | None = None
    job_tags: Sequence[CustomModelTag] | None = None
    role: IRole | None = None
    validation_data: Sequence[ValidationBucketConfiguration] | None = None
    vpc_config: IBedrockCreateModelCustomizationJobVpcConfig | None = None


class BedrockCreateModelCustomizationJob(TaskStateBase):
    """A Step Functions Task to create model customization in Bedrock.

    Args:
        base_model: The base model
        custom_model_name: A name for the resulting custom model
        job_name: A name for the fine-tuning job
        output_data: The S3 bucket configuration where the output data is stored
        training_data: The S3 bucket configuration where the training data is stored
        client_request_token: A unique, case-sensitive identifier to ensure that the API request completes no more than one time
        customization_type: The customization type
        custom_model_kms_key: The custom model is encrypted at rest using this key
        custom_model_tags: Tags to attach to the resulting custom model
        hyper_parameters: Parameters related to tuning the model
        job_tags: Tags to attach to the job
        role: The IAM role that Amazon Bedrock can assume to perform tasks on your behalf
        validation_data: The S3 bucket configuration where the validation data is stored
        vpc_config: The VPC configuration
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

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        base_model: IModel,
        custom_model_name: str,
        job_name: str,
        output_data: OutputBucketConfiguration,
        training_data: TrainingBucketConfiguration,
        client_request_token: str | None = None,
        customization_type: CustomizationType | None = None,
        custom_model_kms_key: IKey | None = None,
        custom_model_tags: Sequence[CustomModelTag] | None = None,
        hyper_parameters: Mapping[str, str] | None = None,
        job_tags: Sequence[CustomModelTag] | None = None,
        role: IRole | None = None,
        validation_data: Sequence[ValidationBucketConfiguration] | None = None,
        vpc_config: IBedrockCreateModelCustomizationJobVpcConfig | None = None,
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
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        self._validate_length("clientRequestToken", 1, 256, props.client_request_token)
        self._validate_pattern("clientRequestToken", r"^[a-zA-Z0-9](-*[a-zA-Z0-9])*$", props.client_request_token)
        self._validate_length("customModelName", 1, 63, props.custom_model_name)
        self._validate_pattern("customModelName", r"^([0-9a-zA-Z][_-]?)+$", props.custom_model_name)
        self._validate_items("customModelTags", 0, 200, props.custom_model_tags)
        self._validate_length("jobName", 1, 63, props.job_name)
        self._validate_pattern("jobName", r"^[a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*$", props.job_name)
        self._validate_items("jobTags", 0, 200, props.job_tags)
        self._validate_items("validationData", 1, 10, props.validation_data)
        vpc = props.vpc_config
        self._validate_items("securityGroups", 1, 5, vpc.security_groups if vpc is not None else None)
        self._validate_items("subnets", 1, 16, vpc.subnets if vpc is not None else None)
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        if not props.validation_data and not (props.hyper_parameters or {}).get("Evaluation percentage"):
            raise ValidationError("validationData or Evaluation percentage hyperparameter must be provided.", self)
        self._role = props.role if props.role is not None else self._create_role()
        self._task_policies = self._policy_statements()
        key = props.custom_model_kms_key
        if key is not None:
            from l2 import iam

            statement = iam.PolicyStatement(
                actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey", "kms:CreateGrant"],
                resources=["*"], principals=[iam.ArnPrincipal(self._role.role_arn)],
                conditions={"StringEquals": {"kms:ViaService": [f"bedrock.{Stack.of(self).region}.amazonaws.com"]}})
            if key.add_to_resource_policy(statement, True).statement_added is False:
                raise ValidationError("Imported KMS key is not used as the `customModelKmsKey`.", self)

    @property
    def role(self) -> IRole:
        """The IAM role for the model customization job."""
        return self._role

    def _validate_length(self, name: str, low: int, high: int, value: str | None) -> None:
        if value is not None and not Token.is_unresolved(value) and not low <= len(value) <= high:
            raise ValidationError(
                f"{name} must be between {low} and {high} characters long, got: {len(value)}.", self)

    def _validate_pattern(self, name: str, pattern: str, value: str | None) -> None:
        if value is not None and not Token.is_unresolved(value) and re.search(pattern, value) is None:
            raise ValidationError(f"{name} must match the pattern /{pattern}/, got: {value}.", self)

    def _validate_items(self, name: str, low: int, high: int, value: Sequence[Any] | None) -> None:
        if value is not None and not low <= len(value) <= high:
            raise ValidationError(f"{name} must be between {low} and {high} items long, got: {len(value)}.", self)

    def _job_arn(self) -> str:
        return Stack.of(self).format_arn(service="bedrock", resource="model-customization-job", resource_name="*")

    def _create_role(self) -> IRole:
        from l2 import iam

        props = self._props
        stack = Stack.of(self)
        training = field(props.training_data, "bucket").bucket_arn
        validation = [field(v, "bucket").bucket_arn for v in props.validation_data or []]
        output = field(props.output_data, "bucket").bucket_arn
        return iam.Role(self, "BedrockRole", assumed_by=iam.ServicePrincipal("bedrock.amazonaws.com", conditions={
            "StringEquals": {"aws:SourceAccount": stack.account},
            "ArnEquals": {"aws:SourceArn": self._job_arn()},
        }), inline_policies={"BedrockCreateModelCustomizationJob": iam.PolicyDocument(statements=[
            *self._vpc_statements(),
            iam.PolicyStatement(actions=["s3:GetObject", "s3:ListBucket"], resources=[
                training, f"{training}/*", *validation, *[f"{arn}/*" for arn in validation]]),
            iam.PolicyStatement(actions=["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
                                resources=[output, f"{output}/*"]),
        ])})

    def _vpc_statements(self) -> list[Any]:
        from l2 import iam

        vpc = self._props.vpc_config
        if vpc is None:
            return []
        stack = Stack.of(self)
        eni = stack.format_arn(service="ec2", resource="network-interface", resource_name="*")
        subnets = [stack.format_arn(service="ec2", resource="subnet", resource_name=s.subnet_id) for s in vpc.subnets]
        groups = [stack.format_arn(service="ec2", resource="security-group", resource_name=g.security_group_id)
                  for g in vpc.security_groups]
        return [
            iam.PolicyStatement(actions=["ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs",
                                         "ec2:DescribeDhcpOptions", "ec2:DescribeSubnets",
                                         "ec2:DescribeSecurityGroups"], resources=["*"]),
            iam.PolicyStatement(actions=["ec2:CreateNetworkInterface"], resources=[eni], conditions={
                "StringEquals": {"aws:RequestTag/BedrockManaged": ["true"]},
                "ArnEquals": {"aws:RequestTag/BedrockModelCustomizationJobArn": [self._job_arn()]},
            }),
            iam.PolicyStatement(actions=["ec2:CreateNetworkInterface"], resources=[*groups, *subnets]),
            iam.PolicyStatement(actions=["ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface",
                                         "ec2:DeleteNetworkInterfacePermission"], resources=["*"], conditions={
                "ArnEquals": {"ec2:Subnet": subnets,
                              "ec2:ResourceTag/BedrockModelCustomizationJobArn": [self._job_arn()]},
                "StringEquals": {"ec2:ResourceTag/BedrockManaged": "true"},
            }),
            iam.PolicyStatement(actions=["ec2:CreateTags"], resources=[eni], conditions={
                "StringEquals": {"ec2:CreateAction": ["CreateNetworkInterface"]},
                "ForAllValues:StringEquals": {"aws:TagKeys": ["BedrockManaged", "BedrockModelCustomizationJobArn"]},
            }),
        ]

    def _policy_statements(self) -> list[Any]:
        from l2 import iam

        stack = Stack.of(self)
        return [
            iam.PolicyStatement(actions=["bedrock:CreateModelCustomizationJob", "bedrock:TagResource"], resources=[
                self._props.base_model.model_arn,
                stack.format_arn(service="bedrock", resource="custom-model", resource_name="*"),
                self._job_arn(),
            ]),
            iam.PolicyStatement(actions=["iam:PassRole"], resources=[self._role.role_arn]),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props

        def url(config: Any) -> str:
            return field(config, "bucket").s3_url_for_object(field(config, "path"))

        def tags(values: Sequence[Any] | None) -> list[dict[str, Any]] | None:
            if values is None:
                return None
            return [{"Key": field(t, "key"), "Value": field(t, "value")} for t in values]

        vpc = props.vpc_config
        key = props.custom_model_kms_key
        return {
            "Resource": integration_resource_arn("bedrock", "createModelCustomizationJob"),
            "Parameters": FieldUtils.render_object({
                "BaseModelIdentifier": props.base_model.model_arn,
                "ClientRequestToken": props.client_request_token,
                "CustomizationType": props.customization_type.value if props.customization_type is not None else None,
                "CustomModelKmsKeyId": key.key_arn if key is not None else None,
                "CustomModelName": props.custom_model_name,
                "CustomModelTags": tags(props.custom_model_tags),
                "HyperParameters": props.hyper_parameters,
                "JobName": props.job_name,
                "JobTags": tags(props.job_tags),
                "OutputDataConfig": {"S3Uri": url(props.output_data)},
                "RoleArn": self._role.role_arn,
                "TrainingDataConfig": {"S3Uri": url(props.training_data)},
                "ValidationDataConfig": ({"Validators": [{"S3Uri": url(v)} for v in props.validation_data]}
                                         if props.validation_data else None),
                "VpcConfig": ({"SecurityGroupIds": [g.security_group_id for g in vpc.security_groups],
                               "SubnetIds": [s.subnet_id for s in vpc.subnets]} if vpc is not None else None),
            }),
        }
