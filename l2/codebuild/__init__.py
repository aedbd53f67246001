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
from l2.codebuild._fs import (
    EfsFileSystemLocationProps,
    FileSystemConfig,
    FileSystemLocation,
    IFileSystemLocation,
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
    "BindToCodePipelineOptions",
    "BitBucketSourceCredentials",
    "BitBucketSourceCredentialsProps",
    "BitBucketSourceProps",
    "CodeCommitSourceProps",
    "CommonProjectProps",
    "DockerImageOptions",
    "EfsFileSystemLocationProps",
    "FileSystemConfig",
    "FileSystemLocation",
    "IFileSystemLocation",
    "GitHubEnterpriseSourceCredentials",
    "GitHubEnterpriseSourceCredentialsProps",
    "GitHubEnterpriseSourceProps",
    "GitHubSourceCredentials",
    "GitHubSourceCredentialsProps",
    "GitHubSourceProps",
    "PhaseChangeEvent",
    "PipelineProjectProps",
    "ProjectNotifyOnOptions",
    "ProjectProps",
    "S3SourceProps",
    "SourceProps",
    "StateChangeEvent",
    "Artifacts",
    "ArtifactsConfig",
    "ArtifactsProps",
    "BatchBuildConfig",
    "BucketCacheOptions",
    "BuildEnvironment",
    "BuildEnvironmentCertificate",
    "BuildEnvironmentVariable",
    "BuildEnvironmentVariableType",
    "BuildSpec",
    "Cache",
    "CloudWatchLoggingOptions",
    "ComputeType",
    "EnvironmentType",
    "EventAction",
    "FilterGroup",
    "IArtifacts",
    "IBuildImage",
    "IProject",
    "ISource",
    "ImagePullPrincipalType",
    "LinuxArmBuildImage",
    "LinuxArmLambdaBuildImage",
    "LinuxBuildImage",
    "LinuxLambdaBuildImage",
    "LocalCacheMode",
    "LoggingOptions",
    "MacBuildImage",
    "PipelineProject",
    "Project",
    "ProjectNotificationEvents",
    "ProjectVisibility",
    "IReportGroup",
    "ReportGroup",
    "ReportGroupProps",
    "ReportGroupType",
    "S3ArtifactsProps",
    "S3LoggingOptions",
    "Source",
    "SourceConfig",
    "WindowsBuildImage",
    "WindowsImageType",
]

check_public_classes(globals())
