"""The SageMaker tasks' shared types: where images and S3 data live (``DockerImage``, ``S3Location``), model
containers (``ContainerDefinition``) and the structs of training and transform jobs."""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Size
from constructs.internals import structs
from l2.stepfunctions import JsonPath, TaskInput
from l2.stepfunctions_tasks._sagemaker_enums import (
    AssembleWith,
    CompressionType,
    InputMode,
    Mode,
    RecordWrapperType,
    S3DataDistributionType,
    S3DataType,
    SplitType,
)

if TYPE_CHECKING:
    from constructs import IgnoreMode, SymlinkFollowMode
    from l2.ec2 import InstanceType, IVpc, SubnetSelection
    from l2.ecr import IRepository
    from l2.ecr_assets import DockerCacheOption, DockerImageAssetInvalidationOptions, NetworkMode, Platform
    from l2.iam import IPrincipal
    from l2.kms import IKey
    from l2.s3 import IBucket


@runtime_checkable
class ISageMakerTask(Protocol):
    """Task to train a machine learning model using Amazon SageMaker (an ``IGrantable``)."""

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal to grant permissions to."""
        ...


@runtime_checkable
class IContainerDefinition(Protocol):
    """Configuration of the container used to host the model."""

    def bind(self, task: ISageMakerTask) -> ContainerDefinitionConfig:
        """Called when the ContainerDefinition is used by a SageMaker task."""
        ...


class DockerImage(abc.ABC):
    """Creates ``IDockerImage`` instances."""

    @staticmethod
    def from_ecr_repository(repository: IRepository, tag_or_digest: str | None = None) -> DockerImage:
        """Reference a Docker image stored in an ECR repository (``tag_or_digest`` defaults to ``latest``)."""
        tag = "latest" if tag_or_digest is None else tag_or_digest
        return _StandardDockerImage(repository.repository_uri_for_tag_or_digest(tag), repository=repository)

    @staticmethod
    def from_json_expression(expression: str, allow_any_ecr_image_pull: bool | None = None) -> DockerImage:
        """Reference a Docker image which URI is obtained from the task's input."""
        allow = True if allow_any_ecr_image_pull is None else allow_any_ecr_image_pull
        return _StandardDockerImage(expression, allow_any_ecr_image_pull=allow)

    @staticmethod
    def from_registry(image_uri: str) -> DockerImage:
        """Reference a Docker image by it's URI."""
        return _StandardDockerImage(image_uri)

    @staticmethod
    def from_asset(
        scope: Construct,
        id: str,
        *,
        directory: str,
        asset_name: str | None = None,
        build_args: Mapping[str, str] | None = None,
        build_contexts: Mapping[str, str] | None = None,
        build_secrets: Mapping[str, str] | None = None,
        build_ssh: str | None = None,
        cache_disabled: bool | None = None,
        cache_from: Sequence[DockerCacheOption] | None = None,
        cache_to: DockerCacheOption | None = None,
        display_name: str | None = None,
        file: str | None = None,
        invalidation: DockerImageAssetInvalidationOptions | None = None,
        network_mode: NetworkMode | None = None,
        outputs: Sequence[str] | None = None,
        platform: Platform | None = None,
        target: str | None = None,
        extra_hash: str | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> DockerImage:
        """Reference a Docker image that is provided as an Asset in the current app (the keywords are
        ``aws_ecr_assets.DockerImageAsset``'s)."""
        options = {k: v for k, v in locals().items() if k not in ("scope", "id") and v is not None}
        from l2.ecr_assets import DockerImageAsset

        asset = DockerImageAsset(scope, id, **options)
        return _StandardDockerImage(asset.image_uri, repository=asset.repository)

    @abc.abstractmethod
    def bind(self, task: ISageMakerTask) -> DockerImageConfig:
        """Called when the image is used by a SageMaker task."""


class _StandardDockerImage(DockerImage):
    def __init__(self, image_uri: str, *, repository: Any = None, allow_any_ecr_image_pull: bool = False) -> None:
        self._image_uri = image_uri
        self._repository = repository
        self._allow_any_ecr_image_pull = allow_any_ecr_image_pull

    def bind(self, task: ISageMakerTask) -> DockerImageConfig:
        from l2 import iam

        if self._repository is not None:
            self._repository.grant_pull(task)
        if self._allow_any_ecr_image_pull:
            task.grant_principal.add_to_principal_policy(iam.PolicyStatement(
                actions=["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"],
                resources=["*"],
            ))
        return DockerImageConfig(image_uri=self._image_uri)


class S3Location(abc.ABC):
    """Constructs ``IS3Location`` objects."""

    @staticmethod
    def from_bucket(bucket: IBucket, key_prefix: str) -> S3Location:
        """An ``IS3Location`` built with a determined bucket and key prefix."""
        return _StandardS3Location(bucket.url_for_object(key_prefix), bucket=bucket, key_prefix=key_prefix)

    @staticmethod
    def from_json_expression(expression: str) -> S3Location:
        """An ``IS3Location`` determined fully by a JSON Path (or a JSONata expression) from the task input."""
        uri = expression if expression.startswith("{%") else JsonPath.string_at(expression)
        return _StandardS3Location(uri)

    @abc.abstractmethod
    def bind(self, task: ISageMakerTask, *, for_reading: bool | None = None,
             for_writing: bool | None = None) -> S3LocationConfig:
        """Called when the S3Location is bound to a StepFunctions task."""


class _StandardS3Location(S3Location):
    def __init__(self, uri: str, *, bucket: Any = None, key_prefix: str | None = None) -> None:
        self._uri = uri
        self._bucket = bucket
        self._key_glob = f"{key_prefix or ''}*"

    def bind(self, task: ISageMakerTask, *, for_reading: bool | None = None,
             for_writing: bool | None = None) -> S3LocationConfig:
        from l2 import iam

        if self._bucket is not None:
            if for_reading:
                self._bucket.grant_read(task, self._key_glob)
            if for_writing:
                self._bucket.grant_write(task, self._key_glob)
        else:
            actions: list[str] = []
            if for_reading:
                actions += ["s3:GetObject", "s3:ListBucket"]
            if for_writing:
                actions.append("s3:PutObject")
            task.grant_principal.add_to_principal_policy(iam.PolicyStatement(actions=actions, resources=["*"]))
        return S3LocationConfig(uri=self._uri)


class ContainerDefinition:
    """Describes the container, as part of model definition.

    Args:
        container_host_name: Identifies the container in an inference pipeline (logging and metrics)
        environment_variables: The environment variables to set in the Docker container
        image: The Amazon EC2 Container Registry (Amazon ECR) path where inference code is stored
        mode: Defines how many models the container hosts
        model_package_name: The name or Amazon Resource Name (ARN) of the model package to use to create the model
        model_s3_location: The S3 path where the model artifacts, which result from model training, are stored
    """

    def __init__(
        self,
        *,
        container_host_name: str | None = None,
        environment_variables: TaskInput | None = None,
        image: DockerImage | None = None,
        mode: Mode | None = None,
        model_package_name: str | None = None,
        model_s3_location: S3Location | None = None,
    ) -> None:
        self._options = ContainerDefinitionOptions(
            container_host_name=container_host_name, environment_variables=environment_variables, image=image,
            mode=mode, model_package_name=model_package_name, model_s3_location=model_s3_location,
        )

    def bind(self, task: ISageMakerTask) -> ContainerDefinitionConfig:
        """Called when the ContainerDefinition type configured on Sagemaker Task."""
        o = self._options
        return ContainerDefinitionConfig(parameters={
            "ContainerHostname": o.container_host_name,
            "Image": o.image.bind(task).image_uri if o.image is not None else None,
            "Mode": o.mode.value if o.mode is not None else None,
            "ModelDataUrl": o.model_s3_location.bind(task, for_reading=True).uri if o.model_s3_location else None,
            "ModelPackageName": o.model_package_name,
            "Environment": o.environment_variables.value if o.environment_variables is not None else None,
        })


@structs.frozen(kw_only=True)
class AlgorithmSpecification:
    """Specify the training algorithm and algorithm-specific metadata.

    Attributes:
        algorithm_name: Name of the algorithm resource to use for the training job
        metric_definitions: List of metric definition objects
        training_image: Registry path of the Docker image that contains the training algorithm
        training_input_mode: Input mode that the algorithm supports
    """

    algorithm_name: str | None = None
    metric_definitions: Sequence[MetricDefinition] | None = None
    training_image: DockerImage | None = None
    training_input_mode: InputMode | None = None


@structs.frozen(kw_only=True)
class Channel:
    """Describes the training, validation or test dataset and the Amazon S3 location where it is stored.

    Attributes:
        channel_name: Name of the channel
        data_source: Location of the channel data
        compression_type: Compression type if training data is compressed
        content_type: The MIME type of the data
        input_mode: Input mode to use for the data channel in a training job
        record_wrapper_type: Specify RecordIO as the value when input data is in raw format but the training algorithm requires the RecordIO format
        shuffle_config: Shuffle config option for input data in a channel
    """

    channel_name: str
    data_source: DataSource
    compression_type: CompressionType | None = None
    content_type: str | None = None
    input_mode: InputMode | None = None
    record_wrapper_type: RecordWrapperType | None = None
    shuffle_config: ShuffleConfig | None = None


@structs.frozen(kw_only=True)
class ContainerDefinitionConfig:
    """Configuration options for the ContainerDefinition.

    Attributes:
        parameters: Additional parameters to pass to the base task
    """

    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class ContainerDefinitionOptions:
    """Properties to define a ContainerDefinition.

    Attributes:
        container_host_name: This parameter is ignored for models that contain only a PrimaryContainer
        environment_variables: The environment variables to set in the Docker container
        image: The Amazon EC2 Container Registry (Amazon ECR) path where inference code is stored
        mode: Defines how many models the container hosts
        model_package_name: The name or Amazon Resource Name (ARN) of the model package to use to create the model
        model_s3_location: The S3 path where the model artifacts, which result from model training, are stored
    """

    container_host_name: str | None = None
    environment_variables: TaskInput | None = None
    image: DockerImage | None = None
    mode: Mode | None = None
    model_package_name: str | None = None
    model_s3_location: S3Location | None = None


@structs.frozen(kw_only=True)
class DataSource:
    """Location of the channel data.

    Attributes:
        s3_data_source: S3 location of the data source that is associated with a channel
    """

    s3_data_source: S3DataSource


@structs.frozen(kw_only=True)
class DockerImageConfig:
    """Configuration for a using Docker image.

    Attributes:
        image_uri: The fully qualified URI of the Docker image
    """

    image_uri: str


@structs.frozen(kw_only=True)
class MetricDefinition:
    """Specifies the metric name and regular expressions used to parse algorithm logs.

    Attributes:
        name: Name of the metric
        regex: Regular expression that searches the output of a training job and gets the value of the metric
    """

    name: str
    regex: str


@structs.frozen(kw_only=True)
class ModelClientOptions:
    """Configures the timeout and maximum number of retries for processing a transform job invocation.

    Attributes:
        invocations_max_retries: The maximum number of retries when invocation requests are failing
        invocations_timeout: The timeout duration for an invocation request
    """

    invocations_max_retries: float | None = None
    invocations_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class OutputDataConfig:
    """Configures the S3 bucket where SageMaker will save the result of model training.

    Attributes:
        s3_output_location: Identifies the S3 path where you want Amazon SageMaker to store the model artifacts
        encryption_key: Optional KMS encryption key that Amazon SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption
    """

    s3_output_location: S3Location
    encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class ResourceConfig:
    """Specifies the resources, ML compute instances, and ML storage volumes to deploy for model training.

    Attributes:
        instance_count: The number of ML compute instances to use
        instance_type: ML compute instance type
        volume_size: Size of the ML storage volume that you want to provision
        volume_encryption_key: KMS key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that run the training job
    """

    instance_count: float
    instance_type: InstanceType
    volume_size: Size
    volume_encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class S3DataSource:
    """S3 location of the channel data.

    Attributes:
        s3_location: S3 Uri
        attribute_names: List of one or more attribute names to use that are found in a specified augmented manifest file
        s3_data_distribution_type: S3 Data Distribution Type
        s3_data_type: S3 Data Type
    """

    s3_location: S3Location
    attribute_names: Sequence[str] | None = None
    s3_data_distribution_type: S3DataDistributionType | None = None
    s3_data_type: S3DataType | None = None


@structs.frozen(kw_only=True)
class S3LocationBindOptions:
    """Options for binding an S3 Location.

    Attributes:
        for_reading: Allow reading from the S3 Location
        for_writing: Allow writing to the S3 Location
    """

    for_reading: bool | None = None
    for_writing: bool | None = None


@structs.frozen(kw_only=True)
class S3LocationConfig:
    """Stores information about the location of an object in Amazon S3.

    Attributes:
        uri: Uniquely identifies the resource in Amazon S3
    """

    uri: str


@structs.frozen(kw_only=True)
class ShuffleConfig:
    """Configuration for a shuffle option for input data in a channel.

    Attributes:
        seed: Determines the shuffling order
    """

    seed: float


@structs.frozen(kw_only=True)
class StoppingCondition:
    """Specifies a limit to how long a model training job can run.

    Attributes:
        max_runtime: The maximum length of time, in seconds, that the training or compilation job can run
    """

    max_runtime: Duration | None = None


@structs.frozen(kw_only=True)
class TransformDataSource:
    """S3 location of the input data that the model can consume.

    Attributes:
        s3_data_source: S3 location of the input data
    """

    s3_data_source: TransformS3DataSource


@structs.frozen(kw_only=True)
class TransformInput:
    """Dataset to be transformed and the Amazon S3 location where it is stored.

    Attributes:
        transform_data_source: S3 location of the channel data
        compression_type: The compression type of the transform data
        content_type: Multipurpose internet mail extension (MIME) type of the data
        split_type: Method to use to split the transform job's data files into smaller batches
    """

    transform_data_source: TransformDataSource
    compression_type: CompressionType | None = None
    content_type: str | None = None
    split_type: SplitType | None = None


@structs.frozen(kw_only=True)
class TransformOutput:
    """S3 location where you want Amazon SageMaker to save the results from the transform job.

    Attributes:
        s3_output_path: S3 path where you want Amazon SageMaker to store the results of the transform job
        accept: MIME type used to specify the output data
        assemble_with: Defines how to assemble the results of the transform job as a single S3 object
        encryption_key: AWS KMS key that Amazon SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption
    """

    s3_output_path: str
    accept: str | None = None
    assemble_with: AssembleWith | None = None
    encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class TransformResources:
    """ML compute instances for the transform job.

    Attributes:
        instance_count: Number of ML compute instances to use in the transform job
        instance_type: ML compute instance type for the transform job
        volume_encryption_key: AWS KMS key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s)
    """

    instance_count: float
    instance_type: InstanceType
    volume_encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class TransformS3DataSource:
    """Location of the channel data.

    Attributes:
        s3_uri: Identifies either a key name prefix or a manifest
        s3_data_type: S3 Data Type
    """

    s3_uri: str
    s3_data_type: S3DataType | None = None


@structs.frozen(kw_only=True)
class VpcConfig:
    """Specifies the VPC that you want your Amazon SageMaker training job to connect to.

    Attributes:
        vpc: VPC
        subnets: VPC subnets
    """

    vpc: IVpc
    subnets: SubnetSelection | None = None


