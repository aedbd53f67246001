"""Fixtures: a fresh env-agnostic stack and a function that synthesizes its resources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Stack


@pytest.fixture
def stack() -> Stack:
    """An env-agnostic stack named ``S`` in a fresh app."""
    return Stack(App(), "S")


@pytest.fixture
def synth() -> Callable[[Stack], dict[str, Any]]:
    """``synth(stack)`` synthesizes the stack's app and returns the whole template."""

    def run(stack: Stack) -> dict[str, Any]:
        return stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template

    return run
