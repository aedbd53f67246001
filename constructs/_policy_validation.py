"""Policy validation: plugins (``IPolicyValidationPluginBeta1``) that check the synthesized templates of a stage.

Plugins are given to ``App``/``Stage`` (``policy_validation_beta1=[...]``) or added with
``Validations.of(scope).add_plugins(...)``. After the root app is synthesized, as in aws-cdk-lib, each plugin
validates the templates of the stacks of its stage (nested stages included); the report is written to
``validation-report.json`` in the assembly, printed to stderr, and synthesis fails with "Validation failed" when a
plugin reports a failure. Violations of rules acknowledged with ``Validations.of(c).acknowledge(...)`` on the
construct (or above it) are reported as suppressed.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from ._private import structs

if TYPE_CHECKING:
    from ._app import App
    from ._assembly import CloudAssembly
    from ._construct import Construct
    from ._stage import Stage


class PolicyValidationReportStatusBeta1(enum.Enum):
    """The outcome of a plugin's validation."""

    SUCCESS = "success"
    """No rule failed."""
    FAILURE = "failure"
    """At least one rule failed."""


class PolicyValidationReportStatus(enum.Enum):
    """The outcome of a plugin's validation."""

    SUCCESS = "success"
    """No rule failed."""
    FAILURE = "failure"
    """At least one rule failed."""


@structs.frozen(kw_only=True)
class PolicyViolatingResourceBeta1:
    """A resource that violates a rule.

    Args:
        locations: where in the resource (property paths such as ``Properties/Name``).
        resource_logical_id: the resource's logical id.
        template_path: the template the resource is in.
    """

    locations: Sequence[str]
    resource_logical_id: str
    template_path: str


@structs.frozen(kw_only=True)
class PolicyViolatingResource:
    """A resource (or construct) that violates a rule.

    Args:
        locations: where in the resource (property paths).
        construct_path: the construct's path (default inferred from the template and logical id).
        resource_logical_id: the resource's logical id (default none).
        template_path: the template the resource is in (default none).
    """

    locations: Sequence[str]
    construct_path: str | None = None
    resource_logical_id: str | None = None
    template_path: str | None = None


@structs.frozen(kw_only=True)
class PolicyViolationBeta1:
    """A rule violation.

    Args:
        description: what is wrong.
        rule_name: the rule's name.
        violating_resources: the resources that violate it.
        fix: how to fix it (default none).
        rule_metadata: extra information about the rule (default none).
        severity: ``fatal``, ``error``, ``warning``, ``info`` or a custom level (default ``error``).
    """

    description: str
    rule_name: str
    violating_resources: Sequence[PolicyViolatingResourceBeta1]
    fix: str | None = None
    rule_metadata: Mapping[str, str] | None = None
    severity: str | None = None


@structs.frozen(kw_only=True)
class PolicyViolation:
    """A rule violation.

    Args:
        description: what is wrong.
        rule_name: the rule's name.
        violating_resources: the resources that violate it.
        fix: how to fix it (default none).
        rule_metadata: extra information about the rule (default none).
        severity: ``fatal``, ``error``, ``warning``, ``info`` or a custom level (default ``error``).
    """

    description: str
    rule_name: str
    violating_resources: Sequence[PolicyViolatingResource]
    fix: str | None = None
    rule_metadata: Mapping[str, str] | None = None
    severity: str | None = None


@structs.frozen(kw_only=True)
class PolicyValidationPluginReportBeta1:
    """What a plugin's ``validate`` returns.

    Args:
        success: whether every rule passed.
        violations: the violations found.
        metadata: extra information shown in the report (default none).
        plugin_version: the plugin's version (default none).
    """

    success: bool
    violations: Sequence[PolicyViolationBeta1]
    metadata: Mapping[str, str] | None = None
    plugin_version: str | None = None


@structs.frozen(kw_only=True)
class PolicyValidationPluginReport:
    """What a plugin's ``validate`` returns.

    Args:
        success: whether every rule passed.
        violations: the violations found.
        metadata: extra information shown in the report (default none).
        plugin_version: the plugin's version (default none).
    """

    success: bool
    violations: Sequence[PolicyViolation]
    metadata: Mapping[str, str] | None = None
    plugin_version: str | None = None


@structs.frozen(kw_only=True)
class PolicyValidationStack:
    """A stack whose template a plugin validates.

    Args:
        stack_construct_path: the stack's construct path.
        template_path: the absolute path of its template.
        account_id: its account, when known (default none).
        region: its region, when known (default none).
    """

    stack_construct_path: str
    template_path: str
    account_id: str | None = None
    region: str | None = None


