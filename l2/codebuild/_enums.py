"""CodeBuild enums: compute and environment types, variable types, cache modes, webhook events, notifications."""

from __future__ import annotations

import enum


class ComputeType(enum.Enum):
    """The compute capacity of a build environment."""

    SMALL = "BUILD_GENERAL1_SMALL"
    MEDIUM = "BUILD_GENERAL1_MEDIUM"
    LARGE = "BUILD_GENERAL1_LARGE"
    X_LARGE = "BUILD_GENERAL1_XLARGE"
    X2_LARGE = "BUILD_GENERAL1_2XLARGE"
    LAMBDA_1GB = "BUILD_LAMBDA_1GB"
    LAMBDA_2GB = "BUILD_LAMBDA_2GB"
    LAMBDA_4GB = "BUILD_LAMBDA_4GB"
    LAMBDA_8GB = "BUILD_LAMBDA_8GB"
    LAMBDA_10GB = "BUILD_LAMBDA_10GB"
    ATTRIBUTE_BASED = "ATTRIBUTE_BASED_COMPUTE"
    CUSTOM_INSTANCE_TYPE = "CUSTOM_INSTANCE_TYPE"


class EnvironmentType(enum.Enum):
    """The kind of a build environment (container or EC2, OS, architecture)."""

    ARM_CONTAINER = "ARM_CONTAINER"
    LINUX_CONTAINER = "LINUX_CONTAINER"
    LINUX_GPU_CONTAINER = "LINUX_GPU_CONTAINER"
    WINDOWS_SERVER_2019_CONTAINER = "WINDOWS_SERVER_2019_CONTAINER"
    WINDOWS_SERVER_2022_CONTAINER = "WINDOWS_SERVER_2022_CONTAINER"
    MAC_ARM = "MAC_ARM"
    LINUX_EC2 = "LINUX_EC2"
    ARM_EC2 = "ARM_EC2"
    WINDOWS_EC2 = "WINDOWS_EC2"


class BuildEnvironmentVariableType(enum.Enum):
    """Where an environment variable's value comes from."""

    PLAINTEXT = "PLAINTEXT"
    PARAMETER_STORE = "PARAMETER_STORE"
    SECRETS_MANAGER = "SECRETS_MANAGER"


class ImagePullPrincipalType(enum.Enum):
    """Whose credentials pull the build image."""

    CODEBUILD = "CODEBUILD"
    SERVICE_ROLE = "SERVICE_ROLE"


class LocalCacheMode(enum.Enum):
    """What a local cache keeps."""

    SOURCE = "LOCAL_SOURCE_CACHE"
    DOCKER_LAYER = "LOCAL_DOCKER_LAYER_CACHE"
    CUSTOM = "LOCAL_CUSTOM_CACHE"


class EventAction(enum.Enum):
    """The repository events a webhook filter group can match."""

    PUSH = "PUSH"
    PULL_REQUEST_CREATED = "PULL_REQUEST_CREATED"
    PULL_REQUEST_UPDATED = "PULL_REQUEST_UPDATED"
    PULL_REQUEST_CLOSED = "PULL_REQUEST_CLOSED"
    PULL_REQUEST_MERGED = "PULL_REQUEST_MERGED"
    PULL_REQUEST_REOPENED = "PULL_REQUEST_REOPENED"
    RELEASED = "RELEASED"
    PRERELEASED = "PRERELEASED"
    WORKFLOW_JOB_QUEUED = "WORKFLOW_JOB_QUEUED"


class ProjectNotificationEvents(enum.Enum):
    """The CodeStar Notifications event types of a project."""

    BUILD_FAILED = "codebuild-project-build-state-failed"
    BUILD_SUCCEEDED = "codebuild-project-build-state-succeeded"
    BUILD_IN_PROGRESS = "codebuild-project-build-state-in-progress"
    BUILD_STOPPED = "codebuild-project-build-state-stopped"
    BUILD_PHASE_FAILED = "codebuild-project-build-phase-failure"
    BUILD_PHASE_SUCCEEDED = "codebuild-project-build-phase-success"


class ProjectVisibility(enum.Enum):
    """Who can see a project's builds."""

    PUBLIC_READ = "PUBLIC_READ"
    PRIVATE = "PRIVATE"


class WindowsImageType(enum.Enum):
    """The Windows version of a Windows build image."""

    STANDARD = "WINDOWS_CONTAINER"
    SERVER_2019 = "WINDOWS_SERVER_2019_CONTAINER"
    SERVER_2022 = "WINDOWS_SERVER_2022_CONTAINER"
