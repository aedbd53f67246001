"""Rule packs as policy-validation plugins (``IPolicyValidationPluginBeta1``): ``SecurityPack``, ``ServerlessPack``.

``App(policy_validation_beta1=[SecurityPack()])`` runs a pack after synthesis over the templates of the app's
stacks; its findings go into aws-cdk-lib's validation report (``validation-report.json``, printed), and an error
finding fails synthesis ("Validation failed"). Acknowledged findings (``Rules.suppress``) are listed as
suppressed by the report; ``cdk_nag`` suppressions are counted in the report's metadata; unused suppressions
are warnings (rule ``UnusedSuppression``).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from ._rule import Rule

if TYPE_CHECKING:
    from constructs import IPolicyValidationContextBeta1, PolicyValidationPluginReport

    from ._engine import RulesResult

UNUSED_SUPPRESSION_RULE = "UnusedSuppression"
"""The rule name of the warning reported for a suppression that silenced nothing."""


def _load(package: str, modules: Sequence[str]) -> list[Rule]:
    return [importlib.import_module(m if m.startswith("pycdk.") else f"{package}.{m}").RULE for m in modules]


class RulePack:
    """A pack of rules, usable as a policy-validation plugin.

    Args:
        include: run only these rule ids (default all).
        exclude: do not run these rule ids (default none).

    Raises:
        ValueError: an id in ``include`` or ``exclude`` is not a rule of the pack.
    """

    PACK_NAME: ClassVar[str] = ""
    """The plugin's name (reports); its rule namespace is the name with dashes for spaces."""
    _PACKAGE: ClassVar[str] = ""

    def __init__(self, *, include: Sequence[str] | None = None, exclude: Sequence[str] | None = None) -> None:
        rules = self.all_rules()
        known = {r.id for r in rules}
        for arg, ids in (("include", include), ("exclude", exclude)):
            if ids is None:
                continue
            if isinstance(ids, str):
                raise TypeError(f"{type(self).__name__}: {arg} must be a list of rule ids, not a string")
            unknown = sorted(set(ids) - known)
            if unknown:
                raise ValueError(f"{type(self).__name__}: {arg} names unknown rule(s) {', '.join(unknown)}")
        self.rules: list[Rule] = [
            r for r in rules if (include is None or r.id in include) and (exclude is None or r.id not in exclude)
        ]

    @classmethod
    def all_rules(cls) -> list[Rule]:
        """Every rule of the pack, in the pack's order."""
        package = importlib.import_module(cls._PACKAGE)
        return _load(cls._PACKAGE, package.RULE_MODULES)

    @property
    def name(self) -> str:
        """The plugin's name."""
        return self.PACK_NAME

    @property
    def namespace(self) -> str:
        """The namespace of the pack's rule ids in acknowledgements (``<namespace>::<rule id>``)."""
        return self.PACK_NAME.replace(" ", "-")

    @property
    def version(self) -> str | None:
        """pycdk's version."""
        from pycdk import __version__

        return __version__

    @property
    def rule_ids(self) -> list[str] | None:
        """The ids of the rules run."""
        return [r.id for r in self.rules]

    def validate(self, context: IPolicyValidationContextBeta1) -> PolicyValidationPluginReport:
        """Check the templates of ``context``; see the module docstring."""
        from ._engine import run
        from ._private.assembly import stacks_from_files, tree_acknowledgements

        stacks_info = list(getattr(context, "stack_templates", None) or [])
        manifests: dict[str, Any] = {}
        if stacks_info:  # each stack with its nested stacks
            stacks = [n for s in stacks_info for n in stacks_from_files(s.template_path, s.stack_construct_path,
                                                                        manifests)]
        else:
            stacks = [n for p in context.template_paths for n in stacks_from_files(p, "", manifests)]
        acks = tree_acknowledgements(context.app_construct)
        roots = [s.stack_path for s in stacks if s.stack_path]
        if roots:  # only the acknowledgements that can reach the stacks checked (not those of other stages)
            acks = [a for a in acks if any(_related(a[0], r) for r in roots)]
        result = run(stacks, [self], acknowledgements=acks)
        return self._report(result)

    def _report(self, result: RulesResult) -> PolicyValidationPluginReport:
        from constructs import (
            PolicyValidationPluginReport,
            PolicyViolatingResource,
            PolicyViolation,
        )

        grouped: dict[tuple[str, str], tuple[Any, list[PolicyViolatingResource]]] = {}
        nag_suppressed = 0
        for f in result.findings:
            if f.suppressed_by is not None and f.suppressed_by.source == "cdk_nag":
                nag_suppressed += 1
                continue
            resource = PolicyViolatingResource(
                locations=[f.rule.location] if f.rule.location else [],
                construct_path=f.construct_path,
                resource_logical_id=f.logical_id,
                template_path=f.template_path,
            )
            grouped.setdefault((f.rule.id, f.message), (f.rule, []))[1].append(resource)
        violations = [
            PolicyViolation(
                description=message, rule_name=rule.id, violating_resources=resources, fix=rule.fix,
                severity=rule.level.value, rule_metadata={"why": rule.why},
            )
            for (_, message), (rule, resources) in grouped.items()
        ]
        for s in result.unused:
            violations.append(PolicyViolation(
                description=f"The suppression of {s.rule_id} ({s.source}) suppressed nothing",
                rule_name=UNUSED_SUPPRESSION_RULE,
                violating_resources=[PolicyViolatingResource(
                    locations=[], construct_path=s.construct_path or (None if s.logical_id else s.stack_path),
                    resource_logical_id=s.logical_id,
                )],
                fix="Remove the suppression, or correct its rule id",
                severity="warning",
            ))
        return PolicyValidationPluginReport(
            success=not result.errors,
            violations=violations,
            metadata={"rules": str(len(self.rules)), "suppressedByCdkNag": str(nag_suppressed)},
            plugin_version=self.version,
        )


