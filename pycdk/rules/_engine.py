"""The engine: run packs of rules over templates, apply suppressions, report unused ones.

Inputs are ``StackTemplate`` objects (a template and what the assembly's metadata says about it: the construct
path of each logical id and the acknowledgements made with ``Rules.suppress``/``Validations.acknowledge``).
Each resource is checked by the rules of the packs for its type; a finding is suppressed by

- an acknowledgement ``<pack namespace>::<rule id>`` on the resource's construct or any construct above it
  (``Rules.suppress``; stored as ``aws:cdk:acknowledged-rules`` metadata, as ``Validations.acknowledge`` does);
- a ``cdk_nag`` entry in the resource's ``Metadata`` or in the template's ``Metadata`` (a stack suppression), as
  cdk-nag writes them: ``{"rules_to_suppress": [{"id": ..., "reason": ..., "applies_to": [...]}]}``, whose id is
  the rule's id, its qualified id or the id of the equivalent cdk-nag rule (``AwsSolutions-S1``). With
  ``applies_to``, only the listed items of a finding (strings, or ``{"regex": "/.../"}``) are covered; the finding
  stays if any item is not.

A suppression of one of the pack's rules that suppresses nothing is reported as unused (a warning).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._rule import Level, Resource, Rule, TemplateView

if TYPE_CHECKING:
    from ._pack import RulePack

NAG_METADATA_KEY = "cdk_nag"
"""The metadata key cdk-nag keeps its suppressions under."""
ACK_METADATA_KEY = "aws:cdk:acknowledged-rules"
"""The metadata type of ``Validations.acknowledge`` (and ``Rules.suppress``)."""


class StackTemplate:
    """One template to check, with what the assembly says about it.

    Args:
        stack_path: the stack's construct path.
        template: the template.
        template_path: the template's file (for reports; default none).
        construct_paths: logical id → construct path (default: from each resource's ``aws:cdk:path`` metadata).
        acknowledgements: ``(construct path, qualified rule id, reason)`` for each acknowledgement (default none).
    """

    def __init__(
        self,
        stack_path: str,
        template: Mapping[str, Any],
        *,
        template_path: str | None = None,
        construct_paths: Mapping[str, str] | None = None,
        acknowledgements: Sequence[tuple[str, str, str]] = (),
    ) -> None:
        self.stack_path = stack_path
        self.template = template
        self.template_path = template_path
        self.construct_paths = dict(construct_paths or {})
        self.acknowledgements = list(acknowledgements)


class Suppression:
    """A suppression found in the app: where, of what, why, and whether it silenced a finding.

    Args:
        rule_id: the id as written (``pycdk-Security::S3.EnforceSSL``, ``AwsSolutions-S1``, ...).
        reason: the reason given.
        source: ``acknowledgement`` (``Rules.suppress``) or ``cdk_nag``.
        stack_path: the stack it was found in.
        construct_path: the construct it is on (none for a stack-wide ``cdk_nag`` entry).
        logical_id: the resource it is on (``cdk_nag`` entries of a resource).
        applies_to: the items it covers (``cdk_nag``'s ``applies_to``; empty: all).
    """

    def __init__(
        self,
        rule_id: str,
        reason: str,
        source: str,
        stack_path: str,
        *,
        construct_path: str | None = None,
        logical_id: str | None = None,
        applies_to: Sequence[Any] = (),
    ) -> None:
        self.rule_id = rule_id
        self.reason = reason
        self.source = source
        self.stack_path = stack_path
        self.construct_path = construct_path
        self.logical_id = logical_id
        self.applies_to = tuple(applies_to)
        self.used = False
        self.resource_type: str | None = None
        """The type of the resource it is on (``cdk_nag`` entries of a resource)."""
        self.template_path: str | None = None
        """The template of its stack, when known."""

    def covers(self, item: str) -> bool:
        """True when ``applies_to`` is empty or names ``item`` (exactly or by regex)."""
        if not self.applies_to:
            return True
        for pattern in self.applies_to:
            if isinstance(pattern, str) and pattern == item:
                return True
            if isinstance(pattern, dict) and isinstance(pattern.get("regex"), str):
                if _nag_regex(pattern["regex"]).search(item):
                    return True
        return False

    def where(self) -> str:
        """Where it is, for messages."""
        return self.construct_path or (f"{self.stack_path} ({self.logical_id})" if self.logical_id else self.stack_path)


def _nag_regex(text: str) -> re.Pattern[str]:
    """cdk-nag's ``/body/flags`` regex text as a Python pattern."""
    flags = 0
    if text.startswith("/") and text.rfind("/") > 0:
        end = text.rfind("/")
        flags = re.IGNORECASE if "i" in text[end + 1 :] else 0
        text = text[1:end]
    return re.compile(text, flags)


class Finding:
    """A resource that breaks a rule.

    Args:
        rule: the rule.
        pack: the pack's name.
        namespace: the pack's rule namespace (acknowledgements use ``<namespace>::<rule id>``).
        stack_path: the stack's construct path.
        logical_id: the resource's logical id.
        resource_type: its CloudFormation type.
        construct_path: its construct path (none when unknown).
        template_path: the template file (none when unknown).
        message: what is wrong.
        items: the offending items (empty when the rule does not list any).
    """

    def __init__(
        self,
        rule: Rule,
        pack: str,
        namespace: str,
        stack_path: str,
        logical_id: str,
        resource_type: str,
        construct_path: str | None,
        template_path: str | None,
        message: str,
        items: Sequence[str] = (),
    ) -> None:
        self.rule = rule
        self.pack = pack
        self.namespace = namespace
        self.stack_path = stack_path
        self.logical_id = logical_id
        self.resource_type = resource_type
        self.construct_path = construct_path
        self.template_path = template_path
        self.message = message
        self.items = tuple(items)
        self.suppressed_by: Suppression | None = None

    @property
    def rule_id(self) -> str:
        """The rule's id."""
        return self.rule.id

    @property
    def level(self) -> Level:
        """The rule's level."""
        return self.rule.level

    @property
    def path(self) -> str:
        """The construct path, or ``<stack path>/<logical id>`` when unknown."""
        return self.construct_path or f"{self.stack_path}/{self.logical_id}"

    def __repr__(self) -> str:
        return f"Finding({self.rule.id!r}, {self.path!r}, {self.message!r})"


class RulesResult:
    """What a run found.

    Args:
        packs: the packs run.
        findings: every finding, suppressed ones included (``finding.suppressed_by`` says by what).
        unused: the suppressions of the packs' rules that suppressed nothing.
    """

    def __init__(self, packs: Sequence[RulePack], findings: list[Finding], unused: list[Suppression]) -> None:
        self.packs = list(packs)
        self.findings = findings
        self.unused = unused

    @property
    def active(self) -> list[Finding]:
        """The findings not suppressed."""
        return [f for f in self.findings if f.suppressed_by is None]

    @property
    def suppressed(self) -> list[Finding]:
        """The suppressed findings."""
        return [f for f in self.findings if f.suppressed_by is not None]

    @property
    def errors(self) -> list[Finding]:
        """The findings not suppressed whose rule is an error."""
        return [f for f in self.active if f.rule.level is Level.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        """The findings not suppressed whose rule is a warning."""
        return [f for f in self.active if f.rule.level is Level.WARNING]

    def to_table(self) -> str:
        """The console table (see ``pycdk.rules._report``)."""
        from ._report import table

        return table(self)

    def to_json(self) -> dict[str, Any]:
        """The JSON report."""
        from ._report import json_report

        return json_report(self)

    def to_sarif(self) -> dict[str, Any]:
        """The SARIF 2.1.0 log."""
        from ._report import sarif

        return sarif(self)


def _nag_entries(metadata: Any) -> list[dict[str, Any]]:
    if not metadata or not isinstance(metadata, dict) or NAG_METADATA_KEY not in metadata:
        return []
    nag = metadata[NAG_METADATA_KEY]
    if not isinstance(nag, dict):
        return []
    return [e for e in nag.get("rules_to_suppress") or [] if isinstance(e, dict) and isinstance(e.get("id"), str)]


def _nag_suppression(entry: dict[str, Any], stack_path: str, logical_id: str | None,
                     construct_path: str | None, resource_type: Any = None) -> Suppression:
    s = Suppression(entry["id"], str(entry.get("reason") or ""), "cdk_nag", stack_path,
                    construct_path=construct_path, logical_id=logical_id,
                    applies_to=list(entry.get("applies_to") or []))
    s.resource_type = resource_type if isinstance(resource_type, str) else None
    return s


def run(stacks: Iterable[StackTemplate], packs: Sequence[RulePack],
        acknowledgements: Sequence[tuple[str, str, str]] | None = None,
        extra_acknowledgements: Sequence[tuple[str, str, str]] = ()) -> RulesResult:
    """Run ``packs`` over ``stacks``.

    Args:
        stacks: the templates.
        packs: the packs.
        acknowledgements: ``(construct path, qualified id, reason)`` for the whole app (default: those of each
            stack).
        extra_acknowledgements: more of them, added to those of each stack: those of the app and its stages,
            which are in no stack's metadata (``pycdk synth --rules`` has the app write them to a file).
    """
    by_type: dict[str, list[tuple[str, str, Rule]]] = {}  # type -> (pack name, namespace, rule)
    aliases: dict[int, tuple[str, ...]] = {}  # a rule in several packs runs once; any pack's namespace suppresses it
    for pack in packs:
        name, namespace = pack.name, pack.namespace
        for rule in pack.rules:
            if id(rule) in aliases:
                aliases[id(rule)] += (namespace,)
                continue
            aliases[id(rule)] = (namespace,)
            for t in rule.resource_types:
                by_type.setdefault(t, []).append((name, namespace, rule))
    namespaces = {pack.namespace: pack for pack in packs}
    stacks = list(stacks)
    acks: dict[str, dict[str, Suppression]] = {}
    ack_list: list[Suppression] = []
    sources = [(p, i, r, "", None) for p, i, r in acknowledgements] if acknowledgements is not None else [
        (path, rule_id, reason, s.stack_path, s.template_path)
        for s in stacks for path, rule_id, reason in s.acknowledgements
    ]
    if acknowledgements is None and extra_acknowledgements:
        seen = {(p, i) for p, i, *_ in sources}
        sources += [(p, i, r, p or "(app)", None) for p, i, r in extra_acknowledgements if (p, i) not in seen]
    for path, rule_id, reason, stack_path, template_path in sources:
        namespace = rule_id.split("::", 1)[0] if "::" in rule_id else ""
        if namespace not in namespaces:
            continue
        by_path = acks.setdefault(rule_id, {})
        if path in by_path:
            continue  # the same rule acknowledged twice on one construct
        by_path[path] = s = Suppression(rule_id, reason, "acknowledgement", stack_path, construct_path=path)
        s.template_path = template_path
        ack_list.append(s)

    findings: list[Finding] = []
    nag_list: list[Suppression] = []
    for stack in stacks:
        view = TemplateView(stack.template)
        stack_nag = [_nag_suppression(e, stack.stack_path, None, None) for e in _nag_entries(stack.template.get("Metadata"))]
        nag_list.extend(stack_nag)
        for s in stack_nag:
            s.template_path = stack.template_path
        for logical_id, entry in view.resources.items():
            if not isinstance(entry, dict):
                continue
            resource_type = entry.get("Type")
            metadata = entry.get("Metadata")
            construct_path = None
            if isinstance(metadata, dict) and isinstance(metadata.get("aws:cdk:path"), str):
                construct_path = metadata["aws:cdk:path"]
            construct_path = stack.construct_paths.get(logical_id, construct_path)
            resource_nag = [_nag_suppression(e, stack.stack_path, logical_id, construct_path, resource_type)
                            for e in _nag_entries(metadata)] if metadata else []
            for s in resource_nag:
                s.template_path = stack.template_path
            nag_list.extend(resource_nag)
            checks = by_type.get(resource_type) if isinstance(resource_type, str) else None
            if not checks:
                continue
            props = entry.get("Properties")
            if not isinstance(props, dict):
                props = {}
            resource = Resource(logical_id, resource_type, entry, view)  # type: ignore[arg-type]
            for pack_name, namespace, rule in checks:
                try:
                    outcome = rule.check(props, resource)
                except Exception as e:  # a rule's bug: say which rule and resource
                    raise RuntimeError(f"rule {rule.id} failed on {stack.stack_path}/{logical_id}: {e!r}") from e
                if not outcome:
                    continue
                items: tuple[str, ...] = () if isinstance(outcome, str) else tuple(outcome)
                message = outcome if isinstance(outcome, str) else f"{rule.title}: {', '.join(items)}"
                finding = Finding(rule, pack_name, namespace, stack.stack_path, logical_id,
                                  resource_type, construct_path, stack.template_path, message, items)  # type: ignore[arg-type]
                _suppress(finding, aliases[id(rule)], acks, resource_nag, stack_nag)
                findings.append(finding)

    known = {f"{p.namespace}::{r.id}" for p in packs for r in p.rules}
    # cdk_nag id -> the resource types its pycdk rules look at; cdk-nag's applyToChildren copies a suppression
    # onto every resource below a construct, so one on a type none of the rules checks is not "unused"
    nag_types: dict[str, set[str]] = {}
    for p in packs:
        for r in p.rules:
            for i in (r.id, f"{p.namespace}::{r.id}", *r.nag_ids):
                nag_types.setdefault(i, set()).update(r.resource_types)
    unused = [s for s in ack_list if not s.used or s.rule_id not in known]
    unused += [s for s in nag_list if not s.used and s.rule_id in nag_types
               and (s.resource_type is None or s.resource_type in nag_types[s.rule_id])]
    return RulesResult(packs, findings, unused)


def _suppress(finding: Finding, namespaces: tuple[str, ...], acks: dict[str, dict[str, Suppression]],
              resource_nag: list[Suppression], stack_nag: list[Suppression]) -> None:
    if not acks and not resource_nag and not stack_nag:
        return  # the usual case
    for namespace in namespaces:
        by_path = acks.get(f"{namespace}::{finding.rule.id}")
        if not by_path or finding.construct_path is None:
            continue
        path = finding.construct_path
        while True:
            ack = by_path.get(path)
            if ack is not None:
                for other in namespaces:  # the same acknowledgement made for each pack that has the rule
                    twin = acks.get(f"{other}::{finding.rule.id}", {}).get(path)
                    if twin is not None:
                        twin.used = True
                finding.suppressed_by = ack
                return
            if not path:
                break
            path = path[: path.rfind("/")] if "/" in path else ""
    ids = {finding.rule.id, *finding.rule.nag_ids, *(f"{ns}::{finding.rule.id}" for ns in namespaces)}
    for group in (resource_nag, stack_nag):
        candidates = [s for s in group if s.rule_id in ids]
        if not candidates:
            continue
        if not finding.items:
            candidates[0].used = True
            finding.suppressed_by = candidates[0]
            return
        covering: list[Suppression] = []
        for item in finding.items:
            match = next((s for s in candidates if s.covers(item)), None)
            if match is None:
                break
            covering.append(match)
        else:
            for s in covering:
                s.used = True
            finding.suppressed_by = covering[0]
            return
