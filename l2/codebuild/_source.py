"""CodeBuild sources: S3, CodeCommit, GitHub, GitHub Enterprise and Bitbucket, with webhook filter groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, UnscopedValidationError
from constructs.internals import structs
from l2.codebuild._enums import EventAction

if TYPE_CHECKING:
    from l2.codecommit import IRepository
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class SourceConfig:
    """What ``ISource.bind`` returns.

    Args:
        source_property: the ``Source`` property of the project.
        build_triggers: the ``Triggers`` property (webhooks).
        source_version: the ``SourceVersion`` property.
    """

    source_property: Any
    build_triggers: Any = None
    source_version: str | None = None


@runtime_checkable
class ISource(Protocol):
    """A build source (aws-cdk-lib's ``ISource``)."""

    @property
    def badge_supported(self) -> bool:
        """Whether a project with this source can have a build badge."""
        ...

    @property
    def type(self) -> str:
        """The CodeBuild source type."""
        ...

    @property
    def identifier(self) -> str | None:
        """The source identifier (required for secondary sources)."""
        ...

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        """Called by the project the source is added to."""
        ...


class FilterGroup:
    """Conditions that must all hold for a webhook event to start a build (immutable: each ``and_*`` returns a
    new group).

    Args:
        actions: the webhook event actions the group matches (at least one).
        filters: the rendered filters every matching event must also pass.
    """

    def __init__(self, actions: Sequence[EventAction], filters: Sequence[dict[str, Any]]) -> None:
        if not actions:
            raise UnscopedValidationError("A filter group must contain at least one event action")
        self._actions = list(dict.fromkeys(actions))
        self._filters = list(filters)

    @staticmethod
    def in_event_of(*actions: EventAction) -> FilterGroup:
        """A group that matches any of ``actions``."""
        return FilterGroup(list(actions), [])

    def _add(self, type: str, pattern: str, include: bool) -> FilterGroup:
        # rendered in CloudFormation casing: the L1 passes the nested filter lists through
        entry: dict[str, Any] = {"Pattern": pattern, "Type": type}
        if not include:
            entry = {"ExcludeMatchedPattern": True, **entry}
        return FilterGroup(self._actions, [*self._filters, entry])

    def _base(self, ref: str, include: bool) -> FilterGroup:
        if EventAction.PUSH in self._actions:
            raise UnscopedValidationError(
                "A base reference condition cannot be added if a Group contains a PUSH event action"
            )
        return self._add("BASE_REF", ref, include)

    def and_branch_is(self, branch_name: str) -> FilterGroup:
        """The event must affect ``branch_name`` (a regular expression)."""
        return self._add("HEAD_REF", f"refs/heads/{branch_name}", True)

    def and_branch_is_not(self, branch_name: str) -> FilterGroup:
        """The event must not affect ``branch_name``."""
        return self._add("HEAD_REF", f"refs/heads/{branch_name}", False)

    def and_commit_message_is(self, commit_message: str) -> FilterGroup:
        """The head commit's message must match."""
        return self._add("COMMIT_MESSAGE", commit_message, True)

    def and_commit_message_is_not(self, commit_message: str) -> FilterGroup:
        """The head commit's message must not match."""
        return self._add("COMMIT_MESSAGE", commit_message, False)

    def and_tag_is(self, tag_name: str) -> FilterGroup:
        """The event must affect ``tag_name``."""
        return self._add("HEAD_REF", f"refs/tags/{tag_name}", True)

    def and_tag_is_not(self, tag_name: str) -> FilterGroup:
        """The event must not affect ``tag_name``."""
        return self._add("HEAD_REF", f"refs/tags/{tag_name}", False)

    def and_head_ref_is(self, pattern: str) -> FilterGroup:
        """The event's Git reference must match ``pattern``."""
        return self._add("HEAD_REF", pattern, True)

    def and_head_ref_is_not(self, pattern: str) -> FilterGroup:
        """The event's Git reference must not match ``pattern``."""
        return self._add("HEAD_REF", pattern, False)

    def and_actor_account_is(self, pattern: str) -> FilterGroup:
        """The actor's account id must match ``pattern``."""
        return self._add("ACTOR_ACCOUNT_ID", pattern, True)

    def and_actor_account_is_not(self, pattern: str) -> FilterGroup:
        """The actor's account id must not match ``pattern``."""
        return self._add("ACTOR_ACCOUNT_ID", pattern, False)

    def and_base_branch_is(self, branch_name: str) -> FilterGroup:
        """The pull request must target ``branch_name`` (not with ``PUSH``)."""
        return self._base(f"refs/heads/{branch_name}", True)

    def and_base_branch_is_not(self, branch_name: str) -> FilterGroup:
        """The pull request must not target ``branch_name`` (not with ``PUSH``)."""
        return self._base(f"refs/heads/{branch_name}", False)

    def and_base_ref_is(self, pattern: str) -> FilterGroup:
        """The pull request's base reference must match ``pattern`` (not with ``PUSH``)."""
        return self._base(pattern, True)

    def and_base_ref_is_not(self, pattern: str) -> FilterGroup:
        """The pull request's base reference must not match ``pattern`` (not with ``PUSH``)."""
        return self._base(pattern, False)

    def and_file_path_is(self, pattern: str) -> FilterGroup:
        """The push must affect a file matching ``pattern``."""
        return self._add("FILE_PATH", pattern, True)

    def and_file_path_is_not(self, pattern: str) -> FilterGroup:
        """The push must not affect a file matching ``pattern``."""
        return self._add("FILE_PATH", pattern, False)

    def and_repository_name_is(self, pattern: str) -> FilterGroup:
        """The repository name must match ``pattern`` (organization webhooks)."""
        return self._add("REPOSITORY_NAME", pattern, True)

    def and_repository_name_is_not(self, pattern: str) -> FilterGroup:
        """The repository name must not match ``pattern`` (organization webhooks)."""
        return self._add("REPOSITORY_NAME", pattern, False)

    def _to_json(self) -> list[dict[str, Any]]:
        event = {"Pattern": ", ".join(a.value for a in self._actions), "Type": "EVENT"}
        return [event, *self._filters]


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


class Source:
    """Where a project's source code comes from.

    Args:
        identifier: the source identifier (required for secondary sources).
    """

    badge_supported: bool = False
    type: str = ""

    def __init__(self, *, identifier: str | None = None) -> None:
        self.identifier = identifier

    @staticmethod
    def s3(*, bucket: IBucket, path: str, version: str | None = None, identifier: str | None = None) -> ISource:
        """A ZIP file (or folder) in S3.

        Args:
            bucket: the bucket.
            path: the object key.
            version: the object version (default the latest).
            identifier: the source identifier (required for secondary sources).
        """
        return _S3Source(bucket=bucket, path=path, version=version, identifier=identifier)

    @staticmethod
    def code_commit(*, repository: IRepository, branch_or_ref: str | None = None, clone_depth: int | None = None,
                    fetch_submodules: bool | None = None, identifier: str | None = None) -> ISource:
        """A CodeCommit repository.

        Args:
            repository: the repository.
            branch_or_ref: the branch, tag, commit or pull request to build (default the default branch).
            clone_depth: the history depth to fetch (default full).
            fetch_submodules: fetch Git submodules.
            identifier: the source identifier (required for secondary sources).
        """
        return _CodeCommitSource(repository, branch_or_ref=branch_or_ref, clone_depth=clone_depth,
                                 fetch_submodules=fetch_submodules, identifier=identifier)

    @staticmethod
    def git_hub(*, owner: str, repo: str | None = None, build_status_context: str | None = None,
                build_status_url: str | None = None, report_build_status: bool | None = None,
                webhook: bool | None = None, webhook_filters: Sequence[FilterGroup] | None = None,
                webhook_triggers_batch_build: bool | None = None, branch_or_ref: str | None = None,
                clone_depth: int | None = None, fetch_submodules: bool | None = None,
                identifier: str | None = None) -> ISource:
        """A GitHub repository (or, without ``repo``, an organization webhook).

        Args:
            owner: the user or organization.
            repo: the repository (default none: an organization webhook).
            build_status_context: the commit status context.
            build_status_url: the commit status target URL.
            report_build_status: report the build status to GitHub (default true).
            webhook: create a webhook (default true when filters are given).
            webhook_filters: the filter groups that start builds.
            webhook_triggers_batch_build: the webhook starts batch builds.
            branch_or_ref: the branch, tag, commit or pull request to build.
            clone_depth: the history depth to fetch.
            fetch_submodules: fetch Git submodules.
            identifier: the source identifier (required for secondary sources).
        """
        return _GitHubSource(**_args(locals()))

    @staticmethod
    def git_hub_enterprise(*, https_clone_url: str, ignore_ssl_errors: bool | None = None,
                           build_status_context: str | None = None, build_status_url: str | None = None,
                           report_build_status: bool | None = None, webhook: bool | None = None,
                           webhook_filters: Sequence[FilterGroup] | None = None,
                           webhook_triggers_batch_build: bool | None = None, branch_or_ref: str | None = None,
                           clone_depth: int | None = None, fetch_submodules: bool | None = None,
                           identifier: str | None = None) -> ISource:
        """A repository of a GitHub Enterprise server.

        Args:
            https_clone_url: the repository's HTTPS clone URL.
            ignore_ssl_errors: ignore TLS errors.
            build_status_context: the commit status context.
            build_status_url: the commit status target URL.
            report_build_status: report the build status (default true).
            webhook: create a webhook (default true when filters are given).
            webhook_filters: the filter groups that start builds.
            webhook_triggers_batch_build: the webhook starts batch builds.
            branch_or_ref: the branch, tag, commit or pull request to build.
            clone_depth: the history depth to fetch.
            fetch_submodules: fetch Git submodules.
            identifier: the source identifier (required for secondary sources).
        """
        return _GitHubEnterpriseSource(**_args(locals()))

    @staticmethod
    def bit_bucket(*, owner: str, repo: str, build_status_name: str | None = None,
                   build_status_url: str | None = None, report_build_status: bool | None = None,
                   webhook: bool | None = None, webhook_filters: Sequence[FilterGroup] | None = None,
                   webhook_triggers_batch_build: bool | None = None, branch_or_ref: str | None = None,
                   clone_depth: int | None = None, fetch_submodules: bool | None = None,
                   identifier: str | None = None) -> ISource:
        """A Bitbucket repository.

        Args:
            owner: the user or workspace.
            repo: the repository.
            build_status_name: the commit status name.
            build_status_url: the commit status target URL.
            report_build_status: report the build status (default true).
            webhook: create a webhook (default true when filters are given).
            webhook_filters: the filter groups that start builds.
            webhook_triggers_batch_build: the webhook starts batch builds.
            branch_or_ref: the branch, tag, commit or pull request to build.
            clone_depth: the history depth to fetch.
            fetch_submodules: fetch Git submodules.
            identifier: the source identifier (required for secondary sources).
        """
        return _BitBucketSource(**_args(locals()))

    def bind(self, _scope: Construct, _project: Any) -> SourceConfig:
        """The source property of ``project`` (subclasses add their location and grants).

        Args:
            _scope: the binding scope.
            _project: the project.
        """
        return SourceConfig(source_property={"sourceIdentifier": self.identifier, "type": self.type})


def _args(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if not k.startswith("_")}


class _NoSource(Source):
    type = "NO_SOURCE"


class _CodePipelineSource(Source):
    type = "CODEPIPELINE"


class _GitSource(Source):
    def __init__(self, *, branch_or_ref: str | None = None, clone_depth: int | None = None,
                 fetch_submodules: bool | None = None, identifier: str | None = None) -> None:
        super().__init__(identifier=identifier)
        self._branch_or_ref = branch_or_ref
        self._clone_depth = clone_depth
        self._fetch_submodules = fetch_submodules

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        prop = dict(super().bind(scope, project).source_property)
        prop["gitCloneDepth"] = self._clone_depth
        prop["gitSubmodulesConfig"] = {"fetchSubmodules": True} if self._fetch_submodules else None
        return SourceConfig(source_property=prop, source_version=self._branch_or_ref)


class _CodeCommitSource(_GitSource):
    badge_supported = True
    type = "CODECOMMIT"

    def __init__(self, repository: IRepository, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._repo = repository

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        from l2 import iam

        project.add_to_role_policy(
            iam.PolicyStatement(actions=["codecommit:GitPull"], resources=[self._repo.repository_arn])
        )
        config = super().bind(scope, project)
        prop = {**config.source_property, "location": self._repo.repository_clone_url_http}
        return SourceConfig(source_property=prop, source_version=config.source_version)


class _S3Source(Source):
    type = "S3"

    def __init__(self, *, bucket: IBucket, path: str, version: str | None, identifier: str | None) -> None:
        super().__init__(identifier=identifier)
        self._bucket = bucket
        self._path = path
        self._version = version

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        self._bucket.grant_read(project, self._path)
        prop = {**super().bind(scope, project).source_property,
                "location": f"{self._bucket.bucket_name}/{self._path}"}
        return SourceConfig(source_property=prop, source_version=self._version)


class _ThirdPartyGitSource(_GitSource):
    badge_supported = True

    def __init__(self, *, report_build_status: bool | None = None, webhook: bool | None = None,
                 webhook_filters: Sequence[FilterGroup] | None = None,
                 webhook_triggers_batch_build: bool | None = None, build_status_url: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._webhook = webhook
        self._report_build_status = True if report_build_status is None else report_build_status
        self._webhook_filters = list(webhook_filters or [])
        self._webhook_triggers_batch_build = webhook_triggers_batch_build
        self._build_status_url = build_status_url

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        any_filters = len(self._webhook_filters) > 0
        webhook = self._webhook if self._webhook is not None else (True if any_filters else None)
        if not webhook and any_filters:
            raise UnscopedValidationError("`webhookFilters` cannot be used when `webhook` is `false`")
        if not webhook and self._webhook_triggers_batch_build:
            raise UnscopedValidationError("`webhookTriggersBatchBuild` cannot be used when `webhook` is `false`")
        config = super().bind(scope, project)
        if self._webhook_triggers_batch_build:
            project.enable_batch_builds()
        triggers = None if webhook is None else {
            "webhook": webhook,
            "buildType": "BUILD_BATCH" if self._webhook_triggers_batch_build else None,
            "filterGroups": [fg._to_json() for fg in self._webhook_filters] if any_filters else None,
        }
        prop = {**config.source_property, "reportBuildStatus": self._report_build_status}
        return SourceConfig(source_property=prop, source_version=config.source_version, build_triggers=triggers)


class _CommonGitHubSource(_ThirdPartyGitSource):
    def __init__(self, *, build_status_context: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._build_status_context = build_status_context

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        config = super().bind(scope, project)
        status = None
        if self._build_status_context is not None or self._build_status_url is not None:
            status = {"context": self._build_status_context, "targetUrl": self._build_status_url}
        prop = {**config.source_property, "buildStatusConfig": status}
        return SourceConfig(source_property=prop, source_version=config.source_version,
                            build_triggers=config.build_triggers)


class _GitHubSource(_CommonGitHubSource):
    type = "GITHUB"

    def __init__(self, *, owner: str, repo: str | None = None, **kwargs: Any) -> None:
        self._organization = owner if repo is None else None
        if not kwargs.get("webhook_filters") and self._organization:
            kwargs["webhook_filters"] = [FilterGroup.in_event_of(EventAction.WORKFLOW_JOB_QUEUED)]
        super().__init__(**kwargs)
        self._location = (
            "CODEBUILD_DEFAULT_WEBHOOK_SOURCE_LOCATION" if self._organization
            else f"https://github.com/{owner}/{repo}.git"
        )

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        config = super().bind(scope, project)
        prop = {**config.source_property, "location": self._location}
        triggers: dict[str, Any] | None = {**(config.build_triggers or {}),
                    "scopeConfiguration": {"name": self._organization} if self._organization else None}
        if all(v is None for v in (triggers or {}).values()):
            triggers = None  # an empty object renders as nothing
        return SourceConfig(source_property=prop, source_version=config.source_version, build_triggers=triggers)


class _GitHubEnterpriseSource(_CommonGitHubSource):
    type = "GITHUB_ENTERPRISE"

    def __init__(self, *, https_clone_url: str, ignore_ssl_errors: bool | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._url = https_clone_url
        self._ignore_ssl_errors = ignore_ssl_errors

    def _filter_with_pr(self, filter_type: str) -> bool:
        # aws-cdk-lib checks for PULL_REQUEST_CREATED only (its `||` chain collapses to the first value)
        return any(
            any(f["Type"] == filter_type for f in fg._filters) and EventAction.PULL_REQUEST_CREATED in fg._actions
            for fg in self._webhook_filters
        )

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        if self._filter_with_pr("COMMIT_MESSAGE"):
            raise UnscopedValidationError(
                "COMMIT_MESSAGE filters cannot be used with GitHub Enterprise Server pull request events"
            )
        if self._filter_with_pr("FILE_PATH"):
            raise UnscopedValidationError(
                "FILE_PATH filters cannot be used with GitHub Enterprise Server pull request events"
            )
        config = super().bind(scope, project)
        prop = {**config.source_property, "location": self._url, "insecureSsl": self._ignore_ssl_errors}
        return SourceConfig(source_property=prop, source_version=config.source_version,
                            build_triggers=config.build_triggers)


class _BitBucketSource(_ThirdPartyGitSource):
    type = "BITBUCKET"

    def __init__(self, *, owner: str, repo: str, build_status_name: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._url = f"https://bitbucket.org/{owner}/{repo}.git"
        self._build_status_name = build_status_name

    def bind(self, scope: Construct, project: Any) -> SourceConfig:
        if any(EventAction.PULL_REQUEST_REOPENED in fg._actions for fg in self._webhook_filters):
            raise UnscopedValidationError(
                "BitBucket sources do not support the PULL_REQUEST_REOPENED webhook event action"
            )
        config = super().bind(scope, project)
        status = None
        if self._build_status_name is not None or self._build_status_url is not None:
            status = {"context": self._build_status_name, "targetUrl": self._build_status_url}
        prop = {**config.source_property, "location": self._url, "buildStatusConfig": status}
        return SourceConfig(source_property=prop, source_version=config.source_version,
                            build_triggers=config.build_triggers)
