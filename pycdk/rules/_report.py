"""The reports of a rules run: a console table, JSON, and SARIF 2.1.0 (read by code-scanning tools).

- ``table(result)``: one line per finding not suppressed (level, rule, construct path, message), errors first,
  then the unused suppressions and a summary line.
- ``json_report(result)``: ``{"version": 1, "packs": [...], "summary": {...}, "findings": [...],
  "unusedSuppressions": [...]}``; each finding with its rule, level, pack, stack, logical id, type, construct
  path, template, message, items, and ``suppressed`` (``{"by", "reason", "source"}``) when suppressed.
- ``sarif(result)``: one run; ``tool.driver.rules`` lists every rule of the packs (id, descriptions, help,
  default level); each finding is a result with a physical location (the template, with the line of its
  logical id when the file can be read) and a logical location (the construct path); suppressed findings carry
  ``suppressions`` (kind ``inSource``, the reason as justification); unused suppressions are results of the
  ``UnusedSuppression`` rule (a warning).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from ._pack import UNUSED_SUPPRESSION_RULE

if TYPE_CHECKING:
    from ._engine import Finding, RulesResult, Suppression

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
"""The ``$schema`` of the SARIF log."""
_UNUSED_TEXT = "A suppression that suppressed no finding"


def _order(f: Finding) -> tuple[int, str, str, str]:
    return (0 if f.level.value == "error" else 1, f.rule.id, f.stack_path, f.path)


def table(result: RulesResult) -> str:
    """The console table (plain text, no colours)."""
    rows = [(f.level.value.upper(), f.rule.id, f.path, f.message) for f in sorted(result.active, key=_order)]
    rows += [("WARNING", UNUSED_SUPPRESSION_RULE, s.where(), f"{s.rule_id} ({s.source}) suppressed nothing")
             for s in result.unused]
    lines = []
    if rows:
        header = ("level", "rule", "construct", "message")
        widths = [min(max(len(r[i]) for r in [header, *rows]), 60) for i in range(3)]
        lines.append("  ".join(h.ljust(w) for h, w in zip(header[:3], widths, strict=True)) + "  " + header[3])
        for row in rows:
            lines.append("  ".join(c.ljust(w) for c, w in zip(row[:3], widths, strict=True)) + "  " + row[3])
    errors, warnings = len(result.errors), len(result.warnings) + len(result.unused)
    packs = ", ".join(p.name for p in result.packs)
    lines.append(f"{packs}: {errors} error(s), {warnings} warning(s), {len(result.suppressed)} suppressed")
    return "\n".join(lines)


def _suppression_json(s: Suppression) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.rule_id, "reason": s.reason, "source": s.source, "stack": s.stack_path}
    if s.construct_path:
        out["constructPath"] = s.construct_path
    if s.logical_id:
        out["logicalId"] = s.logical_id
    if s.applies_to:
        out["appliesTo"] = list(s.applies_to)
    return out


def json_report(result: RulesResult) -> dict[str, Any]:
    """The JSON report (a dict; ``json.dumps`` it)."""
    findings = []
    for f in sorted(result.findings, key=_order):
        item: dict[str, Any] = {
            "rule": f.rule.id, "level": f.level.value, "pack": f.pack, "stack": f.stack_path,
            "logicalId": f.logical_id, "resourceType": f.resource_type, "constructPath": f.construct_path,
            "template": f.template_path, "message": f.message,
        }
        if f.items:
            item["items"] = list(f.items)
        if f.suppressed_by is not None:
            item["suppressed"] = _suppression_json(f.suppressed_by)
        findings.append(item)
    return {
        "version": 1,
        "packs": [{"name": p.name, "version": p.version, "rules": p.rule_ids} for p in result.packs],
        "summary": {"errors": len(result.errors), "warnings": len(result.warnings),
                    "suppressed": len(result.suppressed), "unusedSuppressions": len(result.unused)},
        "findings": findings,
        "unusedSuppressions": [_suppression_json(s) for s in result.unused],
    }


def _line_of(template_path: str | None, logical_id: str, cache: dict[str, str | None]) -> int | None:
    if not template_path:
        return None
    if template_path not in cache:
        try:
            with open(template_path, encoding="utf-8") as f:
                cache[template_path] = f.read()
        except OSError:
            cache[template_path] = None
    text = cache[template_path]
    if text is None:
        return None
    at = text.find(f'"{logical_id}": {{')
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _uri(path: str | None) -> str:
    if not path:
        return "template.json"
    relative = os.path.relpath(os.path.abspath(path))
    return (path if relative.startswith("..") else relative).replace(os.sep, "/")


def sarif(result: RulesResult) -> dict[str, Any]:
    """The SARIF 2.1.0 log (a dict)."""
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for pack in result.packs:
        for rule in pack.rules:
            if rule.id in index:
                continue
            index[rule.id] = len(rules)
            rules.append({
                "id": rule.id,
                "name": rule.id.replace(".", ""),
                "shortDescription": {"text": rule.title},
                "fullDescription": {"text": rule.why},
                "help": {"text": rule.fix},
                "defaultConfiguration": {"level": rule.level.value},
                "properties": {"resourceTypes": list(rule.resource_types), "cdkNagIds": list(rule.nag_ids),
                               "pack": pack.name},
            })
    index[UNUSED_SUPPRESSION_RULE] = len(rules)
    rules.append({"id": UNUSED_SUPPRESSION_RULE, "name": UNUSED_SUPPRESSION_RULE,
                  "shortDescription": {"text": _UNUSED_TEXT},
                  "fullDescription": {"text": "A suppression that silences nothing hides future findings."},
                  "help": {"text": "Remove the suppression, or correct its rule id."},
                  "defaultConfiguration": {"level": "warning"}})
    cache: dict[str, str | None] = {}
    results = []
    for f in sorted(result.findings, key=_order):
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(f.template_path)}}
        line = _line_of(f.template_path, f.logical_id, cache)
        if line is not None:
            physical["region"] = {"startLine": line}
        item: dict[str, Any] = {
            "ruleId": f.rule.id,
            "ruleIndex": index[f.rule.id],
            "level": f.level.value,
            "message": {"text": f"{f.message} ({f.path})"},
            "locations": [{
                "physicalLocation": physical,
                "logicalLocations": [{"name": f.logical_id, "fullyQualifiedName": f.path, "kind": "resource"}],
            }],
            "properties": {"resourceType": f.resource_type, "stack": f.stack_path},
        }
        if f.suppressed_by is not None:
            item["suppressions"] = [{"kind": "inSource", "justification": f.suppressed_by.reason,
                                     "properties": {"source": f.suppressed_by.source}}]
        results.append(item)
    for s in result.unused:
        location: dict[str, Any] = {"logicalLocations": [{"fullyQualifiedName": s.where(), "kind": "resource"}]}
        if s.template_path:
            location["physicalLocation"] = {"artifactLocation": {"uri": _uri(s.template_path)}}
            line = _line_of(s.template_path, s.logical_id, cache) if s.logical_id else None
            if line is not None:
                location["physicalLocation"]["region"] = {"startLine": line}
        results.append({
            "ruleId": UNUSED_SUPPRESSION_RULE,
            "ruleIndex": index[UNUSED_SUPPRESSION_RULE],
            "level": "warning",
            "message": {"text": f"The suppression of {s.rule_id} ({s.source}) at {s.where()} suppressed nothing"},
            "locations": [location],
        })
    from pycdk import __version__

    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "pycdk-rules", "version": __version__, "rules": rules}},
            "results": results,
        }],
    }


def write(result: RulesResult, path: str) -> None:
    """Write the JSON report (``*.json``) or the SARIF log (``*.sarif``, ``*.sarif.json``) to ``path``."""
    data = sarif(result) if path.endswith((".sarif", ".sarif.json")) else json_report(result)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