class IPolicyValidationContextBeta1(Protocol):
    """What a plugin is given: the app and the paths of the templates to validate."""

    @property
    def app_construct(self) -> App: ...

    @property
    def template_paths(self) -> list[str]: ...


class IPolicyValidationContext(IPolicyValidationContextBeta1, Protocol):
    """What a plugin is given: the app, the templates to validate, and their stacks' environment."""

    @property
    def account_id(self) -> str | None: ...

    @property
    def region(self) -> str | None: ...

    @property
    def stack_templates(self) -> list[PolicyValidationStack]: ...


class IPolicyValidationPluginBeta1(Protocol):
    """A policy-validation plugin: a name, an optional version and rule ids, and ``validate``."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str | None: ...

    @property
    def rule_ids(self) -> list[str] | None: ...

    def validate(self, context: IPolicyValidationContextBeta1) -> PolicyValidationPluginReportBeta1: ...


class IPolicyValidationPlugin(Protocol):
    """A policy-validation plugin: a name, an optional version and rule ids, and ``validate``."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str | None: ...

    @property
    def rule_ids(self) -> list[str] | None: ...

    def validate(self, context: IPolicyValidationContext) -> PolicyValidationPluginReport: ...


@structs.frozen(kw_only=True)
class ValidationRuleSource:
    """A validation rule given as source text.

    Args:
        content: the rule's source.
        name: its name (a file name, e.g. ``my-rule.guard``).
    """

    content: str
    name: str


@structs.frozen(kw_only=True)
class CloudFormationValidatePluginProps:
    """The options of ``CloudFormationValidatePlugin``.

    Args:
        guard_rules: CloudFormation Guard rules (default none).
        include_default_rules: also run the built-in rules (default true).
        rego_rules: Rego rules (default none).
    """

    guard_rules: Sequence[ValidationRuleSource] | None = None
    include_default_rules: bool | None = None
    rego_rules: Sequence[ValidationRuleSource] | None = None


class CloudFormationValidatePlugin:
    """A plugin that checks templates against the CloudFormation resource schemas.

    aws-cdk-lib runs the ``@aws/cloudformation-validate`` engine; pycdk runs cfn-lint (which must be installed:
    ``pip install cfn-lint``). Guard and Rego rules need that engine and are refused.

    Args:
        guard_rules: CloudFormation Guard rules (not supported: must be empty).
        include_default_rules: also run the built-in Rego rules (accepted; they need the engine and are not run).
        rego_rules: Rego rules (not supported: must be empty).

    Raises:
        UnscopedValidationError: Guard or Rego rules were given.
    """

    PLUGIN_NAME: ClassVar[str] = "CloudFormation Validate"
    """The plugin's name in reports."""

    _IGNORED_RULES: ClassVar[frozenset[str]] = frozenset({"W3005", "W1020", "E1018", "W9002", "W9013", "W1103"})

    def __init__(
        self,
        *,
        guard_rules: Sequence[ValidationRuleSource] | None = None,
        include_default_rules: bool | None = None,
        rego_rules: Sequence[ValidationRuleSource] | None = None,
    ) -> None:
        from ._errors import UnscopedValidationError

        if guard_rules or rego_rules:
            raise UnscopedValidationError(
                "CloudFormationValidatePlugin: Guard and Rego rules need aws-cdk-lib's validation engine, which "
                "pycdk does not have; remove guard_rules/rego_rules"
            )
        self.include_default_rules = include_default_rules

    @property
    def name(self) -> str:
        """``CloudFormation Validate``."""
        return self.PLUGIN_NAME

    @property
    def version(self) -> str | None:
        """The installed cfn-lint's version (None without cfn-lint)."""
        try:
            from importlib.metadata import version
        except ImportError:  # pragma: no cover
            return None
        try:
            return version("cfn-lint")
        except Exception:
            return None

    @property
    def rule_ids(self) -> list[str] | None:
        """The ids of the rules run (cfn-lint's error and warning rules, minus those aws-cdk-lib ignores)."""
        import os

        import cfnlint.rules
        from cfnlint.rules import RulesCollection

        rules = RulesCollection()
        rules.create_from_directory(os.path.dirname(cfnlint.rules.__file__))
        return sorted(i for i in rules.rules if i[:1] in "EW" and i not in self._IGNORED_RULES)

    def validate(self, context: IPolicyValidationContextBeta1) -> PolicyValidationPluginReport:
        """Lint each template of ``context`` with cfn-lint; errors fail, warnings are reported.

        Findings are grouped as aws-cdk-lib groups its engine's: one violation per rule, severity and description
        (``<property path>: <message>``), listing the resources; a finding outside ``Resources`` names the stack.
        The rule names are cfn-lint's (``E3002``), not the engine's.
        """
        from cfnlint.api import ManualArgs, lint

        stacks = list(getattr(context, "stack_templates", None) or [])
        if not stacks:
            stacks = [PolicyValidationStack(stack_construct_path="", template_path=p) for p in context.template_paths]
        violations: list[PolicyViolation] = []
        by_key: dict[tuple[str, str, str], list[PolicyViolatingResource]] = {}
        for stack in stacks:
            with open(stack.template_path, encoding="utf-8") as f:
                text = f.read()
            args = ManualArgs(regions=[stack.region] if stack.region else ["us-east-1"])
            for match in lint(text, config=args):
                rule_id = match.rule.id
                if rule_id in self._IGNORED_RULES or rule_id[:1] not in "EW":
                    continue
                severity = "error" if rule_id.startswith("E") else "warning"
                path = [str(p) for p in match.path]
                logical_id = path[1] if len(path) > 1 and path[0] == "Resources" else None
                prop_path = ".".join(path[2:]) if logical_id else ""
                description = f"{prop_path.removeprefix('Properties.')}: {match.message}" if prop_path else match.message
                resource = PolicyViolatingResource(
                    locations=[prop_path] if prop_path else [],
                    resource_logical_id=logical_id,
                    construct_path=None if logical_id else stack.stack_construct_path,
                    template_path=stack.template_path,
                )
                key = (rule_id, severity, description)
                if key in by_key:
                    by_key[key].append(resource)
                    continue
                resources = by_key[key] = [resource]
                violations.append(
                    PolicyViolation(description=description, rule_name=rule_id, violating_resources=resources,
                                    severity=severity)
                )
        return PolicyValidationPluginReport(
            success=all(v.severity not in ("error", "fatal") for v in violations), violations=violations
        )