def _related(path: str, stack_path: str) -> bool:
    """True when ``path`` is the stack, inside it, or above it (the app, its stage)."""
    return (not path or path == stack_path or path.startswith(stack_path + "/")
            or stack_path.startswith(path + "/"))


class SecurityPack(RulePack):
    """Security rules: S3, IAM, KMS, SQS, SNS, Lambda, API Gateway, DynamoDB, CloudWatch Logs, EC2, ECS, RDS, ELB,
    Secrets Manager (``docs/rules.md`` lists them).

    Args:
        include: run only these rule ids (default all).
        exclude: do not run these rule ids (default none).
    """

    PACK_NAME: ClassVar[str] = "pycdk Security"
    _PACKAGE: ClassVar[str] = "pycdk.rules.security"


class ServerlessPack(RulePack):
    """Serverless well-architected rules: tracing, memory and timeout, failure destinations and dead-letter
    queues, throttling, log retention (``docs/rules.md`` lists them).

    Args:
        include: run only these rule ids (default all).
        exclude: do not run these rule ids (default none).
    """

    PACK_NAME: ClassVar[str] = "pycdk Serverless"
    _PACKAGE: ClassVar[str] = "pycdk.rules.serverless"


PACKS: dict[str, type[RulePack]] = {"security": SecurityPack, "serverless": ServerlessPack}
"""The built-in packs by their short name (``pycdk synth --rules security,serverless``)."""


def packs_from_names(names: str | Sequence[str]) -> list[RulePack]:
    """The packs named (comma-separated or a list of short names).

    Raises:
        ValueError: an unknown name.
    """
    parts = [n.strip() for n in (names.split(",") if isinstance(names, str) else names) if n.strip()]
    unknown = [n for n in parts if n.lower() not in PACKS]
    if unknown or not parts:
        raise ValueError(f"unknown rule pack(s) {', '.join(unknown) or repr(names)}: choose from {', '.join(PACKS)}")
    return [PACKS[n.lower()]() for n in dict.fromkeys(parts)]
