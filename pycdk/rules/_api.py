"""``Rules``: suppress a rule on a construct, run packs over an app, a template or an assembly, and assert that
there are no findings (for tests)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._rule import Level

if TYPE_CHECKING:
    from constructs import IConstruct

    from ._engine import RulesResult
    from ._pack import RulePack


def _packs(packs: Sequence[RulePack] | None) -> list[RulePack]:
    from ._pack import RulePack, SecurityPack

    if packs is None:
        return [SecurityPack()]
    if isinstance(packs, RulePack):
        return [packs]
    for p in packs:
        if not isinstance(p, RulePack):
            raise TypeError(f"packs: expected RulePack instances (SecurityPack(), ServerlessPack()), got {type(p).__name__}")
    return list(packs)


def _known_ids() -> dict[str, set[str]]:
    from ._pack import PACKS

    known: dict[str, set[str]] = {}
    for cls in PACKS.values():
        known[cls.PACK_NAME.replace(" ", "-")] = {r.id for r in cls.all_rules()}
    return known


class Rules:
    """Entry points of the rule packs (all static)."""

    @staticmethod
    def suppress(scope: IConstruct, rule_id: str, *, reason: str) -> None:
        """Suppress a rule on ``scope`` and every construct below it (a resource, an L2 construct, a stack).

        Recorded as an acknowledgement (``Validations.of(scope).acknowledge``, ``aws:cdk:acknowledged-rules``
        metadata), so the policy-validation report lists the finding as suppressed with ``reason``.

        Args:
            scope: the construct.
            rule_id: a rule id (``S3.EnforceSSL``; every pack that has the rule) or a qualified one
                (``pycdk-Security::S3.EnforceSSL``).
            reason: why the finding is acceptable (required, not empty).

        Raises:
            TypeError: ``scope`` is not a construct, or ``rule_id``/``reason`` is not a string.
            ValidationError: the id names no rule of a pack, or the reason is empty.
        """
        from constructs import Acknowledgment, ValidationError, Validations

        if not hasattr(scope, "node"):
            raise TypeError(f"Rules.suppress: scope must be a construct, got {type(scope).__name__}")
        if not isinstance(rule_id, str):
            raise TypeError(f"Rules.suppress: rule_id must be a str, got {type(rule_id).__name__}")
        if not isinstance(reason, str):
            raise TypeError(f"Rules.suppress: reason must be a str, got {type(reason).__name__}")
        if not reason.strip():
            raise ValidationError(f"Rules.suppress({rule_id!r}): reason must say why the finding is acceptable",
                                  scope)
        known = _known_ids()
        from ._pack import UNUSED_SUPPRESSION_RULE

        if "::" in rule_id:
            namespace, _, bare = rule_id.partition("::")
            if namespace in known and bare not in known[namespace] and bare != UNUSED_SUPPRESSION_RULE:
                raise ValidationError(f"Rules.suppress: rule_id {rule_id!r} names no rule of {namespace}", scope)
            qualified = [rule_id]
        else:
            qualified = [f"{ns}::{rule_id}" for ns, ids in known.items() if rule_id in ids]
            if not qualified:
                hint = (" (a cdk-nag id: suppress it with cdk-nag's cdk_nag metadata, or name the pycdk rule)"
                        if "-" in rule_id and "." not in rule_id else "")
                raise ValidationError(f"Rules.suppress: rule_id {rule_id!r} names no rule of the built-in packs"
                                      f"{hint}; docs/rules.md lists them", scope)
        for q in qualified:
            Validations.of(scope).acknowledge(Acknowledgment(id=q, reason=reason))

    @staticmethod
    def check(scope: IConstruct, packs: Sequence[RulePack] | None = None) -> RulesResult:
        """Synthesize ``scope``'s app (cached) and run ``packs`` (default ``[SecurityPack()]``) over the stacks
        at or below ``scope`` (an app, a stage or a stack).

        Raises:
            TypeError: ``scope`` is not a construct of an app.
        """
        from constructs import Stage

        from ._engine import run
        from ._private.assembly import stacks_from_assembly, tree_acknowledgements

        if not hasattr(scope, "node"):
            raise TypeError(f"Rules.check: scope must be a construct, got {type(scope).__name__}")
        root = scope.node.root
        if not isinstance(root, Stage):
            raise TypeError(f"Rules.check: {scope.node.path or scope.node.id!r} is not in an App")
        assembly = root.synth()
        prefix = scope.node.path
        stacks = [s for s in stacks_from_assembly(assembly.directory)
                  if not prefix or s.stack_path == prefix or s.stack_path.startswith(prefix + "/")]
        return run(stacks, _packs(packs), acknowledgements=tree_acknowledgements(root))

    @staticmethod
    def check_template(template: Mapping[str, Any] | Any, packs: Sequence[RulePack] | None = None,
                       *, stack_path: str = "Stack") -> RulesResult:
        """Run ``packs`` over one template (a dict, or an ``assertions.Template``); only ``cdk_nag`` metadata
        suppressions apply (acknowledgements live in the assembly)."""
        from ._engine import StackTemplate, run

        data = template.to_json() if hasattr(template, "to_json") else template
        if not isinstance(data, Mapping):
            raise TypeError(f"Rules.check_template: expected a template dict or Template, got {type(template).__name__}")
        return run([StackTemplate(stack_path, data)], _packs(packs))

    @staticmethod
    def check_assembly(directory: str, packs: Sequence[RulePack] | None = None) -> RulesResult:
        """Run ``packs`` over the stacks of the cloud assembly in ``directory`` (e.g. ``cdk.out``)."""
        from ._engine import run
        from ._private.assembly import stacks_from_assembly

        return run(stacks_from_assembly(directory), _packs(packs))

    @staticmethod
    def assert_no_findings(target: IConstruct | Mapping[str, Any] | Any, packs: Sequence[RulePack] | None = None,
                           *, level: Level = Level.WARNING) -> None:
        """Fail (``AssertionError``) if the packs find anything at ``level`` or above in ``target``: an app,
        stage or stack (``Rules.check``), an ``assertions.Template`` or a template dict (``check_template``).
        Unused suppressions count as warnings.

        Args:
            target: what to check.
            packs: the packs (default ``[SecurityPack()]``).
            level: ``Level.WARNING`` (default: warnings and errors) or ``Level.ERROR`` (errors only).
        """
        if not isinstance(level, Level):
            raise TypeError(f"Rules.assert_no_findings: level must be a Level, got {type(level).__name__}")
        if hasattr(target, "node"):
            result = Rules.check(target, packs)
        else:
            result = Rules.check_template(target, packs)
        bad = result.errors if level is Level.ERROR else result.active
        unused = result.unused if level is Level.WARNING else []
        if bad or unused:
            raise AssertionError(f"Expected no rule findings, found {len(bad) + len(unused)}:\n{result.to_table()}")
