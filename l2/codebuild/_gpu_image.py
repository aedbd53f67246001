"""``LinuxGpuBuildImage``: AWS Deep Learning Containers images (``LINUX_GPU_CONTAINER``), bound to the project that
uses them (pull access to the DLC repository of the region's DLC account)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from constructs import Aws, Construct, Lazy, Stack, UnscopedValidationError
from constructs.internals import structs
from l2.codebuild._enums import ComputeType, ImagePullPrincipalType

if TYPE_CHECKING:
    from l2.codebuild._build_spec import BuildSpec
    from l2.codebuild._fleet import DockerServerOptions, HostKernel, IFleet
    from l2.codebuild._images import IBuildImage
    from l2.codebuild._project import BuildEnvironmentCertificate, BuildEnvironmentVariable, IProject
    from l2.ecr import IRepository

_DLC_REPOSITORY_ACCOUNT = "dlcRepositoryAccount"


@structs.frozen(kw_only=True)
class BuildImageBindOptions:
    """The options of ``IBindableBuildImage.bind`` (none yet)."""


@structs.frozen(kw_only=True)
class BuildImageConfig:
    """What ``IBindableBuildImage.bind`` returns (nothing yet)."""


@runtime_checkable
class IBindableBuildImage(Protocol):
    """A build image that binds to the project using it (aws-cdk-lib's ``IBindableBuildImage``)."""

    def bind(self, scope: Construct, project: IProject) -> BuildImageConfig:
        """Called by the project: add what the image needs (permissions, ...)."""
        ...


class LinuxGpuBuildImage:
    """AWS Deep Learning Containers GPU images (``LINUX_GPU_CONTAINER``, default compute ``LARGE``).

    Args:
        repository_name: the DLC repository.
        tag: the image tag.
        account: the account of the repository (default the region's DLC account).
    """

    DLC_TENSORFLOW_1_14_0: ClassVar[IBuildImage]
    DLC_TENSORFLOW_1_15_0: ClassVar[IBuildImage]
    DLC_TENSORFLOW_1_15_2_TRAINING: ClassVar[IBuildImage]
    DLC_TENSORFLOW_1_15_2_INFERENCE: ClassVar[IBuildImage]
    DLC_TENSORFLOW_2_0_0: ClassVar[IBuildImage]
    DLC_TENSORFLOW_2_0_1: ClassVar[IBuildImage]
    DLC_TENSORFLOW_2_1_0_TRAINING: ClassVar[IBuildImage]
    DLC_TENSORFLOW_2_1_0_INFERENCE: ClassVar[IBuildImage]
    DLC_TENSORFLOW_2_2_0_TRAINING: ClassVar[IBuildImage]
    DLC_PYTORCH_1_2_0: ClassVar[IBuildImage]
    DLC_PYTORCH_1_3_1: ClassVar[IBuildImage]
    DLC_PYTORCH_1_4_0_TRAINING: ClassVar[IBuildImage]
    DLC_PYTORCH_1_4_0_INFERENCE: ClassVar[IBuildImage]
    DLC_PYTORCH_1_5_0_TRAINING: ClassVar[IBuildImage]
    DLC_PYTORCH_1_5_0_INFERENCE: ClassVar[IBuildImage]
    DLC_MXNET_1_4_1: ClassVar[IBuildImage]
    DLC_MXNET_1_6_0: ClassVar[IBuildImage]

    def __init__(self, repository_name: str, tag: str, account: str | None = None) -> None:
        self._repository_name = repository_name
        self._account = account
        self._image_account: str | None = None
        self.type = "LINUX_GPU_CONTAINER"
        """The environment type."""
        self.default_compute_type = ComputeType.LARGE
        """The compute type used when the environment names none."""
        self.image_pull_principal_type: ImagePullPrincipalType | None = ImagePullPrincipalType.SERVICE_ROLE
        """Images are pulled with the project's role."""
        self.repository: IRepository | None = None
        self.secrets_manager_credentials: Any = None
        image_account = account if account is not None else Lazy.string(self._produce_account)
        self.image_id = f"{image_account}.dkr.ecr.{Aws.REGION}.{Aws.URL_SUFFIX}/{repository_name}:{tag}"
        """The image identifier."""

    def _produce_account(self) -> str:
        if self._image_account is None:
            raise UnscopedValidationError("Make sure this 'LinuxGpuBuildImage' is used in a CodeBuild Project construct")
        return self._image_account

    @staticmethod
    def aws_deep_learning_containers_image(repository_name: str, tag: str, account: str | None = None) -> IBuildImage:
        """A Deep Learning Containers image by repository and tag (account default: the region's DLC account)."""
        return LinuxGpuBuildImage(repository_name, tag, account)

    @staticmethod
    def from_ecr_repository(repository: IRepository, tag: str | None = None) -> IBuildImage:
        """A GPU image from an ECR repository (tag default ``latest``)."""
        return LinuxGpuBuildImage(repository.repository_name, tag or "latest",
                                  repository.env.account)  # type: ignore[attr-defined]

    def bind(self, scope: Construct, project: IProject) -> BuildImageConfig:
        """Grant the project pull access to the DLC repository and fix the image's account."""
        from l2 import ecr

        account = self._account if self._account is not None else Stack.of(scope).regional_fact(
            _DLC_REPOSITORY_ACCOUNT)
        repository = ecr.Repository.from_repository_attributes(
            scope, "AwsDlcRepositoryCodeBuild", repository_name=self._repository_name,
            repository_arn=ecr.Repository.arn_for_local_repository(self._repository_name, scope, account))
        repository.grant_pull(project)
        self._image_account = account
        return BuildImageConfig()

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """GPU images run on the LARGE and SMALL compute types only."""
        if compute_type is not None and compute_type not in (ComputeType.LARGE, ComputeType.SMALL):
            return [f"GPU images only support ComputeType '{ComputeType.LARGE.value}' and "
                    f"'{ComputeType.SMALL.value}' - '{compute_type.value}' was given"]
        return []

    def run_script_buildspec(self, entrypoint: str) -> BuildSpec:
        """The build spec that downloads a zip of scripts from S3 and runs ``entrypoint`` from it."""
        from l2.codebuild._images import LinuxBuildImage

        return LinuxBuildImage.STANDARD_7_0.run_script_buildspec(entrypoint)  # type: ignore[union-attr]


def _define() -> None:
    images = {
        "DLC_TENSORFLOW_1_14_0": ("tensorflow-training", "1.14.0-gpu-py36-cu100-ubuntu16.04"),
        "DLC_TENSORFLOW_1_15_0": ("tensorflow-training", "1.15.0-gpu-py36-cu100-ubuntu18.04"),
        "DLC_TENSORFLOW_1_15_2_TRAINING": ("tensorflow-training", "1.15.2-gpu-py37-cu100-ubuntu18.04"),
        "DLC_TENSORFLOW_1_15_2_INFERENCE": ("tensorflow-inference", "1.15.2-gpu-py36-cu100-ubuntu18.04"),
        "DLC_TENSORFLOW_2_0_0": ("tensorflow-training", "2.0.0-gpu-py36-cu100-ubuntu18.04"),
        "DLC_TENSORFLOW_2_0_1": ("tensorflow-training", "2.0.1-gpu-py36-cu100-ubuntu18.04"),
        "DLC_TENSORFLOW_2_1_0_TRAINING": ("tensorflow-training", "2.1.0-gpu-py36-cu101-ubuntu18.04"),
        "DLC_TENSORFLOW_2_1_0_INFERENCE": ("tensorflow-inference", "2.1.0-gpu-py36-cu101-ubuntu18.04"),
        "DLC_TENSORFLOW_2_2_0_TRAINING": ("tensorflow-training", "2.2.0-gpu-py37-cu101-ubuntu18.04"),
        "DLC_PYTORCH_1_2_0": ("pytorch-training", "1.2.0-gpu-py36-cu100-ubuntu16.04"),
        "DLC_PYTORCH_1_3_1": ("pytorch-training", "1.3.1-gpu-py36-cu101-ubuntu16.04"),
        "DLC_PYTORCH_1_4_0_TRAINING": ("pytorch-training", "1.4.0-gpu-py36-cu101-ubuntu16.04"),
        "DLC_PYTORCH_1_4_0_INFERENCE": ("pytorch-inference", "1.4.0-gpu-py36-cu101-ubuntu16.04"),
        "DLC_PYTORCH_1_5_0_TRAINING": ("pytorch-training", "1.5.0-gpu-py36-cu101-ubuntu16.04"),
        "DLC_PYTORCH_1_5_0_INFERENCE": ("pytorch-inference", "1.5.0-gpu-py36-cu101-ubuntu16.04"),
        "DLC_MXNET_1_4_1": ("mxnet-training", "1.4.1-gpu-py36-cu100-ubuntu16.04"),
        "DLC_MXNET_1_6_0": ("mxnet-training", "1.6.0-gpu-py36-cu101-ubuntu16.04"),
    }
    for name, (repository, tag) in images.items():
        setattr(LinuxGpuBuildImage, name, LinuxGpuBuildImage(repository, tag))


_define()
