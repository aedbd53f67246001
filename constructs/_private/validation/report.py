"""Reporting findings: warnings on the constructs, or one synthesis error listing them all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._annotations import Annotations, _acknowledged
from ..._errors import SynthesisError
from . import NAMESPACE, Finding

if TYPE_CHECKING:
    from ..._stack import Stack
    from ..._stage import Stage


def _elements_by_logical_id(stack: Stack) -> dict[str, Any]:
    """The CloudFormation elements of ``stack`` (not of the stacks nested in it), by logical id."""
    from ..._cfn_element import CfnElement
    from ..._stack import Stack as StackClass

    out: dict[str, Any] = {}
    todo = list(stack.node.children)
    while todo:
        c = todo.pop()
        if isinstance(c, StackClass):
            if c.nested_stack_resource is not None and c.nested_stack_parent is stack:
                res = c.nested_stack_resource
                out[res._resolved_logical_id()] = res
            continue
        if isinstance(c, CfnElement):
            out[c._resolved_logical_id()] = c
        todo.extend(c.node.children)
    return out


def _describe(finding: Finding, elements: dict[str, Any]) -> tuple[Any, str]:
    """The construct a finding is about and its text: aws-cdk-lib's description, and for a cycle the construct
    paths along it."""
    stack = finding.stack
    target = elements.get(finding.logical_id) if finding.logical_id else None
    text = finding.description
    if finding.rule == "F3004":
        ids = text[text.rindex("[") + 1 : -1].split(" -> ")
        paths = [elements[i].node.path if i in elements else i for i in ids]
        text += f" (construct paths: {' -> '.join(paths)})"
    return (target if target is not None else stack), text


def report(stage: Stage, findings: list[Finding], *, as_errors: bool) -> None:
    """Add each finding as a warning (``[ack: CloudFormation-Validate::<rule>]``) on its construct, or raise one
    ``SynthesisError`` listing them (``as_errors``)."""
    by_stack: dict[int, dict[str, Any]] = {}
    lines: list[str] = []
    for f in findings:
        elements = by_stack.get(id(f.stack))
        if elements is None:
            elements = by_stack[id(f.stack)] = _elements_by_logical_id(f.stack)
        construct, text = _describe(f, elements)
        ack = f"{NAMESPACE}::{f.rule}"
        if as_errors:
            if ack in _acknowledged(construct):
                continue
            lid = f" ({f.logical_id})" if f.logical_id else ""
            lines.append(f"ERROR {text}\n   {construct.node.path}{lid}\n   Acknowledge with '{ack}'")
        else:
            Annotations.of(construct).add_warning_v2(ack, text)
    if lines:
        raise SynthesisError("ValidationFailed: Validation failed:\n\n" + "\n\n".join(lines))
