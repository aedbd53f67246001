"""CodeBuild property structs: the keyword arguments of the sources, projects and notification methods."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs
from l2.codebuild._enums import ProjectNotificationEvents, ProjectVisibility

if TYPE_CHECKING:
    from l2.codebuild._artifacts import IArtifacts
    from l2.codebuild._build_spec import BuildSpec
    from l2.codebuild._cache import Cache
    from l2.codebuild._fs import IFileSystemLocation
    from l2.codebuild._project import BuildEnvironment, BuildEnvironmentVariable, LoggingOptions
    from l2.codebuild._source import FilterGroup, ISource
    from l2.codecommit import IRepository
    from l2.codestarnotifications import DetailType
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class SourceProps:
    """Properties common to all sources.

    Args:
        identifier: the source identifier (required for secondary sources).
    """

    identifier: str | None = None


@structs.frozen(kw_only=True)
class S3SourceProps(SourceProps):
    """Properties of ``Source.s3`` (see there).

    Args:
        bucket: the bucket holding the source.
        path: the key of the source ZIP file (or folder) in the bucket.
        version: the object version to build (default the latest).
    """

    bucket: IBucket
    path: str
    version: str | None = None


@structs.frozen(kw_only=True)
class CodeCommitSourceProps(SourceProps):
    """Properties of ``Source.code_commit`` (see there).

    Args:
        branch_or_ref: the commit ID, pull request, branch or tag to build (default the default branch's HEAD).
        clone_depth: how many commits of history to fetch (0, over 25 or unset: the full history).
        fetch_submodules: whether git submodules are fetched with the clone (default false).
        repository: the CodeCommit repository to build.
    """

    branch_or_ref: str | None = None
    clone_depth: int | float | None = None
    fetch_submodules: bool | None = None
    repository: IRepository


@structs.frozen(kw_only=True)
class _ThirdPartyProps(SourceProps):
    """What the GitHub, GitHub Enterprise and Bitbucket sources share.

    Args:
        branch_or_ref: the commit ID, pull request, branch or tag to build (default the default branch's HEAD).
        clone_depth: how many commits of history to fetch (0, over 25 or unset: the full history).
        fetch_submodules: whether git submodules are fetched with the clone (default false).
        build_status_url: the URL reported with the commit status (may use CodeBuild variables; default the
            build's page in the CodeBuild console).
        report_build_status: whether the build's start and end are reported to the provider (default true).
        webhook: whether a webhook starts a build on repository events (default true when ``webhook_filters``
            are given, else false).
        webhook_filters: filter groups choosing which events start a build; any matching group is enough
            (default every push and every pull request created or updated).
        webhook_triggers_batch_build: whether the webhook starts a batch build, which turns batch builds on for
            the project (default false).
    """

    branch_or_ref: str | None = None
    clone_depth: int | float | None = None
    fetch_submodules: bool | None = None
    build_status_url: str | None = None
    report_build_status: bool | None = None
    webhook: bool | None = None
    webhook_filters: Sequence[FilterGroup] | None = None
    webhook_triggers_batch_build: bool | None = None


@structs.frozen(kw_only=True)
class GitHubSourceProps(_ThirdPartyProps):
    """Properties of ``Source.git_hub`` (see there).

    Args:
        build_status_context: the ``context`` of the GitHub commit status (may use CodeBuild variables; default
            ``AWS CodeBuild $AWS_REGION ($PROJECT_NAME)``).
        owner: the GitHub user or organization owning the repository.
        repo: the repository name, without the owner (default none: an organization webhook).
    """

    build_status_context: str | None = None
    owner: str
    repo: str | None = None


@structs.frozen(kw_only=True)
class GitHubEnterpriseSourceProps(_ThirdPartyProps):
    """Properties of ``Source.git_hub_enterprise`` (see there).

    Args:
        build_status_context: the ``context`` of the GitHub commit status (may use CodeBuild variables; default
            ``AWS CodeBuild $AWS_REGION ($PROJECT_NAME)``).
        https_clone_url: the repository's HTTPS URL on the GitHub Enterprise server.
        ignore_ssl_errors: whether SSL errors are ignored when connecting to the repository (default false).
    """

    build_status_context: str | None = None
    https_clone_url: str
    ignore_ssl_errors: bool | None = None


@structs.frozen(kw_only=True)
class BitBucketSourceProps(_ThirdPartyProps):
    """Properties of ``Source.bit_bucket`` (see there).

    Args:
        build_status_name: the ``name`` of the Bitbucket commit status (may use CodeBuild variables; default
            ``AWS CodeBuild $AWS_REGION ($PROJECT_NAME)``).
        owner: the Bitbucket user or account owning the repository.
        repo: the repository name, without the owner.
    """

    build_status_name: str | None = None
    owner: str
    repo: str


@structs.frozen(kw_only=True)
class CommonProjectProps:
    """The properties ``Project`` and ``PipelineProject`` share (see ``Project`` for each keyword)."""

    allow_all_outbound: bool | None = None
    auto_retry_limit: int | float | None = None
    badge: bool | None = None
    build_spec: BuildSpec | None = None
    cache: Cache | None = None
    check_secrets_in_plain_text_env_variables: bool | None = None
    concurrent_build_limit: int | float | None = None
    description: str | None = None
    encryption_key: IKey | None = None
    environment: BuildEnvironment | None = None
    environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None
    file_system_locations: Sequence[IFileSystemLocation] | None = None
    grant_report_group_permissions: bool | None = None
    logging: LoggingOptions | None = None
    project_name: str | None = None
    queued_timeout: Duration | None = None
    role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    ssm_session_permissions: bool | None = None
    subnet_selection: SubnetSelection | None = None
    timeout: Duration | None = None
    visibility: ProjectVisibility | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class PipelineProjectProps(CommonProjectProps):
    """The properties of a ``PipelineProject`` (see ``Project`` for each keyword)."""


@structs.frozen(kw_only=True)
class ProjectProps(CommonProjectProps):
    """The properties of a ``Project`` (see ``Project`` for each keyword)."""

    artifacts: IArtifacts | None = None
    secondary_artifacts: Sequence[IArtifacts] | None = None
    secondary_sources: Sequence[ISource] | None = None
    source: ISource | None = None


@structs.frozen(kw_only=True)
class ProjectNotifyOnOptions:
    """Options of ``Project.notify_on``.

    Args:
        created_by: the name or alias of the rule's creator.
        detail_type: ``FULL`` (default) or ``BASIC``.
        enabled: whether notifications are sent.
        notification_rule_name: the rule's name (default generated).
        events: the event types.
    """

    created_by: str | None = None
    detail_type: DetailType | None = None
    enabled: bool | None = None
    notification_rule_name: str | None = None
    events: Sequence[ProjectNotificationEvents]


@structs.frozen(kw_only=True)
class BindToCodePipelineOptions:
    """Options of ``Project.bind_to_code_pipeline``.

    Args:
        artifact_bucket: the pipeline's artifact bucket.
    """

    artifact_bucket: IBucket
