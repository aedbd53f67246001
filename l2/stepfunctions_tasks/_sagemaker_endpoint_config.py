"""SageMaker endpoint configuration task: ``SageMakerCreateEndpointConfig``, ``ProductionVariant`` and the
Elastic Inference ``AcceleratorType``/``AcceleratorClass``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack, ValidationError
from constructs.internals import apply_property_injection, structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
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
    from l2.ec2 import InstanceSize, InstanceType
    from l2.kms import IKey

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE,)


class AcceleratorClass:
    """The generation of Elastic Inference (EI) instance.

    Args:
        version: Elastic Inference accelerator generation
    """

    EIA1: AcceleratorClass
    """Elastic Inference accelerator 1st generation."""
    EIA2: AcceleratorClass
    """Elastic Inference accelerator 2nd generation."""

    @staticmethod
    def of(version: str) -> AcceleratorClass:
        """Custom AcceleratorType."""
        return AcceleratorClass(version)

    def __init__(self, version: str) -> None:
        self.version = version

    def __str__(self) -> str:
        # aws-cdk-lib interpolates the class object itself (it has no toString) into AcceleratorType.of's identifier
        return "[object Object]"


AcceleratorClass.EIA1 = AcceleratorClass.of("eia1")
AcceleratorClass.EIA2 = AcceleratorClass.of("eia2")


class AcceleratorType:
    """The size of the Elastic Inference (EI) instance to use for the production variant.

    Args:
        instance_type_identifier: The instance type identifier, e.g. ``ml.eia1.medium``
    """

    @staticmethod
    def of(accelerator_class: AcceleratorClass, instance_size: InstanceSize) -> AcceleratorType:  # type: ignore[valid-type]
        """AcceleratorType.

        This class takes a combination of a class and size.
        """
        return AcceleratorType(f"ml.{accelerator_class}.{instance_size.value}")  # type: ignore[attr-defined]

    def __init__(self, instance_type_identifier: str) -> None:
        self._instance_type_identifier = instance_type_identifier

    def to_string(self) -> str:
        """Return the accelerator type as a dotted string."""
        return self._instance_type_identifier

    def __str__(self) -> str:
        return self._instance_type_identifier


@structs.frozen(kw_only=True)
class ProductionVariant:
    """Identifies a model that you want to host and the resources to deploy for hosting it.

    Attributes:
        instance_type: The ML compute instance type
        model_name: The name of the model that you want to host
        variant_name: The name of the production variant
        accelerator_type: The size of the Elastic Inference (EI) instance to use for the production variant
        initial_instance_count: Number of instances to launch initially
        initial_variant_weight: Determines initial traffic distribution among all of the models that you specify in the endpoint configuration
    """

    instance_type: InstanceType
    model_name: str
    variant_name: str
    accelerator_type: AcceleratorType | None = None
    initial_instance_count: float | None = None
    initial_variant_weight: float | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateEndpointConfigJsonPathProps:
    """Properties for creating a SageMaker endpoint configuration using JSONPath.

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
        endpoint_config_name: The name of the endpoint configuration
        production_variants: An list of ProductionVariant objects, one for each model that you want to host at this endpoint
        kms_key: AWS Key Management Service key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint
        tags: Tags to be applied to the endpoint configuration
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
    endpoint_config_name: str
    production_variants: Sequence[ProductionVariant]
    kms_key: IKey | None = None
    tags: TaskInput | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateEndpointConfigJsonataProps:
    """Properties for creating a SageMaker endpoint configuration using JSONata.

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
        endpoint_config_name: The name of the endpoint configuration
        production_variants: An list of ProductionVariant objects, one for each model that you want to host at this endpoint
        kms_key: AWS Key Management Service key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint
        tags: Tags to be applied to the endpoint configuration
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
    endpoint_config_name: str
    production_variants: Sequence[ProductionVariant]
    kms_key: IKey | None = None
    tags: TaskInput | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateEndpointConfigProps:
    """Properties for creating a SageMaker endpoint configuration.

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
        endpoint_config_name: The name of the endpoint configuration
        production_variants: An list of ProductionVariant objects, one for each model that you want to host at this endpoint
        kms_key: AWS Key Management Service key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint
        tags: Tags to be applied to the endpoint configuration
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
    endpoint_config_name: str
    production_variants: Sequence[ProductionVariant]
    kms_key: IKey | None = None
    tags: TaskInput | None = None


