"""Fixtures: a fresh stack, an inner template stack in its own app, and cfn-lint over a synthesized template."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, BootstraplessSynthesizer, Stack


@pytest.fixture
def stack() -> Stack:
    """An env-agnostic stack named ``S`` in a fresh app."""
    return Stack(App(), "S")


@pytest.fixture
def inner() -> Stack:
    """A stack in its own app, without the bootstrap version check: a stack set's template."""
    return Stack(App(), "Inner", synthesizer=BootstraplessSynthesizer())


@pytest.fixture
def synth() -> Callable[[Stack], dict[str, Any]]:
    """``synth(stack)`` synthesizes the stack's app and returns the whole template."""

    def run(stack: Stack) -> dict[str, Any]:
        return stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template

    return run


@pytest.fixture
def cfn_lint_errors() -> Callable[[dict[str, Any]], list[str]]:
    """cfn-lint's errors (E rules) for a template."""
    from cfnlint.api import ManualArgs, lint

    def run(template: dict[str, Any]) -> list[str]:
        matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
        return [f"{m.rule.id} {m.message}" for m in matches if m.rule.id.startswith("E")]

    return run
