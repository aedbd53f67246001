"""The naming and structure rules of CodePipeline (names, artifact bounds, source placement, triggers)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError, ValidationError

if TYPE_CHECKING:
    from constructs import Construct

IDENTIFIER = re.compile(r"^[a-zA-Z0-9.@_-]{1,100}$")
NAMESPACE = re.compile(r"^[A-Za-z0-9@_-]{1,100}$")
VARIABLE = re.compile(r"^[A-Za-z0-9@\-_]{1,128}$")
RULE = re.compile(r"^[A-Za-z0-9.@\-_]{1,100}$")
_MAX_FILTER_LENGTH = 8


def _js_regex(regex: re.Pattern[str]) -> str:
    return f"/{regex.pattern}/"


def validate_against_regex(scope: Construct | None, regex: re.Pattern[str], thing: str, name: str | None) -> None:
    """Raise when ``name`` (a known string) does not match ``regex``."""
    if name is None or Token.is_unresolved(name) or regex.match(name):
        return
    message = f"{thing} name must match regular expression: {_js_regex(regex)}, got '{name}'"
    if scope is not None:
        raise ValidationError(message, scope)
    raise UnscopedValidationError(message)


def validate_artifact_bounds(kind: str, artifacts: Sequence[Any], minimum: float, maximum: float,
                             category: str, provider: str) -> list[str]:
    """Errors when an action has too few or too many ``kind`` artifacts."""
    errors = []
    if len(artifacts) < minimum:
        errors.append(f"{category}/{provider} must have at least {minimum:g} {kind} artifacts")
    if len(artifacts) > maximum:
        errors.append(f"{category}/{provider} cannot have more than {maximum:g} {kind} artifacts")
    return errors


def validate_source_action(must_be_source: bool, category: str, action_name: str, stage_name: str) -> list[str]:
    """Errors when a source action is outside the first stage or another action is in it."""
    if must_be_source != (category == "Source"):
        where = ("first stage may only contain Source actions" if must_be_source
                 else "Source actions may only occur in first stage")
        return [f"Action {action_name} in stage {stage_name}: {where}"]
    return []


def validate_triggers(git_configuration: Any) -> None:
    """Raise when a trigger's Git configuration is not one CodePipeline accepts."""
    action = git_configuration.source_action
    name = action.action_properties.action_name
    provider = action.action_properties.provider
    if provider != "CodeStarSourceConnection":
        raise UnscopedValidationError(
            f"provider for actionProperties in sourceAction with name '{name}' must be "
            f"'CodeStarSourceConnection', got '{provider}'")
    push, pull = git_configuration.push_filter, git_configuration.pull_request_filter
    if not push and not pull:
        raise UnscopedValidationError(
            "must specify either GitPushFilter or GitPullRequestFilter for the trigger with sourceAction with name "
            f"'{name}'")
    if push is not None:
        if len(push) > 3:
            raise UnscopedValidationError(
                f"length of GitPushFilter for sourceAction with name '{name}' must be less than or equal to 3, "
                f"got {len(push)}")
        for f in push:
            _validate_lengths(f, name, "GitPushFilter")
            _validate_length(f.tags_excludes, "tagsExcludes", name, "GitPushFilter")
            _validate_length(f.tags_includes, "tagsIncludes", name, "GitPushFilter")
            has_branches = bool(f.branches_excludes or f.branches_includes)
            if not has_branches and (f.file_paths_excludes or f.file_paths_includes):
                raise UnscopedValidationError(
                    f"cannot specify filePaths without branches for sourceAction with name '{name}'")
            if not (f.tags_excludes or f.tags_includes) and not has_branches:
                raise UnscopedValidationError(
                    f"must specify either tags or branches in GitpushFilter for sourceAction with name '{name}'")
    if pull is not None:
        if len(pull) > 3:
            raise UnscopedValidationError(
                f"length of GitPullRequestFilter for sourceAction with name '{name}' must be less than or equal to "
                f"3, got {len(pull)}")
        for f in pull:
            if not f.branches_excludes and not f.branches_includes:
                raise UnscopedValidationError(
                    f"must specify branches in GitPullRequestFilter for sourceAction with name '{name}'")
            _validate_lengths(f, name, "GitPullRequestFilter")


def _validate_lengths(f: Any, name: str, kind: str) -> None:
    _validate_length(f.branches_excludes, "branchesExcludes", name, kind)
    _validate_length(f.branches_includes, "branchesIncludes", name, kind)
    _validate_length(f.file_paths_excludes, "filePathsExcludes", name, kind)
    _validate_length(f.file_paths_includes, "filePathsIncludes", name, kind)


def _validate_length(values: Sequence[str] | None, field: str, name: str, kind: str) -> None:
    if values and len(values) > _MAX_FILTER_LENGTH:
        raise UnscopedValidationError(
            f"maximum length of {field} in {kind} for sourceAction with name '{name}' is {_MAX_FILTER_LENGTH}, "
            f"got {len(values)}")