class SageMakerCreateEndpointConfig(TaskStateBase):
    """A Step Functions Task to create a SageMaker endpoint configuration.

    Args:
        endpoint_config_name: The name of the endpoint configuration
        production_variants: An list of ProductionVariant objects, one for each model that you want to host at this endpoint
        kms_key: AWS Key Management Service key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint
        tags: Tags to be applied to the endpoint configuration
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
        endpoint_config_name: str,
        production_variants: Sequence[ProductionVariant],
        kms_key: IKey | None = None,
        tags: TaskInput | None = None,
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
    ) -> SageMakerCreateEndpointConfig:
        """A Step Functions Task using JSONPath to create a SageMaker endpoint configuration."""
        kwargs = task_kwargs(locals())
        return SageMakerCreateEndpointConfig(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        endpoint_config_name: str,
        production_variants: Sequence[ProductionVariant],
        kms_key: IKey | None = None,
        tags: TaskInput | None = None,
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
    ) -> SageMakerCreateEndpointConfig:
        """A Step Functions Task using JSONata to create a SageMaker endpoint configuration."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return SageMakerCreateEndpointConfig(scope, id, **kwargs)

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateEndpointConfig"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        endpoint_config_name: str,
        production_variants: Sequence[ProductionVariant],
        kms_key: IKey | None = None,
        tags: TaskInput | None = None,
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
        from l2 import iam

        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        variants = props.production_variants
        if not 1 <= len(variants) <= 10:
            raise ValidationError("Must specify from 1 to 10 production variants per endpoint configuration", self)
        for variant in variants:
            count = field(variant, "initial_instance_count")
            weight = field(variant, "initial_variant_weight")
            if count and count < 1:
                raise ValidationError("Must define at least one instance", self)
            if weight and weight <= 0:
                raise ValidationError("InitialVariantWeight has minimum value of 0", self)
        name = props.endpoint_config_name
        stack = Stack.of(self)
        self._task_policies = [
            iam.PolicyStatement(actions=["sagemaker:CreateEndpointConfig"], resources=[stack.format_arn(
                service="sagemaker", resource="endpoint-config",
                resource_name="*" if is_json_path_or_jsonata_expression(name) else name.lower())]),
            iam.PolicyStatement(actions=["sagemaker:ListTags"], resources=["*"]),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("sagemaker", "createEndpointConfig", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "EndpointConfigName": props.endpoint_config_name,
                "Tags": props.tags.value if props.tags is not None else None,
                "KmsKeyId": props.kms_key.key_ref.key_id if props.kms_key is not None else None,
                "ProductionVariants": [_variant(v) for v in props.production_variants],
            }, query_language),
        }


def _variant(variant: Any) -> dict[str, Any]:
    instance_type = str(field(variant, "instance_type"))
    accelerator = field(variant, "accelerator_type")
    return {
        "InitialInstanceCount": field(variant, "initial_instance_count") or 1,
        "InstanceType": instance_type if is_json_path_or_jsonata_expression(instance_type) else f"ml.{instance_type}",
        "ModelName": field(variant, "model_name"),
        "VariantName": field(variant, "variant_name"),
        # aws-cdk-lib renders the AcceleratorType object itself (its one field), not its identifier string
        "AcceleratorType": ({"instanceTypeIdentifier": accelerator.to_string()} if accelerator is not None else None),
        "InitialVariantWeight": field(variant, "initial_variant_weight"),
    }


apply_property_injection(SageMakerCreateEndpointConfig)