# -- registration and the run after synthesis --------------------------------------------------------------


def add_stage_plugins(stage: Stage, plugins: Sequence[Any]) -> None:
    """Register ``plugins`` on ``stage`` (``Validations.of(stage).add_plugins``)."""
    stage.__dict__.setdefault("_validation_plugins", []).extend(plugins)


def stage_plugins(stage: Stage) -> list[Any]:
    """The plugins of ``stage``: those given to its constructor, then those added."""
    return [*(getattr(stage, "policy_validation_beta1", None) or []), *stage.__dict__.get("_validation_plugins", [])]


class _Context:
    """The context a plugin's ``validate`` gets (both the Beta1 and the current interface)."""

    def __init__(self, app: Construct, stacks: list[PolicyValidationStack]) -> None:
        self.app_construct = app
        self.stack_templates = stacks
        self.template_paths = [s.template_path for s in stacks]
        accounts = {s.account_id for s in stacks}
        regions = {s.region for s in stacks}
        self.account_id = stacks[0].account_id if len(accounts) == 1 else None
        self.region = stacks[0].region if len(regions) == 1 else None


def validate_templates(root: Stage, assembly: CloudAssembly) -> None:
    """Run the plugins of every stage of ``root`` (an app) over their stacks' templates, as aws-cdk-lib does after
    synthesis; write and print the report; fail when a plugin failed.

    Raises:
        UnscopedValidationError: a plugin reported a failure ("Validation failed ...").
    """
    if not _any_plugins(root) and not _builtin_report_wanted(root):
        return
    from ._private.policy_report import run_plugins

    run_plugins(root, assembly, stage_plugins, _Context)


def _builtin_report_wanted(root: Stage) -> bool:
    """Whether aws-cdk-lib would write ``validation-report.json`` without user plugins: its built-in validation
    runs (pycdk's template checks), or annotations go into the report."""
    from ._private.validation import enabled

    if enabled(root):
        return True
    from ._feature_flags import FeatureFlags

    return FeatureFlags.of(root).is_enabled("@aws-cdk/core:annotationsInValidationReport")


def _any_plugins(stage: Stage) -> bool:
    if getattr(stage, "policy_validation_beta1", None) or stage.__dict__.get("_validation_plugins"):
        return True
    return any(_any_plugins(child) for child in stage._synthesis_child_stages())
