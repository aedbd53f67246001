"""Helpers shared by the core unit tests: synthesize a stack and read its template."""

from __future__ import annotations

from typing import Any

from constructs import Stack


def template_of(stack: Stack) -> dict[str, Any]:
    """Synthesize the stack's app and return the stack's template (bootstrap parameter and rule included)."""
    assembly = stack.node.root.synth()
    return assembly.get_stack_artifact(stack.artifact_id).template


def resources_of(stack: Stack) -> dict[str, Any]:
    """The ``Resources`` section of the stack's synthesized template."""
    return template_of(stack).get("Resources", {})


def user_sections(stack: Stack) -> dict[str, Any]:
    """The template without the synthesizer's ``BootstrapVersion`` parameter and ``CheckBootstrapVersion`` rule."""
    template = dict(template_of(stack))
    params = {k: v for k, v in template.get("Parameters", {}).items() if k != "BootstrapVersion"}
    rules = {k: v for k, v in template.get("Rules", {}).items() if k != "CheckBootstrapVersion"}
    for name, section in (("Parameters", params), ("Rules", rules)):
        if section:
            template[name] = section
        else:
            template.pop(name, None)
    return template
