"""Fixtures for the l2.iam tests: a fresh stack and a function that synthesizes its resources."""

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
def resources() -> Callable[[Stack], dict[str, Any]]:
    """``resources(stack)`` synthesizes the stack's app and returns the template's Resources."""

    def synth(stack: Stack) -> dict[str, Any]:
        app = stack.node.root
        return app.synth(force=True).get_stack_artifact(stack.artifact_id).template["Resources"]

    return synth
