"""CodeBuild build images: the managed Linux, ARM, Windows, Lambda and macOS images."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs.internals import protocols, structs
from l2.codebuild._enums import ComputeType, ImagePullPrincipalType, WindowsImageType

if TYPE_CHECKING:
    from constructs import Construct, IgnoreMode, SymlinkFollowMode
    from l2.codebuild._build_spec import BuildSpec
    from l2.codebuild._fleet import DockerServerOptions, HostKernel, IFleet
    from l2.codebuild._project import BuildEnvironmentCertificate, BuildEnvironmentVariable
    from l2.ecr import IRepository as IEcrRepository
    from l2.ecr_assets import (
        DockerCacheOption,
        DockerImageAssetInvalidationOptions,
        DockerImageAssetProps,
        NetworkMode,
        Platform,
    )
    from l2.secretsmanager import ISecret


_S3_BUCKET_ENV = "SCRIPT_S3_BUCKET"
_S3_KEY_ENV = "SCRIPT_S3_KEY"


def _is_lambda(compute_type: ComputeType) -> bool:
    return compute_type.value.startswith("BUILD_LAMBDA")


@runtime_checkable
class IBuildImage(Protocol, metaclass=protocols.OptionalMembersMeta):
    """A build image (aws-cdk-lib's ``IBuildImage``).

    ``image_pull_principal_type``, ``repository``, ``secrets_manager_credentials`` and ``run_script_buildspec`` are
    optional (a user image may leave them out).
    """

    if not TYPE_CHECKING:  # not a member for mypy
        __optional_members__ = frozenset({"image_pull_principal_type", "repository", "secrets_manager_credentials",
                                          "run_script_buildspec"})

    image_pull_principal_type: ImagePullPrincipalType | None
    repository: IEcrRepository | None
    secrets_manager_credentials: ISecret | None

    @property
    def image_id(self) -> str:
        """The image identifier."""
        ...

    @property
    def type(self) -> str:
        """The environment type (``LINUX_CONTAINER``, ...)."""
        ...

    @property
    def default_compute_type(self) -> ComputeType:
        """The compute type used when the environment names none."""
        ...

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """Problems of a build environment (its ``BuildEnvironment`` fields) with this image (empty when none)."""
        ...

    def run_script_buildspec(self, entrypoint: str) -> BuildSpec:
        """The build spec that downloads a zip of scripts from S3 and runs ``entrypoint`` from it."""
        ...


class _ManagedImage:
    """A managed image: id, environment type, default compute type, pulled with CodeBuild's credentials.

    Args:
        image_id: the Docker image the build environment runs.
    """

    _TYPE = "LINUX_CONTAINER"
    _DEFAULT_COMPUTE = ComputeType.SMALL

    def __init__(self, image_id: str) -> None:
        self.image_id = image_id
        self.type = self._TYPE
        self.default_compute_type = self._DEFAULT_COMPUTE
        self.image_pull_principal_type: ImagePullPrincipalType | None = ImagePullPrincipalType.CODEBUILD
        self.repository: IEcrRepository | None = None
        self.secrets_manager_credentials: ISecret | None = None

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """Problems of a build environment (its ``BuildEnvironment`` fields) with this image (empty when none)."""
        if compute_type is not None and _is_lambda(compute_type):
            return ["x86-64 images do not support Lambda compute types"]
        return []

    def run_script_buildspec(self, entrypoint: str) -> BuildSpec:
        """The build spec that downloads a zip of scripts from S3 and runs ``entrypoint`` from it."""
        from l2.codebuild._build_spec import BuildSpec

        return BuildSpec.from_object({"version": "0.2", "phases": {
            "pre_build": {"commands": [
                f'echo "Downloading scripts from s3://${{{_S3_BUCKET_ENV}}}/${{{_S3_KEY_ENV}}}"',
                f"aws s3 cp s3://${{{_S3_BUCKET_ENV}}}/${{{_S3_KEY_ENV}}} /tmp",
                "mkdir -p /tmp/scriptdir",
                f"unzip /tmp/$(basename ${_S3_KEY_ENV}) -d /tmp/scriptdir",
            ]},
            "build": {"commands": [
                "export SCRIPT_DIR=/tmp/scriptdir",
                f'echo "Running {entrypoint}"',
                f"chmod +x /tmp/scriptdir/{entrypoint}",
                f"/tmp/scriptdir/{entrypoint}",
            ]},
        }})


@structs.frozen(kw_only=True)
class DockerImageOptions:
    """Options of the ``from_docker_registry`` methods.

    Args:
        secrets_manager_credentials: the registry credentials, for a private registry.
    """

    secrets_manager_credentials: ISecret | None = None


def _docker_asset(scope: Construct, id: str, props: dict[str, Any]) -> Any:
    from l2.ecr_assets import DockerImageAsset

    return DockerImageAsset(scope, id, **{k: v for k, v in props.items() if v is not None})


def _custom(cls: type, image_id: str, repository: Any = None, secrets_manager_credentials: Any = None,
            type: str | None = None) -> Any:
    image = cls(image_id)
    image.image_pull_principal_type = ImagePullPrincipalType.SERVICE_ROLE
    image.repository = repository
    image.secrets_manager_credentials = secrets_manager_credentials
    if type is not None:
        image.type = type
    return image


class _LinuxBuildImage(_ManagedImage):
    pass


class _LinuxArmBuildImage(_ManagedImage):
    _TYPE = "ARM_CONTAINER"
    _DEFAULT_COMPUTE = ComputeType.LARGE

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """ARM images do not run on Lambda compute types."""
        if compute_type is not None and _is_lambda(compute_type):
            return [f"ARM images do not support Lambda ComputeTypes, got {compute_type.value}"]
        return []


class _WindowsBuildImage(_ManagedImage):
    """A managed Windows image.

    Args:
        image_id: the Docker image the build environment runs.
        type: the build environment type (default ``WINDOWS_SERVER_2019_CONTAINER``).
    """

    _DEFAULT_COMPUTE = ComputeType.MEDIUM

    def __init__(self, image_id: str, type: str = "WINDOWS_SERVER_2019_CONTAINER") -> None:
        super().__init__(image_id)
        self.type = type

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """Windows images: no privileged mode, Lambda, SMALL/X_LARGE/X2_LARGE compute, or host kernel."""
        errors = []
        if privileged:
            errors.append("Windows images do not support privileged mode")
        if compute_type is not None and _is_lambda(compute_type):
            errors.append("Windows images do not support Lambda compute types")
        if host_kernel is not None:
            errors.append("Windows images do not support host kernel selection")
        if compute_type in (ComputeType.SMALL, ComputeType.X_LARGE, ComputeType.X2_LARGE):
            errors.append(f"Windows images do not support the '{compute_type.value}' compute type")
        return errors

    def run_script_buildspec(self, entrypoint: str) -> BuildSpec:
        """The build spec that downloads a zip of scripts from S3 and runs ``entrypoint`` with PowerShell."""
        from l2.codebuild._build_spec import BuildSpec

        return BuildSpec.from_object({"version": "0.2", "phases": {
            "pre_build": {"commands": []},
            "build": {"commands": [
                "Set-Variable -Name TEMPDIR -Value (New-TemporaryFile).DirectoryName",
                f"aws s3 cp s3://$env:{_S3_BUCKET_ENV}/$env:{_S3_KEY_ENV} $TEMPDIR\\scripts.zip",
                "New-Item -ItemType Directory -Path $TEMPDIR\\scriptdir",
                "Expand-Archive -Path $TEMPDIR/scripts.zip -DestinationPath $TEMPDIR\\scriptdir",
                '$env:SCRIPT_DIR = "$TEMPDIR\\scriptdir"',
                f"& $TEMPDIR\\scriptdir\\{entrypoint}",
            ]},
        }})


class _LinuxLambdaBuildImage(_ManagedImage):
    _TYPE = "LINUX_LAMBDA_CONTAINER"
    _DEFAULT_COMPUTE = ComputeType.LAMBDA_1GB

    def __init__(self, image_id: str) -> None:
        super().__init__(image_id)
        self.image_pull_principal_type = None

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """Lambda images: Lambda compute types only, no privileged mode or host kernel."""
        errors = []
        if privileged:
            errors.append("Lambda compute type does not support privileged mode")
        if compute_type is not None and not _is_lambda(compute_type):
            errors.append(f"Lambda images only support Lambda ComputeTypes between '{ComputeType.LAMBDA_1GB.value}' "
                          f"and '{ComputeType.LAMBDA_10GB.value}', got '{compute_type.value}'")
        if host_kernel is not None:
            errors.append("Lambda images do not support host kernel selection")
        return errors


class _LinuxArmLambdaBuildImage(_LinuxLambdaBuildImage):
    _TYPE = "ARM_LAMBDA_CONTAINER"


class _MacBuildImage(_ManagedImage):
    _TYPE = "MAC_ARM"
    _DEFAULT_COMPUTE = ComputeType.MEDIUM

    def validate(self, *, build_image: IBuildImage | None = None, certificate: BuildEnvironmentCertificate | None = None,
                 compute_type: ComputeType | None = None, docker_server: DockerServerOptions | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None, fleet: IFleet | None = None,
                 host_kernel: HostKernel | None = None, privileged: bool | None = None) -> list[str]:
        """macOS images run on a reserved-capacity fleet only, without Lambda compute or host kernel."""
        errors = []
        if compute_type is not None and _is_lambda(compute_type):
            errors.append("Mac images do not support Lambda compute types")
        if fleet is None:
            errors.append("Mac images must be used with a fleet")
        if host_kernel is not None:
            errors.append("Mac images do not support host kernel selection")
        return errors


class LinuxBuildImage(_LinuxBuildImage):
    """Linux x86-64 build images (``LINUX_CONTAINER``); the ``AMAZON_LINUX_2_ARM*`` constants are ARM images."""

    AMAZON_LINUX_2: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:1.0")
    AMAZON_LINUX_2023_4: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux-x86_64-standard:4.0")
    AMAZON_LINUX_2023_5: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux-x86_64-standard:5.0")
    AMAZON_LINUX_2023_6: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux-x86_64-standard:6.0")
    AMAZON_LINUX_2023_CORETTO_11: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux-x86_64-standard:corretto11")
    AMAZON_LINUX_2023_CORETTO_8: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux-x86_64-standard:corretto8")
    AMAZON_LINUX_2_2: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:2.0")
    AMAZON_LINUX_2_3: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:3.0")
    AMAZON_LINUX_2_4: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:4.0")
    AMAZON_LINUX_2_5: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:5.0")
    AMAZON_LINUX_2_ARM: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux2-aarch64-standard:1.0")
    AMAZON_LINUX_2_ARM_2: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux2-aarch64-standard:2.0")
    AMAZON_LINUX_2_ARM_3: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux2-aarch64-standard:3.0")
    AMAZON_LINUX_2_CORETTO_11: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:corretto11")
    AMAZON_LINUX_2_CORETTO_8: IBuildImage = _LinuxBuildImage("aws/codebuild/amazonlinux2-x86_64-standard:corretto8")
    STANDARD_1_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:1.0")
    STANDARD_2_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:2.0")
    STANDARD_3_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:3.0")
    STANDARD_4_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:4.0")
    STANDARD_5_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:5.0")
    STANDARD_6_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:6.0")
    STANDARD_7_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:7.0")
    STANDARD_8_0: IBuildImage = _LinuxBuildImage("aws/codebuild/standard:8.0")

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
    ) -> IBuildImage:
        """An image built from a local Docker context as an image asset (``ecr_assets.DockerImageAsset`` keywords),
        pulled with the project's role."""
        asset = _docker_asset(scope, id, {k: v for k, v in locals().items() if k not in ("scope", "id")})
        return _custom(_LinuxBuildImage, asset.image_uri, repository=asset.repository)  # type: ignore[no-any-return]

    @staticmethod
    def from_code_build_image_id(id: str) -> IBuildImage:
        """A CodeBuild-managed Linux image by id (``aws/codebuild/...``)."""
        return _LinuxBuildImage(id)

    @staticmethod
    def from_docker_registry(name: str, *, secrets_manager_credentials: ISecret | None = None) -> IBuildImage:
        """An image from a Docker registry, pulled with the project's role.

        Args:
            name: the image name (``registry/repo:tag``).
            secrets_manager_credentials: the registry credentials, for a private registry.
        """
        return _custom(_LinuxBuildImage, name, secrets_manager_credentials=secrets_manager_credentials)  # type: ignore[no-any-return]

    @staticmethod
    def from_ecr_repository(repository: IEcrRepository, tag_or_digest: str | None = None) -> IBuildImage:
        """An image from an ECR repository, pulled with the project's role (granted pull access).

        Args:
            repository: the repository.
            tag_or_digest: the tag or ``sha256:`` digest (default ``latest``).
        """
        image_id = repository.repository_uri_for_tag_or_digest(tag_or_digest or "latest")
        return _custom(_LinuxBuildImage, image_id, repository=repository)  # type: ignore[no-any-return]


class LinuxArmBuildImage(_LinuxArmBuildImage):
    """Linux ARM build images (``ARM_CONTAINER``, default compute ``LARGE``)."""

    AMAZON_LINUX_2023_STANDARD_2_0: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux-aarch64-standard:2.0")
    AMAZON_LINUX_2023_STANDARD_3_0: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux-aarch64-standard:3.0")
    AMAZON_LINUX_2023_STANDARD_4_0: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux-aarch64-standard:4.0")
    AMAZON_LINUX_2_STANDARD_1_0: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux2-aarch64-standard:1.0")
    AMAZON_LINUX_2_STANDARD_2_0: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux2-aarch64-standard:2.0")
    AMAZON_LINUX_2_STANDARD_3_0: IBuildImage = _LinuxArmBuildImage("aws/codebuild/amazonlinux2-aarch64-standard:3.0")

    @staticmethod
    def from_code_build_image_id(id: str) -> IBuildImage:
        """A CodeBuild-managed ARM image by id."""
        return _LinuxArmBuildImage(id)

    @staticmethod
    def from_docker_registry(name: str, *, secrets_manager_credentials: ISecret | None = None) -> IBuildImage:
        """An image from a Docker registry, pulled with the project's role.

        Args:
            name: the image name (``registry/repo:tag``).
            secrets_manager_credentials: the registry credentials, for a private registry.
        """
        return _custom(_LinuxArmBuildImage, name, secrets_manager_credentials=secrets_manager_credentials)  # type: ignore[no-any-return]

    @staticmethod
    def from_ecr_repository(repository: IEcrRepository, tag_or_digest: str | None = None) -> IBuildImage:
        """An image from an ECR repository, pulled with the project's role (granted pull access).

        Args:
            repository: the repository.
            tag_or_digest: the tag or ``sha256:`` digest (default ``latest``).
        """
        image_id = repository.repository_uri_for_tag_or_digest(tag_or_digest or "latest")
        return _custom(_LinuxArmBuildImage, image_id, repository=repository)  # type: ignore[no-any-return]


class WindowsBuildImage(_WindowsBuildImage):
    """Windows build images (default compute ``MEDIUM``)."""

    WINDOWS_BASE_2_0: IBuildImage = _WindowsBuildImage("aws/codebuild/windows-base:2.0", "WINDOWS_CONTAINER")
    WIN_SERVER_CORE_2019_BASE: IBuildImage = _WindowsBuildImage("aws/codebuild/windows-base:2019-1.0", "WINDOWS_SERVER_2019_CONTAINER")
    WIN_SERVER_CORE_2019_BASE_2_0: IBuildImage = _WindowsBuildImage("aws/codebuild/windows-base:2019-2.0", "WINDOWS_SERVER_2019_CONTAINER")
    WIN_SERVER_CORE_2019_BASE_3_0: IBuildImage = _WindowsBuildImage("aws/codebuild/windows-base:2019-3.0", "WINDOWS_SERVER_2019_CONTAINER")
    WIN_SERVER_CORE_2022_BASE_3_0: IBuildImage = _WindowsBuildImage("aws/codebuild/windows-base:2022-1.0", "WINDOWS_SERVER_2022_CONTAINER")

    @staticmethod
    def from_asset(scope: Construct, id: str, props: DockerImageAssetProps,
                   image_type: WindowsImageType | None = None) -> IBuildImage:
        """An image built from a local Docker context as an image asset, pulled with the project's role.

        Args:
            scope: the scope of the asset.
            id: the asset's construct id.
            props: the ``ecr_assets.DockerImageAssetProps``.
            image_type: the Windows version (default ``STANDARD``).
        """
        from constructs.internals import structs as _structs

        asset = _docker_asset(scope, id, {k: v for k, v in _structs.asdict(props).items() if v is not None})
        return _custom(_WindowsBuildImage, asset.image_uri, repository=asset.repository,  # type: ignore[no-any-return]
                       type=(image_type or WindowsImageType.STANDARD).value)

    @staticmethod
    def from_docker_registry(name: str, options: DockerImageOptions | None = None,
                             image_type: WindowsImageType | None = None) -> IBuildImage:
        """An image from a Docker registry, pulled with the project's role.

        Args:
            name: the image name (``registry/repo:tag``).
            options: the registry credentials, for a private registry.
            image_type: the Windows version (default ``STANDARD``).
        """
        secret = options.secrets_manager_credentials if options is not None else None
        return _custom(_WindowsBuildImage, name, secrets_manager_credentials=secret,  # type: ignore[no-any-return]
                       type=(image_type or WindowsImageType.STANDARD).value)

    @staticmethod
    def from_ecr_repository(repository: IEcrRepository, tag_or_digest: str | None = None, image_type: WindowsImageType | None = None) -> IBuildImage:
        """An image from an ECR repository, pulled with the project's role (granted pull access).

        Args:
            repository: the repository.
            tag_or_digest: the tag or ``sha256:`` digest (default ``latest``).
            image_type: the Windows version (default ``STANDARD``).
        """
        image_id = repository.repository_uri_for_tag_or_digest(tag_or_digest or "latest")
        return _custom(_WindowsBuildImage, image_id, repository=repository, type=(image_type or WindowsImageType.STANDARD).value)  # type: ignore[no-any-return]


class LinuxLambdaBuildImage(_LinuxLambdaBuildImage):
    """Lambda x86-64 build images (``LINUX_LAMBDA_CONTAINER``, default compute ``LAMBDA_1GB``)."""

    AMAZON_LINUX_2023_CORRETTO_21: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:corretto21")
    AMAZON_LINUX_2023_DOTNET_8: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:dotnet8")
    AMAZON_LINUX_2023_GO_1_24: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:go1.24")
    AMAZON_LINUX_2023_NODE_20: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:nodejs20")
    AMAZON_LINUX_2023_NODE_22: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:nodejs22")
    AMAZON_LINUX_2023_NODE_24: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:nodejs24")
    AMAZON_LINUX_2023_PYTHON_3_12: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:python3.12")
    AMAZON_LINUX_2023_PYTHON_3_13: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:python3.13")
    AMAZON_LINUX_2023_RUBY_3_4: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:ruby3.4")
    AMAZON_LINUX_2_CORRETTO_11: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:corretto11")
    AMAZON_LINUX_2_CORRETTO_17: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:corretto17")
    AMAZON_LINUX_2_DOTNET_6: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:dotnet6")
    AMAZON_LINUX_2_GO_1_21: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:go1.21")
    AMAZON_LINUX_2_NODE_18: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:nodejs18")
    AMAZON_LINUX_2_PYTHON_3_11: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:python3.11")
    AMAZON_LINUX_2_RUBY_3_2: IBuildImage = _LinuxLambdaBuildImage("aws/codebuild/amazonlinux-x86_64-lambda-standard:ruby3.2")


class LinuxArmLambdaBuildImage(_LinuxArmLambdaBuildImage):
    """Lambda ARM build images (``ARM_LAMBDA_CONTAINER``, default compute ``LAMBDA_1GB``)."""

    AMAZON_LINUX_2023_CORRETTO_21: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:corretto21")
    AMAZON_LINUX_2023_DOTNET_8: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:dotnet8")
    AMAZON_LINUX_2023_GO_1_24: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:go1.24")
    AMAZON_LINUX_2023_NODE_20: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:nodejs20")
    AMAZON_LINUX_2023_NODE_22: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:nodejs22")
    AMAZON_LINUX_2023_NODE_24: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:nodejs24")
    AMAZON_LINUX_2023_PYTHON_3_12: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:python3.12")
    AMAZON_LINUX_2023_PYTHON_3_13: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:python3.13")
    AMAZON_LINUX_2023_RUBY_3_4: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:ruby3.4")
    AMAZON_LINUX_2_CORRETTO_11: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:corretto11")
    AMAZON_LINUX_2_CORRETTO_17: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:corretto17")
    AMAZON_LINUX_2_DOTNET_6: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:dotnet6")
    AMAZON_LINUX_2_GO_1_21: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:go1.21")
    AMAZON_LINUX_2_NODE_18: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:nodejs18")
    AMAZON_LINUX_2_PYTHON_3_11: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:python3.11")
    AMAZON_LINUX_2_RUBY_3_2: IBuildImage = _LinuxArmLambdaBuildImage("aws/codebuild/amazonlinux-aarch64-lambda-standard:ruby3.2")


class MacBuildImage(_MacBuildImage):
    """macOS ARM build images (``MAC_ARM``, default compute ``MEDIUM``)."""

    BASE_14: IBuildImage = _MacBuildImage("aws/codebuild/macos-arm-base:14")
    BASE_15: IBuildImage = _MacBuildImage("aws/codebuild/macos-arm-base:15")
    BASE_26: IBuildImage = _MacBuildImage("aws/codebuild/macos-arm-base:26")

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
    ) -> IBuildImage:
        """An image built from a local Docker context as an image asset (``ecr_assets.DockerImageAsset`` keywords),
        pulled with the project's role."""
        asset = _docker_asset(scope, id, {k: v for k, v in locals().items() if k not in ("scope", "id")})
        return _custom(_MacBuildImage, asset.image_uri, repository=asset.repository)  # type: ignore[no-any-return]

    @staticmethod
    def from_docker_registry(name: str, *, secrets_manager_credentials: ISecret | None = None) -> IBuildImage:
        """An image from a Docker registry, pulled with the project's role.

        Args:
            name: the image name (``registry/repo:tag``).
            secrets_manager_credentials: the registry credentials, for a private registry.
        """
        return _custom(_MacBuildImage, name, secrets_manager_credentials=secrets_manager_credentials)  # type: ignore[no-any-return]

    @staticmethod
    def from_ecr_repository(repository: IEcrRepository, tag_or_digest: str | None = None) -> IBuildImage:
        """An image from an ECR repository, pulled with the project's role (granted pull access).

        Args:
            repository: the repository.
            tag_or_digest: the tag or ``sha256:`` digest (default ``latest``).
        """
        image_id = repository.repository_uri_for_tag_or_digest(tag_or_digest or "latest")
        return _custom(_MacBuildImage, image_id, repository=repository)  # type: ignore[no-any-return]
