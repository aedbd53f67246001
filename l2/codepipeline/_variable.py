"""Pipeline variables (``Variable``) and stage conditions (``Rule``, ``Condition``, ``Conditions``,
``FailureConditions``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError
from constructs.internals import structs
from l2.codepipeline._validation import RULE, VARIABLE, validate_against_regex

if TYPE_CHECKING:
    from l2.iam import Role


@structs.frozen(kw_only=True)
class VariableProps:
    """The properties of a pipeline variable.

    Args:
        variable_name: the variable's name.
        default_value: its value when an execution does not set it.
        description: what it is for.
    """

    variable_name: str
    default_value: str | None = None
    description: str | None = None


class Variable:
    """A pipeline-level variable (V2 pipelines), referenced as ``#{variables.<name>}``.

    Args:
        variable_name: the variable's name (1-128 of ``A-Za-z0-9@-_``).
        default_value: its value when an execution does not set it (1-1000 characters).
        description: what it is for (at most 200 characters).
    """

    def __init__(self, *, variable_name: str, default_value: str | None = None,
                 description: str | None = None) -> None:
        self.variable_name = variable_name
        self._default_value = default_value
        self._description = description
        validate_against_regex(None, VARIABLE, "Variable", variable_name)
        if default_value is not None and not Token.is_unresolved(default_value) and not (
                1 <= len(default_value) <= 1000):
            raise UnscopedValidationError(
                f"Default value for variable '{variable_name}' must be between 1 and 1000 characters long, "
                f"got {len(default_value)}")
        if description is not None and not Token.is_unresolved(description) and len(description) > 200:
            raise UnscopedValidationError(
                f"Description for variable '{variable_name}' must not be greater than 200 characters long, "
                f"got {len(description)}")

    def reference(self) -> str:
        """``#{variables.<name>}``: the variable's value in action configurations."""
        return f"#{{variables.{self.variable_name}}}"

    def _render(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self._default_value is not None:
            out["DefaultValue"] = self._default_value
        if self._description is not None:
            out["Description"] = self._description
        out["Name"] = self.variable_name
        return out


class Result(enum.Enum):
    """What happens when a stage condition is not met."""

    ROLLBACK = "ROLLBACK"
    FAIL = "FAIL"
    RETRY = "RETRY"
    SKIP = "SKIP"


class RetryMode(enum.Enum):
    """Which actions a retried stage runs again."""

    ALL_ACTIONS = "ALL_ACTIONS"
    FAILED_ACTIONS = "FAILED_ACTIONS"


@structs.frozen(kw_only=True)
class RuleProps:
    """The properties of a condition rule.

    Args:
        commands: shell commands (``Commands`` rules).
        configuration: the rule's configuration.
        input_artifacts: the names of the artifacts the rule reads.
        name: the rule's name.
        provider: the rule provider (``CloudWatchAlarm``, ``LambdaInvoke``, ...).
        region: the region the rule runs in.
        role: the role the rule runs with.
        version: the rule type's version.
    """

    commands: Sequence[str] | None = None
    configuration: Mapping[Any, Any] | None = None
    input_artifacts: Sequence[str] | None = None
    name: str | None = None
    provider: str | None = None
    region: str | None = None
    role: Role | None = None
    version: str | None = None


class Rule:
    """A rule of a stage condition (``before_entry``, ``on_success``, ``on_failure``).

    Args:
        commands: shell commands (``Commands`` rules).
        configuration: the rule's configuration.
        input_artifacts: the names of the artifacts the rule reads.
        name: the rule's name (1-100 of ``A-Za-z0-9.@-_``).
        provider: the rule provider (``CloudWatchAlarm``, ``LambdaInvoke``, ...).
        region: the region the rule runs in.
        role: the role the rule runs with.
        version: the rule type's version.
    """

    def __init__(self, *, commands: Sequence[str] | None = None, configuration: Mapping[Any, Any] | None = None,
                 input_artifacts: Sequence[str] | None = None, name: str | None = None,
                 provider: str | None = None, region: str | None = None, role: Role | None = None,
                 version: str | None = None) -> None:
        self.rule_name = name
        self._props = RuleProps(commands=commands, configuration=configuration, input_artifacts=input_artifacts,
                                name=name, provider=provider, region=region, role=role, version=version)
        validate_against_regex(None, RULE, "Rule", name)

    def reference(self) -> str:
        """``#{rule.<name>}``."""
        return f"#{{rule.{self.rule_name}}}"

    def _render(self) -> dict[str, Any]:
        p = self._props
        out: dict[str, Any] = {}
        if p.commands is not None:
            out["Commands"] = list(p.commands)
        if p.configuration is not None:
            out["Configuration"] = p.configuration
        if p.input_artifacts is not None:
            out["InputArtifacts"] = [{"Name": a} for a in p.input_artifacts]
        if p.name is not None:
            out["Name"] = p.name
        if p.region is not None:
            out["Region"] = p.region
        if p.role is not None:
            out["RoleArn"] = p.role.role_arn
        type_id: dict[str, Any] = {"Category": "Rule", "Owner": "AWS"}
        if p.provider is not None:
            type_id["Provider"] = p.provider
        if p.version is not None:
            type_id["Version"] = p.version
        out["RuleTypeId"] = type_id
        return out


@structs.frozen(kw_only=True)
class Condition:
    """A stage condition: rules and what happens when they fail.

    Args:
        result: what happens when the rules are not met.
        rules: the rules.
    """

    result: Result | None = None
    rules: Sequence[Rule] | None = None


@structs.frozen(kw_only=True)
class Conditions:
    """The conditions of a stage gate.

    Args:
        conditions: the conditions.
    """

    conditions: Sequence[Condition] | None = None


@structs.frozen(kw_only=True)
class FailureConditions(Conditions):
    """The conditions checked when a stage fails.

    Args:
        result: what happens on failure.
        retry_mode: which actions a retry runs again.
    """

    result: Result | None = None
    retry_mode: RetryMode | None = None
