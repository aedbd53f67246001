"""Printing a ``TemplateDiff`` the way ``cdk diff`` lays it out (security changes first, then sections)."""

from __future__ import annotations

import sys
from typing import Any

from .console import paint
from .template_diff import Change, SecurityChange, TemplateDiff, format_value

_COLOURS = {"+": "green", "-": "red", "~": "yellow"}
_SECTION_LABELS = {"Parameters": "Parameter", "Conditions": "Condition", "Mappings": "Mapping", "Rules": "Rule",
                   "Outputs": "Output", "Transform": "Transform", "Description": "Description"}


def render(diff: TemplateDiff) -> list[str]:
    """The lines describing ``diff`` (coloured when stdout is a terminal)."""
    lines: list[str] = []
    if diff.iam:
        lines.append(_bold("IAM Statement Changes"))
        lines += [_security_line(c) for c in diff.iam]
        lines.append("")
    if diff.security_groups:
        lines.append(_bold("Security Group Changes"))
        lines += [_security_line(c) for c in diff.security_groups]
        lines.append("")
    if diff.iam or diff.security_groups:
        lines.append("(NOTE: There may be security-related changes not in this list.)")
        lines.append("")
    for section, changes in diff.sections.items():
        if not changes:
            continue
        lines.append(_bold(section))
        for change in changes:
            lines.append(_mark(change.kind) + f" {_SECTION_LABELS[section]} {change.name}")
            lines += _value_lines(change, "    ")
        lines.append("")
    if diff.resources:
        lines.append(_bold("Resources"))
        for resource in diff.resources:
            suffix = ""
            if resource.replaces:
                suffix = " " + paint("replace", "red", sys.stdout)
            elif resource.may_replace:
                suffix = " " + paint("may be replaced", "yellow", sys.stdout)
            elif resource.kind == "-":
                suffix = " destroy"
            type_text = resource.resource_type
            if resource.kind == "~" and resource.old_type != resource.new_type:
                type_text = f"{resource.old_type} -> {resource.new_type}"
            lines.append(f"{_mark(resource.kind)} {type_text} {resource.logical_id}{suffix}")
            for i, change in enumerate(resource.changes):
                last = i == len(resource.changes) - 1
                note = (" (requires replacement)" if change.replaces
                        else " (may cause replacement)" if change.may_replace else "")
                lines.append(f" {'└─' if last else '├─'} {_mark(change.kind)} {change.name}{note}")
                lines += _value_lines(change, "     " if last else " │   ")
        lines.append("")
    return lines


def _value_lines(change: Change, indent: str) -> list[str]:
    if change.kind == "~":
        return [f"{indent}├─ {_mark('-')} {_short(change.old)}", f"{indent}└─ {_mark('+')} {_short(change.new)}"]
    return []


def _security_line(change: SecurityChange) -> str:
    text = "  ".join(f"{k}: {v}" for k, v in change.fields.items() if v not in ("None", ""))
    return f"{_mark(change.kind)} {change.resource}  {text}"


def _short(value: Any) -> str:
    text = format_value(value)
    return text if len(text) <= 300 else text[:297] + "..."


def _mark(kind: str) -> str:
    return paint(f"[{kind}]", _COLOURS[kind], sys.stdout)


def _bold(text: str) -> str:
    return paint(text, "bold", sys.stdout)
