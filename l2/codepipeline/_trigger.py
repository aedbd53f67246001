"""Pipeline triggers (V2 pipelines): Git push and pull-request filters on a CodeStar connection source."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs.internals import structs
from l2.codepipeline._validation import validate_triggers

if TYPE_CHECKING:
    from l2.codepipeline._action import IAction


class GitPullRequestEvent(enum.Enum):
    """The pull request events a trigger starts on."""

    OPEN = "OPEN"
    UPDATED = "UPDATED"
    CLOSED = "CLOSED"


class ProviderType(enum.Enum):
    """The source provider of a trigger."""

    CODE_STAR_SOURCE_CONNECTION = "CodeStarSourceConnection"


@structs.frozen(kw_only=True)
class GitPushFilter:
    """Which pushes start the pipeline.

    Args:
        branches_excludes: branches (globs) that never start it.
        branches_includes: branches (globs) that start it.
        file_paths_excludes: file paths (globs) that never start it.
        file_paths_includes: file paths (globs) that start it.
        tags_excludes: tags (globs) that never start it.
        tags_includes: tags (globs) that start it.
    """

    branches_excludes: Sequence[str] | None = None
    branches_includes: Sequence[str] | None = None
    file_paths_excludes: Sequence[str] | None = None
    file_paths_includes: Sequence[str] | None = None
    tags_excludes: Sequence[str] | None = None
    tags_includes: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class GitPullRequestFilter:
    """Which pull request events start the pipeline.

    Args:
        branches_excludes: target branches (globs) that never start it.
        branches_includes: target branches (globs) that start it.
        events: the events (default open, updated and closed).
        file_paths_excludes: file paths (globs) that never start it.
        file_paths_includes: file paths (globs) that start it.
    """

    branches_excludes: Sequence[str] | None = None
    branches_includes: Sequence[str] | None = None
    events: Sequence[GitPullRequestEvent] | None = None
    file_paths_excludes: Sequence[str] | None = None
    file_paths_includes: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class GitConfiguration:
    """The Git side of a trigger.

    Args:
        source_action: the pipeline's ``CodeStarConnectionsSourceAction`` the trigger watches.
        pull_request_filter: pull request filters (at most 3).
        push_filter: push filters (at most 3).
    """

    source_action: IAction
    pull_request_filter: Sequence[GitPullRequestFilter] | None = None
    push_filter: Sequence[GitPushFilter] | None = None


@structs.frozen(kw_only=True)
class TriggerProps:
    """The properties of a trigger.

    Args:
        provider_type: the source provider.
        git_configuration: the Git filters (default none: the source's default change detection).
    """

    provider_type: ProviderType
    git_configuration: GitConfiguration | None = None


def _filter(excludes: Sequence[str] | None, includes: Sequence[str] | None) -> dict[str, Any] | None:
    if not excludes and not includes:
        return None
    out: dict[str, Any] = {}
    if excludes:
        out["Excludes"] = list(excludes)
    if includes:
        out["Includes"] = list(includes)
    return out


def _prune(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


class Trigger:
    """A trigger of a V2 pipeline.

    Args:
        provider_type: the source provider.
        git_configuration: the Git filters.
    """

    def __init__(self, *, provider_type: ProviderType, git_configuration: GitConfiguration | None = None) -> None:
        self._props = TriggerProps(provider_type=provider_type, git_configuration=git_configuration)
        self.source_action: IAction | None = git_configuration.source_action if git_configuration else None
        if git_configuration is not None:
            validate_triggers(git_configuration)

    def _render(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        git = self._props.git_configuration
        if git is not None:
            push = [_prune({
                "Branches": _filter(f.branches_excludes, f.branches_includes),
                "FilePaths": _filter(f.file_paths_excludes, f.file_paths_includes),
                "Tags": _filter(f.tags_excludes, f.tags_includes),
            }) for f in git.push_filter or []]
            pull = []
            for f in git.pull_request_filter or []:
                if f.events:
                    events = [e.value for e in dict.fromkeys(f.events)]
                else:
                    events = ["OPEN", "UPDATED", "CLOSED"]
                pull.append(_prune({
                    "Branches": _filter(f.branches_excludes, f.branches_includes),
                    "Events": events,
                    "FilePaths": _filter(f.file_paths_excludes, f.file_paths_includes),
                }))
            out["GitConfiguration"] = _prune({
                "PullRequest": pull or None,
                "Push": push or None,
                "SourceActionName": git.source_action.action_properties.action_name,
            })
        out["ProviderType"] = self._props.provider_type.value
        return out
