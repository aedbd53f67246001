"""AWS CodeBuild constructs (aws-cdk-lib: ``aws_cdk.aws_codebuild``): ``Project``, ``PipelineProject``, sources,
artifacts, build specs, build images, caches, the L1 classes."""

from constructs.internals import check_public_classes
from l1.codebuild import *  # noqa: F403
from l1.codebuild import __all__ as _l1_all
from l2.codebuild._artifacts import Artifacts, ArtifactsConfig, ArtifactsProps, IArtifacts, S3ArtifactsProps
from l2.codebuild._build_spec import BuildSpec
from l2.codebuild._cache import BucketCacheOptions, Cache
from l2.codebuild._credentials import (
    BitBucketSourceCredentials,
    BitBucketSourceCredentialsProps,
    GitHubEnterpriseSourceCredentials,
    GitHubEnterpriseSourceCredentialsProps,
    GitHubSourceCredentials,
    GitHubSourceCredentialsProps,
)
from l2.codebuild._enums import (
    BuildEnvironmentVariableType,
    ComputeType,
    EnvironmentType,
    EventAction,
    ImagePullPrincipalType,
    LocalCacheMode,
    ProjectNotificationEvents,
    ProjectVisibility,
    WindowsImageType,
)
from l2.codebuild._events import PhaseChangeEvent, StateChangeEvent
from l2.codebuild._fleet import (
    ComputeConfiguration,
    DockerServerComputeType,
    DockerServerOptions,
    Fleet,
    FleetComputeType,
    FleetOverflowBehavior,
    FleetProps,
    FleetReference,
    HostKernel,
    IFleet,
    MachineType,
)
from l2.codebuild._fs import (
    EfsFileSystemLocationProps,
    FileSystemConfig,
    FileSystemLocation,
    IFileSystemLocation,
)
from l2.codebuild._gpu_image import (
    BuildImageBindOptions,
    BuildImageConfig,
    IBindableBuildImage,
    LinuxGpuBuildImage,
)
from l2.codebuild._images import (
    DockerImageOptions,
    IBuildImage,
    LinuxArmBuildImage,
    LinuxArmLambdaBuildImage,
    LinuxBuildImage,
    LinuxLambdaBuildImage,
    MacBuildImage,
    WindowsBuildImage,
)
from l2.codebuild._project import (
    BatchBuildConfig,
    BuildEnvironment,
    BuildEnvironmentCertificate,
    BuildEnvironmentVariable,
    CloudWatchLoggingOptions,
    IProject,
    LoggingOptions,
    PipelineProject,
    Project,
    S3LoggingOptions,
)
from l2.codebuild._props import (
    BindToCodePipelineOptions,
    BitBucketSourceProps,
    CodeCommitSourceProps,
    CommonProjectProps,
    GitHubEnterpriseSourceProps,
    GitHubSourceProps,
    PipelineProjectProps,
    ProjectNotifyOnOptions,
    ProjectProps,
    S3SourceProps,
    SourceProps,
)
from l2.codebuild._report_group import IReportGroup, ReportGroup, ReportGroupProps, ReportGroupType
from l2.codebuild._source import FilterGroup, ISource, Source, SourceConfig

__all__ = [
    *_l1_all,
    "Artifacts",
    "ArtifactsConfig",
    "ArtifactsProps",
    "BatchBuildConfig",
    "BindToCodePipelineOptions",
    "BitBucketSourceCredentials",
    "BitBucketSourceCredentialsProps",
    "BitBucketSourceProps",
    "BucketCacheOptions",
    "BuildEnvironment",
    "BuildEnvironmentCertificate",
    "BuildEnvironmentVariable",
    "BuildEnvironmentVariableType",
    "BuildImageBindOptions",
    "BuildImageConfig",
    "BuildSpec",
    "Cache",
    "CloudWatchLoggingOptions",
    "CodeCommitSourceProps",
    "CommonProjectProps",
    "ComputeConfiguration",
    "ComputeType",
    "DockerImageOptions",
    "DockerServerComputeType",
    "DockerServerOptions",
    "EfsFileSystemLocationProps",
    "EnvironmentType",
    "EventAction",
    "FileSystemConfig",
    "FileSystemLocation",
    "FilterGroup",
    "Fleet",
    "FleetComputeType",
    "FleetOverflowBehavior",
    "FleetProps",
    "FleetReference",
    "GitHubEnterpriseSourceCredentials",
    "GitHubEnterpriseSourceCredentialsProps",
    "GitHubEnterpriseSourceProps",
    "GitHubSourceCredentials",
    "GitHubSourceCredentialsProps",
    "GitHubSourceProps",
    "HostKernel",
    "IArtifacts",
    "IBindableBuildImage",
    "IBuildImage",
    "IFileSystemLocation",
    "IFleet",
    "IProject",
    "IReportGroup",
    "ISource",
    "ImagePullPrincipalType",
    "LinuxArmBuildImage",
    "LinuxArmLambdaBuildImage",
    "LinuxBuildImage",
    "LinuxGpuBuildImage",
    "LinuxLambdaBuildImage",
    "LocalCacheMode",
    "LoggingOptions",
    "MacBuildImage",
    "MachineType",
    "PhaseChangeEvent",
    "PipelineProject",
    "PipelineProjectProps",
    "Project",
    "ProjectNotificationEvents",
    "ProjectNotifyOnOptions",
    "ProjectProps",
    "ProjectVisibility",
    "ReportGroup",
    "ReportGroupProps",
    "ReportGroupType",
    "S3ArtifactsProps",
    "S3LoggingOptions",
    "S3SourceProps",
    "Source",
    "SourceConfig",
    "SourceProps",
    "StateChangeEvent",
    "UntrustedCodeBoundaryPolicy",  # noqa: F405 (loaded on first use: it subclasses iam.ManagedPolicy)
    "UntrustedCodeBoundaryPolicyProps",  # noqa: F405
    "WindowsBuildImage",
    "WindowsImageType",
]

check_public_classes(globals())


_LAZY = {"UntrustedCodeBoundaryPolicy": "_boundary", "UntrustedCodeBoundaryPolicyProps": "_boundary"}


def __getattr__(name: str) -> object:
    # ``UntrustedCodeBoundaryPolicy`` subclasses ``iam.ManagedPolicy``: loaded on first use, so importing
    # ``l2.codebuild`` does not load ``l2.iam``
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"l2.codebuild.{module}"), name)
    check_public_classes({name: value})
    globals()[name] = value
    return value
